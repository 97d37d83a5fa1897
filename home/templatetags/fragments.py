"""{% shared_fragment "name" value … %}…{% endshared_fragment %}: a part of a page that is
the same for every reader of an audience, rendered once and kept (lerendnetwerk.shared_fragments).

Only what every reader sees alike belongs inside: never the account menu, a member's own
data or buttons that depend on a role. The values name what else the part depends on (the
page, the number of a list's page); the generation numbers, date, language and audience
are always part of the key.
"""

from django import template

from lerendnetwerk import shared_fragments

register = template.Library()


class SharedFragmentNode(template.Node):
    def __init__(self, nodelist, name, values, source_digest):
        self.nodelist = nodelist
        self.name = name
        self.values = values
        self.source_digest = source_digest

    def render(self, context):
        request = context.get("request")
        values = [value.resolve(context) for value in self.values]

        def render_part(csrf_marker):
            if csrf_marker is None:
                return self.nodelist.render(context)
            with context.push(csrf_token=csrf_marker):
                return self.nodelist.render(context)

        name = self.name.resolve(context)
        return shared_fragments.render(
            request, name, self.source_digest, values, render_part, context.get("csrf_token")
        )


@register.tag
def shared_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a name")
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    # The template's own source is part of the key: a changed template makes new keys.
    origin = parser.origin
    try:
        source = origin.loader.get_contents(origin)
    except (AttributeError, template.TemplateDoesNotExist):
        source = ""
    digest = shared_fragments.source_digest(origin.name, source)
    return SharedFragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]], digest
    )
