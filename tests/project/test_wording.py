"""One voice: the wording fixes of issue 10 (item 22), each where a person reads it."""

import html
import re

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from wagtail.models import Page, Workflow

from events.models import EventFormat, Registration, RegistrationStatus
from forum.forms import PostForm
from members.roles import Role
from practices.forms import ExperienceForm
from practices.models import ExperienceReport
from tests import pages
from tests.factories import MemberFactory, ThemeFactory
from themes.models import Theme

pytestmark = pytest.mark.django_db


def text_of(page):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def test_a_full_meeting_says_so_in_sentences_and_the_button_says_what_it_does(member_client):
    event = pages.event(capacity_in_person=1, format=EventFormat.IN_PERSON)
    Registration.objects.create(event=event, member=MemberFactory(), status=RegistrationStatus.CONFIRMED)

    page = text_of(member_client.get(event.url).content.decode())

    assert "Vol Nieuwe aanmeldingen komen op de wachtlijst." in page
    assert "Zet me op de wachtlijst" in page
    assert "Op de wachtlijst" not in page


def test_the_trekker_role_is_one_word():
    assert str(Role.MUNICIPAL_LEAD.label) == "Gemeentetrekker"
    assert Role.MUNICIPAL_LEAD.group_name == "Gemeentetrekker"
    assert not Group.objects.filter(name="Gemeente trekker").exists()


def test_a_taken_theme_name_is_refused_in_a_sentence():
    ThemeFactory(name="Armoede", slug="armoede")
    with pytest.raises(ValidationError) as refused:
        Theme(name="Armoede", slug="armoede-2").validate_unique()
    assert refused.value.message_dict["name"] == ["Er is al een thema met deze naam."]


def test_help_texts_say_what_you_can_do_not_markdown():
    help_texts = [
        str(PostForm.base_fields["body"].help_text),
        str(ExperienceForm.base_fields["body"].help_text),
        str(ExperienceReport._meta.get_field("body_markdown").help_text),
    ]
    assert all("Markdown" not in text and "**vet**" in text for text in help_texts), help_texts


def test_wagtails_default_page_workflow_has_a_dutch_name_and_the_editors_approve():
    workflow = Page.get_first_root_node().get_workflow()
    assert workflow is not None and workflow.name == "Redactie"
    task = workflow.tasks.get().specific
    assert task.name == "Goedkeuring door de redactie"
    assert list(task.groups.values_list("name", flat=True)) == [Role.EDITOR.group_name]
    assert not Workflow.objects.filter(name__contains="Moderators").exists()


def test_the_migration_renames_the_old_trekker_group_with_its_members():
    from importlib import import_module

    from django.apps import apps

    migration = import_module("members.migrations.0008_dutch_names_for_roles_and_the_page_workflow")
    Group.objects.filter(name="Gemeentetrekker").delete()
    old = Group.objects.create(name="Gemeente trekker")
    trekker = MemberFactory()
    trekker.groups.add(old)

    migration.dutch_names(apps, None)

    assert list(trekker.groups.values_list("name", flat=True)) == ["Gemeentetrekker"]


def test_the_error_summary_names_a_field_briefly_not_by_its_whole_sentence(client):
    pages.practice_index()
    response = client.post("/praktijken/aanmelden/", {"contact_name": "Petra Schuiling"})

    summary = re.search(r"data-error-summary>(.*?)</div>\s*</div>", response.content.decode(), re.S).group(1)
    items = [text_of(item) for item in re.findall(r"<li[^>]*>(.*?)</li>", summary, re.S)]
    assert (
        "Tijd van de trekker: Een lerende praktijk heeft een trekker nodig met ongeveer 4 uur per week. "
        "Bevestig dit alsjeblieft."
    ) in items
    assert "Thema's: Dit is een verplicht veld." in items
    assert not [item for item in items if "We wijzen een trekker aan" in item or "welk(e) thema" in item]
