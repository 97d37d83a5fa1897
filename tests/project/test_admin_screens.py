"""Every editing screen an editor uses opens without error (panels, choosers, viewsets)."""

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

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


def form_data_of(html):
    """What a browser sends for the add form as it opens (its fields and their values)."""
    form = BeautifulSoup(html, "html.parser").find("form", attrs={"data-edit-form": True}) or BeautifulSoup(
        html, "html.parser"
    ).find("form", method="post")
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button", "file"):
            continue
        if field.name == "textarea":
            data[name] = field.text
        elif field.name == "select":
            chosen = field.find_all("option", selected=True)
            if field.has_attr("multiple"):
                data[name] = [option["value"] for option in chosen]
            else:
                data[name] = chosen[0]["value"] if chosen else ""
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, field.get("value", "on"))
        else:
            data[name] = field.get("value", "")
    return data


def required_fields(model):
    """What an editor fills in before the page type's form is valid."""
    paragraph = streamfield([("paragraph", rich_text("<p>Tekst.</p>"))])
    fields = {
        "learningpractice": lambda: {"municipality": MunicipalityFactory().pk, "summary": "Samenvatting."},
        "knowledgedossier": lambda: {
            "theme": pages.theme("toegang").pk,
            "intro": "Inleiding.",
            "factors": streamfield(
                [("factor", {"title": "Factor", "text": rich_text("<p>Zo.</p>"), "evidence": "reasonable"})]
            ),
        },
        "lesson": lambda: {"summary": "Samenvatting.", "body": paragraph},
        "effectiveelementpage": lambda: {"element": pages.element("vaste-contactpersoon").pk, "intro": "Wat het is."},
        "eventpage": lambda: {
            "summary": "Samenvatting.",
            "start": "2027-03-02 10:00",
            "end": "2027-03-02 12:00",
            "venue": "Stadhuis",
        },
    }
    return nested_form_data(fields[model]()) if model in fields else {}


@pytest.mark.parametrize(
    ("parent", "app", "model"),
    [
        ("home", "home", "contentpage"),
        ("practice_index", "practices", "learningpractice"),
        ("practice", "practices", "experiencereport"),
        ("knowledge", "knowledge", "knowledgedossier"),
        ("lessons", "knowledge", "lesson"),
        ("element_index", "knowledge", "effectiveelementpage"),
        ("events", "events", "eventpage"),
        ("networks", "networks", "learningnetwork"),
    ],
)
def test_editors_preview_a_page_of_every_type_before_it_is_first_saved(editor_client, tree, parent, app, model):
    tree["events"], tree["networks"] = pages.event_index(), pages.network_index()
    add = reverse("wagtailadmin_pages:add", args=[app, model, tree[parent].pk])
    data = form_data_of(editor_client.get(add).content.decode())
    data.update(title="Nieuw in voorbeeld", slug="nieuw-in-voorbeeld", **required_fields(model))
    # Stream fields are drawn by the admin's JavaScript, which sends how many blocks they hold.
    for field in apps.get_model(app, model)._meta.get_fields():
        if isinstance(field, StreamField):
            data.setdefault(f"{field.name}-count", "0")
    preview = reverse("wagtailadmin_pages:preview_on_add", args=[app, model, tree[parent].pk])
    answer = editor_client.post(preview, data).json()
    assert answer["is_valid"], answer
    response = editor_client.get(preview)
    assert response.status_code == 200
    assert "Nieuw in voorbeeld" in response.content.decode()
