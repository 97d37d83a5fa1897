"""A network's shelf: lessons and "Wat werkt bij" dossiers its coordinators chose.

The knowledge app builds on this one (.importlinter), so its page models are never imported
here: the shelf points at wagtailcore.Page, and which page types belong on it is said by
label (records.SHELF_PAGE_TYPES), resolved through Django's app registry when a query needs
the models (`Page.objects.type(...)`). The admin chooses with Wagtail's page chooser limited
to those types; the coordinators choose from a list of the live, public ones."""

from django.apps import apps
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils.translation import gettext as _
from wagtail.models import Page

from lerendnetwerk.page_queries import in_private_section

from .membership import NetworkError, lock_network, require_manager
from .records import SHELF_PAGE_TYPES, ShelfItem

SHELF_MAX_ITEMS = 30


def shelf_models():
    """The page models a shelf may hold (knowledge.Lesson, knowledge.KnowledgeDossier)."""
    return [apps.get_model(label) for label in SHELF_PAGE_TYPES]


def shelf_pages():
    """Every live, public lesson and dossier, for the coordinators' choice (one query: the
    view restrictions are asked inside it, lerendnetwerk.page_queries)."""
    return Page.objects.live().type(*shelf_models()).exclude(in_private_section()).order_by("title")


def shelf_of(network, excluding=None):
    """The shelf's items whose page anyone may read, in order, with their page (one query).
    `excluding`: page ids (a queryset of them) to leave out, e.g. the lessons a page shows
    elsewhere already."""
    readable = shelf_pages().values("pk")
    items = ShelfItem.objects.filter(network_id=network.pk, page__in=readable)
    if excluding is not None:
        items = items.exclude(page_id__in=excluding)
    return list(items.select_related("page", "page__content_type").order_by("sort_order", "pk"))


@transaction.atomic
def add_to_shelf(actor, network, page):
    lock_network(network)
    require_manager(actor, network)
    if not shelf_pages().filter(pk=page.pk).exists():
        raise NetworkError(_("Choose a published lesson or “Wat werkt bij” dossier."))
    if ShelfItem.objects.filter(network_id=network.pk).count() >= SHELF_MAX_ITEMS:
        raise NetworkError(_("The shelf is full. Take something off it first."))
    position = (ShelfItem.objects.filter(network_id=network.pk).aggregate(last=Max("sort_order"))["last"] or 0) + 1
    try:
        with transaction.atomic():
            return ShelfItem.objects.create(network=network, page=page, sort_order=position, added_by=actor)
    except IntegrityError:
        raise NetworkError(_("“%(title)s” is on the shelf already.") % {"title": page.title}) from None


@transaction.atomic
def remove_from_shelf(actor, item):
    lock_network(item.network)
    require_manager(actor, item.network)
    deleted, _rows = ShelfItem.objects.filter(pk=item.pk).delete()
    if not deleted:
        raise NetworkError(_("This is no longer on the shelf."))
