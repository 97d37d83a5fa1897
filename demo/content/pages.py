"""Helpers for demo pages: create once, publish, and date them as if written earlier."""

import json
from datetime import timedelta

from django.utils import timezone
from wagtail.models import Page, Revision

# The moment the demo was "written": dates are relative to it, so that loading the demo
# on another day gives the same site.
DEMO_TODAY = timezone.datetime(2026, 11, 22, 9, 0, tzinfo=timezone.get_default_timezone())


def days_ago(days):
    return DEMO_TODAY - timedelta(days=days)


def stream(blocks):
    return json.dumps(blocks)


def paragraphs(texts):
    """StreamField data: one paragraph block per text."""
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def publish_child(parent, model, slug, prepare=None, **fields):
    """The child page of `parent` with `slug`; created and published when missing.

    `prepare(page)` runs before the first save, for tags and many-to-many fields.
    Returns (page, created). An existing page is left as it is (editors may have
    changed it; loading the demo again must not undo that).
    """
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is not None:
        return page, False
    page = model(slug=slug, **fields)
    if prepare is not None:
        prepare(page)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def date_page(page, when):
    """Make a page look published (and written) at `when`."""
    Page.objects.filter(pk=page.pk).update(
        first_published_at=when if page.live else None,
        last_published_at=when if page.live else None,
        latest_revision_created_at=when,
    )
    Revision.page_revisions.filter(object_id=str(page.pk)).update(created_at=when)
