"""Every page previews: Wagtail's admin preview renders the page from the edit form's
unsaved page, whose many-to-many relations (a lesson's practices, experiences, dossiers
and elements; a meeting's lessons and practices; a practice's elements) are held in
memory (modelcluster), and never from kept parts of pages."""

import pytest
from django.test import RequestFactory
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.models import Page, get_page_models

from events.services import Choice, register_member
from knowledge.models import KnowledgeDossier
from members.roles import Role
from tests import pages
from tests.factories import MemberFactory
from tests.security.test_crawl_odd_input import build_crawl_world

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("shared_fragment_seconds", [0, 600])
def test_the_draft_of_every_page_previews(settings, shared_fragment_seconds):
    settings.SHARED_FRAGMENT_SECONDS = shared_fragment_seconds
    build_crawl_world()
    # Pages whose revisions name other pages and rows.
    element = pages.element("vaste-contactpersoon")
    practice = pages.practice("Met elementen", elements=[element], themes=[pages.theme("eenzaamheid")])
    experience = pages.experience(practice, "Wat we leerden", element=element)
    dossier = KnowledgeDossier.objects.live().first()
    dossier.related_elements = [element]
    dossier.save_revision().publish()
    lesson = pages.lesson("Met bronnen", practices=[practice], experiences=[experience], dossiers=[dossier])
    lesson.elements = [element]
    lesson.save_revision().publish()
    meeting = pages.event(
        "Met lessen",
        practices=[practice],
        capacity_in_person=10,
        workshops=[{"slot": "Ronde 1", "title": "Wijkteams", "capacity": 2}, {"slot": "Ronde 1", "title": "Schulden"}],
    )
    meeting.related_lessons = [lesson]
    meeting.save_revision().publish()
    register_member(meeting, MemberFactory(), Choice(workshops=[meeting.workshops.get(title="Wijkteams")]))

    editor = MemberFactory(roles=[Role.EDITOR])
    previewed, failures = set(), []
    for page in Page.objects.live().exclude(depth=1).specific():
        draft = page.get_latest_revision_as_object()
        # As the admin's edit form leaves them for its preview: the relations and the
        # inline objects (a meeting's workshops) in memory.
        for field in draft._meta.get_fields():
            if isinstance(field, ParentalManyToManyField) or (
                field.one_to_many and isinstance(field.remote_field, ParentalKey)
            ):
                setattr(
                    draft,
                    field.name,
                    list(getattr(draft, field.get_accessor_name() if field.one_to_many else field.name).all()),
                )
        request = RequestFactory().get(page.url or "/")
        request.user = editor
        response = draft.make_preview_request(request, draft.default_preview_mode)
        if hasattr(response, "render"):
            response.render()
        if page.pk == meeting.pk:
            assert "Wijkteams" in response.content.decode()
        previewed.add(type(page))
        if response.status_code != 200:
            failures.append((type(page).__name__, page.title, response.status_code))
    assert previewed >= set(get_page_models()) - {Page}
    assert failures == []


@pytest.mark.parametrize("shared_fragment_seconds", [0, 600])
def test_every_page_type_previews_while_it_is_being_added(settings, shared_fragment_seconds):
    """The add form's preview: a page without a key yet (its reverse relations empty, no
    revisions, no children), placed under its parent as Wagtail's PreviewOnCreateView does."""
    settings.SHARED_FRAGMENT_SECONDS = shared_fragment_seconds
    build_crawl_world()
    editor = MemberFactory(roles=[Role.EDITOR])
    previewed, failures = set(), []
    for page in Page.objects.live().exclude(depth=1).specific():
        if type(page) in previewed:
            continue
        parent = page.get_parent().specific
        new = page.get_latest_revision_as_object()
        many = {
            field.name: list(getattr(new, field.name).all())
            for field in new._meta.get_fields()
            if isinstance(field, ParentalManyToManyField)
        }
        for model in [type(new), *type(new)._meta.get_parent_list()]:
            setattr(new, model._meta.pk.attname, None)
        new._state.adding = True
        new.title, new.slug = "Nieuwe pagina", "nieuwe-pagina-in-voorbeeld"
        new.live, new.has_unpublished_changes = False, True
        new.latest_revision = new.live_revision = None
        new.first_published_at = new.last_published_at = None
        new.depth = parent.depth + 1
        new.path = parent.get_last_child()._inc_path()
        new.numchild = 0
        for name, values in many.items():
            setattr(new, name, values)
        new.set_url_path(parent)
        request = RequestFactory().get("/")
        request.user = editor
        response = new.make_preview_request(request, new.default_preview_mode)
        if hasattr(response, "render"):
            response.render()
        previewed.add(type(page))
        if response.status_code != 200:
            failures.append((type(page).__name__, response.status_code))
    assert previewed >= set(get_page_models()) - {Page}
    assert failures == []
