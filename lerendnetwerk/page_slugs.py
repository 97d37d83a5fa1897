"""The slug of a page made by a service (an experience, a practice, a lesson draft)."""

from django.utils.text import slugify
from wagtail.models import Page


def unique_child_slug(parent, title, *, fallback):
    """A slug from the title, free among the parent's children: `title`, `title-2`, …;
    `fallback` when the title has no letters or digits left."""
    base = slugify(title)[:70] or fallback
    slug, number = base, 2
    while Page.objects.child_of(parent).filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug
