"""Every page previews: Wagtail's admin preview renders the page from the edit form's
unsaved page, whose many-to-many relations (a lesson's practices, experiences, dossiers
and elements; a meeting's lessons and practices; a practice's elements) are held in
memory (modelcluster), and never from kept parts of pages."""

import pytest
from django.test import RequestFactory
from modelcluster.fields import ParentalManyToManyField
from wagtail.models import Page, get_page_models

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
    meeting = pages.event("Met lessen", practices=[practice])
    meeting.related_lessons = [lesson]
    meeting.save_revision().publish()

    editor = MemberFactory(roles=[Role.EDITOR])
    previewed, failures = set(), []
    for page in Page.objects.live().exclude(depth=1).specific():
        draft = page.get_latest_revision_as_object()
        # As the admin's edit form leaves them for its preview: the relations in memory.
        for field in draft._meta.get_fields():
            if isinstance(field, ParentalManyToManyField):
                setattr(draft, field.name, list(getattr(draft, field.name).all()))
        request = RequestFactory().get(page.url or "/")
        request.user = editor
        response = draft.make_preview_request(request, draft.default_preview_mode)
        if hasattr(response, "render"):
            response.render()
        previewed.add(type(page))
        if response.status_code != 200:
            failures.append((type(page).__name__, page.title, response.status_code))
    assert previewed >= set(get_page_models()) - {Page}
    assert failures == []
