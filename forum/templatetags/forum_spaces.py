"""The forum's part of other apps' pages: the practice page links to the practice's
closed space, and a learning network's page to its closed discussions, for those who may
read them. Those pages ask here, in their templates, because the forum builds on practices
and networks, not the other way round."""

from django import template

from forum.access import is_staff, readable_categories
from forum.models import Category, Thread

register = template.Library()


NOT_GIVEN = object()


@register.simple_tag(takes_context=True)
def readable_practice_space(context, practice, viewer_role=NOT_GIVEN):
    """The closed space of `practice` if the viewer may read it, else None: one query for a
    member, none for a visitor. `viewer_role` (the viewer's role in the practice, or None),
    when the page knows it: a member outside the practice who is not staff costs none, nor
    does a participant when the practice page read the space with the practice."""
    user = context["request"].user
    if viewer_role is None and not is_staff(user):
        return None
    if getattr(practice, "served_space_pk", None) is not None and (
        viewer_role not in (None, NOT_GIVEN) or is_staff(user)
    ):
        # Read with the practice page; its participants and the staff read it (CLOSED_SPACES).
        return Category(pk=practice.served_space_pk, slug=practice.served_space_slug, practice_id=practice.pk)
    return readable_categories(user).filter(practice=practice).first()


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
