"""{% constant %}…{% endconstant %}: text that depends on nothing but the code and the
language (translations, links to pages without arguments, static files), rendered once
per process and language instead of on every request.

A page's fixed words cost every request a translation lookup each, its fixed links a URL
reversal and its files a look-up in the static files' manifest: on a member's page about
100 of them, a tenth of what the server spends on it. What the tag encloses may only be
text, `{% translate "…" %}`, `{% blocktranslate %}` without values, `{% url "name" %}` with
literal arguments and `{% static "…" %}`: anything else (a variable, a condition, a tag that
reads the request) is refused when the template is compiled, so nothing of the request,
the reader or the data can be kept in it. The language is the only thing it varies on.
"""

from django import template
from django.template.defaulttags import URLNode
from django.templatetags.i18n import BlockTranslateNode, TranslateNode
from django.templatetags.static import StaticNode
from django.utils.translation import get_language

register = template.Library()


def _literal(filter_expression):
    """Whether a tag's argument is a literal ("name", 3) with no filters."""
    var = filter_expression.var
    return not filter_expression.filters and (not isinstance(var, template.Variable) or var.lookups is None)


def _context_is_literal(node):
    return node.message_context is None or _literal(node.message_context)


# What each kind of node may be inside {% constant %}: fixed by the code and the language.
ALLOWED = {
    template.base.TextNode: lambda node: True,
    TranslateNode: lambda node: node.asvar is None and _literal(node.filter_expression) and _context_is_literal(node),
    BlockTranslateNode: lambda node: (
        not node.extra_context
        and node.counter is None
        and node.asvar is None
        and not any(token.token_type == template.base.TokenType.VAR for token in node.singular)
        and _context_is_literal(node)
    ),
    URLNode: lambda node: (
        node.asvar is None
        and _literal(node.view_name)
        and all(_literal(arg) for arg in node.args)
        and all(_literal(value) for value in node.kwargs.values())
    ),
    StaticNode: lambda node: node.varname is None and _literal(node.path),
}


def _check(node):
    """Raise TemplateSyntaxError unless `node` shows only what the code and language fix."""
    allowed = ALLOWED.get(type(node))
    if allowed is None or not allowed(node):
        raise template.TemplateSyntaxError(
            "{% constant %} may only hold text, translations, URLs and static files with literal arguments, "
            f"not {node!r}"
        )


class ConstantNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist
        self.rendered = {}  # {language: HTML}: a few entries per template, for the process's life

    def render(self, context):
        language = get_language()
        html = self.rendered.get(language)
        if html is None:
            # An empty context: nothing of the page's can reach the text (the check above
            # refuses what would read it; this makes sure).
            html = self.rendered[language] = self.nodelist.render(context.new())
        return html


@register.tag
def constant(parser, token):
    if len(token.split_contents()) != 1:
        raise template.TemplateSyntaxError("{% constant %} takes no arguments")
    nodelist = parser.parse(("endconstant",))
    parser.delete_first_token()
    for node in nodelist:
        _check(node)
    return ConstantNode(nodelist)
