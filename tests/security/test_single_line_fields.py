"""One-line fields stay on one line: a line break in a name or a title would add lines of
its own to a plain-text mail (lerendnetwerk.forms.SingleLineCharField)."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.admin.viewsets import viewsets
from wagtail.admin.viewsets.model import ModelViewSet

from events.forms import RegistrationForm
from events.models import Registration
from forum.forms import ThreadForm
from home.models import ContentPage
from lerendnetwerk.forms import SingleLineCharField, SingleLineFieldsViewSetMixin
from members.forms import DirectoryFilterForm, ProfileForm, SignupForm
from members.roles import Role
from practices.forms import ExperienceForm, PracticeApplicationForm
from practices.models import PracticeApplication
from practices.wagtail_hooks import PracticeApplicationViewSet
from tests import pages
from tests.factories import MemberFactory, MunicipalityFactory

INJECTED = "Petra\r\nBcc: iedereen@example.org"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (INJECTED, "Petra Bcc: iedereen@example.org"),
        ("Jan\nJansen", "Jan Jansen"),
        ("Jan\rJansen", "Jan Jansen"),
        ("Jan\tJansen", "Jan Jansen"),  # pasted from a spreadsheet
        ("Jan\u2028Jansen\u2029", "Jan Jansen"),
        ("Jan\x00\x1b[31mJansen", "Jan [31mJansen"),
        ("\r\n", ""),
        ("Anne-Marie van 't Hof", "Anne-Marie van 't Hof"),
    ],
)
def test_line_breaks_and_control_characters_become_a_space(typed, kept):
    assert SingleLineCharField(required=False).clean(typed) == kept


def test_a_field_of_only_line_breaks_is_empty_and_required_says_so_in_dutch():
    field = SingleLineCharField()
    with pytest.raises(ValidationError) as refused:
        field.clean("\r\n\t")
    assert refused.value.messages == ["Dit is een verplicht veld."]


@pytest.mark.parametrize(
    ("form_class", "names"),
    [
        (SignupForm, ["first_name", "name_prefix", "last_name"]),
        (ProfileForm, ["first_name", "name_prefix", "last_name", "organisation", "job_title"]),
        (DirectoryFilterForm, ["q"]),
        (RegistrationForm, ["name"]),
        (PracticeApplicationForm, ["contact_name", "job_title", "contact_phone"]),
        (ExperienceForm, ["title"]),
        (ThreadForm, ["title"]),
    ],
)
def test_every_one_line_field_members_and_visitors_fill_in_is_single_line(form_class, names):
    for name in names:
        assert isinstance(form_class.base_fields[name], SingleLineCharField), name


@pytest.mark.django_db
def test_a_short_answer_to_an_editors_question_is_single_line():
    event = pages.event(capacity_in_person=10, questions=[{"label": "Organisatie"}])
    form = RegistrationForm(event=event)
    question = event.questions.get()
    assert isinstance(form.fields[f"question_{question.pk}"], SingleLineCharField)


@pytest.mark.django_db
def test_a_guest_name_with_a_line_break_is_one_line_in_the_registration_and_the_mail(
    client, django_capture_on_commit_callbacks
):
    event = pages.event(capacity_in_person=10, audience="open")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            event.url + "aanmelden/", {"attendance": "in_person", "name": INJECTED, "email": "gast@example.org"}
        )

    assert response.status_code == 302
    assert Registration.objects.get().name == "Petra Bcc: iedereen@example.org"
    (message,) = mail.outbox
    assert not [line for line in message.body.splitlines() if line.startswith("Bcc:")]


@pytest.mark.django_db
def test_a_contact_name_with_a_line_break_adds_no_line_to_the_mails(client, django_capture_on_commit_callbacks):
    pages.practice_index()
    MemberFactory(email="redacteur@instituut.example", roles=[Role.EDITOR])
    data = {
        "municipality": MunicipalityFactory(name="Hoogeveen").pk,
        "contact_name": INJECTED,
        "job_title": "Beleids\nadviseur",
        "contact_email": "petra@hoogeveen.example",
        "contact_phone": "0528\r123 456",
        "themes": [pages.theme("aanpak-armoede").pk],
        "learning_questions": "Hoe bereiken we huishoudens eerder?",
        "hours_acknowledged": "on",
        "website": "",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/praktijken/aanmelden/", data)

    assert response.status_code == 200
    application = PracticeApplication.objects.get()
    assert (application.contact_name, application.job_title, application.contact_phone) == (
        "Petra Bcc: iedereen@example.org",
        "Beleids adviseur",
        "0528 123 456",
    )
    to_editors = next(message for message in mail.outbox if message.to == ["redacteur@instituut.example"])
    assert not [line for line in to_editors.body.splitlines() if line.startswith("Bcc:")]
    assert "Petra Bcc: iedereen@example.org (petra@hoogeveen.example)" in to_editors.body


@pytest.mark.django_db
def test_page_titles_and_other_one_line_fields_in_the_wagtail_admin_are_single_line():
    page_form = ContentPage.get_edit_handler().get_form_class()
    assert page_form.base_fields["title"].clean("Over\r\nons") == "Over ons"

    application_form = PracticeApplicationViewSet().get_form_class(for_update=True)
    assert isinstance(application_form.base_fields["contact_name"], SingleLineCharField)
    assert not isinstance(application_form.base_fields["contact_email"], SingleLineCharField)  # an e-mail field
    assert not isinstance(application_form.base_fields["status"], SingleLineCharField)  # a choice


@pytest.mark.django_db
def test_every_admin_model_viewset_with_form_fields_makes_one_line_fields_single_line():
    reverse("wagtailadmin_home")  # loading the admin's URLs registers the viewsets
    with_form_fields = [
        viewset
        for viewset in viewsets.viewsets
        if isinstance(viewset, ModelViewSet) and getattr(viewset, "form_fields", None) and not viewset._edit_handler
    ]
    assert len(with_form_fields) >= 4
    for viewset in with_form_fields:
        assert isinstance(viewset, SingleLineFieldsViewSetMixin), type(viewset).__name__
