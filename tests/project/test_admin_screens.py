"""Every editing screen an editor uses opens without error (panels, choosers, viewsets)."""

import pytest
from django.urls import reverse

from members.models import AssociateMembershipRequest
from members.roles import Role
from practices.models import ExperienceReport, PracticeApplication, PracticeMembership
from tests import pages
from tests.factories import MemberFactory, MunicipalityFactory
from tests.support.second_factor import log_in


@pytest.fixture
def editor_client(client, db):
    log_in(client, MemberFactory(roles=[Role.EDITOR]))
    return client


@pytest.fixture
def tree(db):
    practice = pages.practice("Praktijk", themes=[pages.theme("toegang")], elements=[pages.element()])
    experience = ExperienceReport(title="Ervaring", body_markdown="Tekst van de ervaring.")
    practice.add_child(instance=experience)
    experience.save_revision().publish()
    return {
        "home": pages.home(),
        "practice_index": pages.practice_index(),
        "practice": practice,
        "experience": experience,
        "knowledge": pages.knowledge_index(),
        "lessons": pages.lesson_index(),
        "lesson": pages.lesson("Les", practices=[practice], experiences=[experience]),
        "dossier": pages.dossier(
            "eenzaamheid",
            sources=[{"authors": "Kennisinstituut", "year": 2025, "title": "Overzicht"}],
            gaps=[("Wat weten we nog niet?", True)],
        ),
        "element_index": pages.element_index(),
        "element_page": pages.element_page("procesregie"),
    }


@pytest.mark.parametrize(
    ("parent", "model"),
    [
        ("home", "contentpage"),
        ("practice_index", "learningpractice"),
        ("practice", "experiencereport"),
        ("knowledge", "knowledgedossier"),
        ("lessons", "lesson"),
        ("element_index", "effectiveelementpage"),
    ],
)
def test_editors_open_the_add_form_of_every_page_type(editor_client, tree, parent, model):
    app = {"contentpage": "home", "learningpractice": "practices", "experiencereport": "practices"}.get(
        model, "knowledge"
    )
    url = reverse("wagtailadmin_pages:add", args=[app, model, tree[parent].pk])
    assert editor_client.get(url).status_code == 200


@pytest.mark.parametrize(
    "page",
    [
        "home",
        "practice_index",
        "practice",
        "experience",
        "knowledge",
        "lessons",
        "lesson",
        "dossier",
        "element_index",
        "element_page",
    ],
)
def test_editors_open_the_edit_form_of_every_page(editor_client, tree, page):
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[tree[page].pk]))
    assert response.status_code == 200


def test_editors_open_every_listing_and_edit_screen_of_their_models(editor_client, tree):
    member = MemberFactory()
    membership = PracticeMembership.objects.create(practice=tree["practice"], member=member)
    application = PracticeApplication.objects.create(
        municipality=MunicipalityFactory(), contact_name="X", contact_email="x@x.example", learning_questions="?"
    )
    associate_request = AssociateMembershipRequest.objects.create(member=member, motivation="Graag.")
    urls = [
        reverse("practicemembership:index"),
        reverse("practicemembership:add"),
        reverse("practicemembership:edit", args=[membership.pk]),
        reverse("practiceapplication:index"),
        reverse("practiceapplication:edit", args=[application.pk]),
        reverse("effectiveelement:index"),
        reverse("effectiveelement:add"),
        reverse("associatemembershiprequest:index"),
        reverse("associatemembershiprequest:edit", args=[associate_request.pk]),
        reverse("wagtailsnippets_themes_theme:list"),
        reverse("wagtailsnippets_municipalities_municipality:list"),
        reverse("wagtailusers_users:index"),
        reverse("wagtailimages:index"),
        reverse("wagtaildocs:index"),
    ]
    for url in urls:
        assert editor_client.get(url).status_code == 200, url
