"""The forum's part of other apps' pages: the practice page links to the practice's
closed space, and a learning network's page to its closed discussions, for those who may
read them. Those pages ask here, in their templates, because the forum builds on practices
and networks, not the other way round."""

from django import template

from forum.access import can_read_category, readable_categories
from forum.models import Category, Thread

register = template.Library()


@register.simple_tag(takes_context=True)
def readable_practice_space(context, practice):
    """The closed space of `practice` if the viewer may read it, else None."""
    space = Category.objects.filter(practice=practice).first()
    return space if space and can_read_category(context["request"].user, space) else None


@register.simple_tag(takes_context=True)
def readable_network_space(context, network, latest=5):
    """The closed discussions of `network` if the viewer may read them, else None; with its
    latest discussions as `space.latest_threads` (the network's page shows them). One query
    when the space has discussions: they come with their space."""
    readable = readable_categories(context["request"].user).filter(network=network)
    threads = list(
        Thread.objects.filter(category__in=readable)
        .select_related("author", "category")
        .order_by("-is_pinned", "-last_activity_at")[:latest]
    )
    space = threads[0].category if threads else readable.first()
    if space is not None:
        space.latest_threads = threads
    return space
