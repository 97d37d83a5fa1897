"""The forum's part of other apps' pages: the practice page links to the practice's
closed space, for those who may read it. The practice page asks here, in its template,
because the forum builds on practices, not the other way round."""

from django import template

from forum.access import can_read_category
from forum.models import Category

register = template.Library()


@register.simple_tag(takes_context=True)
def readable_practice_space(context, practice):
    """The closed space of `practice` if the viewer may read it, else None."""
    space = Category.objects.filter(practice=practice).first()
    return space if space and can_read_category(context["request"].user, space) else None
