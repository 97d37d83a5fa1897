"""The whole life of an experience: a member of a practice writes it on the site, it waits
for an editor, the editor approves it or asks for changes in the Wagtail admin, the author sees the
status and gets an e-mail."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import WorkflowState

from demo.content.documents import simple_pdf
from members.roles import Role
from practices.models import ExperienceReport
from tests import pages
from tests.factories import MemberFactory
from tests.support.second_factor import log_in

BODY = (
    "We begonnen met een keukentafelgesprek voor iedereen die zich meldde. Dat kostte meer tijd, "
    "maar de vragen werden veel breder. **Wat werkte:** samen de gespreksleidraad maken."
)


@pytest.fixture
def people(db):
    return {
        "trekker": MemberFactory(first_name="Annemieke", email="trekker@zwolle.example", roles=[Role.MUNICIPAL_LEAD]),
        "participant": MemberFactory(first_name="Merel", email="merel@wijkteam.example"),
        "outsider": MemberFactory(first_name="Ander", email="ander@elders.example"),
        "editor": MemberFactory(first_name="Redactie", email="redacteur@instituut.example", roles=[Role.EDITOR]),
    }


@pytest.fixture
def practice(people):
    return pages.practice(
        "Eén voordeur in Zwolle",
        themes=[pages.theme("toegang")],
        leads=[people["trekker"]],
        participants=[people["participant"]],
    )


def share_url(practice):
    return practice.url + "ervaring-delen/"


def share(client, practice, **overrides):
    data = {"title": "Wat de gespreksleidraad ons leerde", "body": BODY, "themes": [pages.theme("toegang").pk]}
    data.update(overrides)
    return client.post(share_url(practice), data)


def assert_inert(html):
    """No element that runs script: no script/iframe/img/svg, no on* attributes, no
    javascript: links. (Escaped text that merely shows the payload is fine.)"""
    from html.parser import HTMLParser

    found = []

    class Inspector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag in {"script", "iframe", "img", "svg", "object", "embed", "style"}:
                found.append(tag)
            for name, value in attrs:
                if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                    found.append(f"{tag}[{name}]")

    Inspector().feed(html)
    assert found == []


def admin_action(client, experience, action, comment=""):
    task_state = experience.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[experience.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def my_experiences(client):
    return client.get(reverse("practices:my_experiences")).content.decode()


def test_a_practice_member_shares_an_experience_which_waits_for_the_editors(
    client, people, practice, django_capture_on_commit_callbacks
):
    log_in(client, people["participant"])
    with django_capture_on_commit_callbacks(execute=True):
        response = share(client, practice)

    assert response.status_code == 302
    assert response.url == reverse("practices:my_experiences")
    experience = ExperienceReport.objects.get()
    assert experience.get_parent().pk == practice.pk
    assert experience.author == people["participant"]
    assert not experience.live
    assert experience.workflow_in_progress
    assert "<strong>Wat werkte:</strong>" in experience.body_html
    assert 'class="ln-status ln-status--submitted">Ingediend<' in my_experiences(client)
    # Not public yet: not on the practice's page, not at its own address.
    client.logout()
    assert "Wat de gespreksleidraad" not in client.get(practice.url).content.decode()
    assert client.get(practice.url + experience.slug + "/").status_code == 404


def test_editor_approves_in_the_admin_and_the_experience_goes_public(
    client, people, practice, django_capture_on_commit_callbacks
):
    log_in(client, people["participant"])
    share(client, practice)
    experience = ExperienceReport.objects.get()

    log_in(client, people["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_action(client, experience, "approve")
    assert response.status_code in (200, 302)

    experience.refresh_from_db()
    assert experience.live
    assert not experience.workflow_in_progress
    [message] = [m for m in mail.outbox if m.to == ["merel@wijkteam.example"]]
    assert message.subject == "[Lerend Netwerk] Je ervaring “Wat de gespreksleidraad ons leerde” is gepubliceerd"
    assert "http://testserver/praktijken/" in message.body

    client.logout()
    assert "Wat de gespreksleidraad ons leerde" in client.get(practice.url).content.decode()
    assert client.get(experience.url).status_code == 200
    log_in(client, people["participant"])
    assert 'ln-status--published">Gepubliceerd<' in my_experiences(client)


def test_editor_requests_changes_the_author_sees_a_request_not_a_rejection_changes_and_resubmits(
    client, people, practice, django_capture_on_commit_callbacks
):
    log_in(client, people["participant"])
    share(client, practice)
    experience = ExperienceReport.objects.get()

    # Wagtail's "reject" action of the review task is labelled "Request changes": the
    # workflow waits for a new version. It is never a final rejection.
    log_in(client, people["editor"])
    request = "Mooi stuk! Kun je nog één zin toevoegen over wat de bewoner ervan vond?"
    with django_capture_on_commit_callbacks(execute=True):
        admin_action(client, experience, "reject", comment=request)
    experience.refresh_from_db()
    assert not experience.live
    [message] = [m for m in mail.outbox if m.to == ["merel@wijkteam.example"]]
    assert message.subject == (
        "[Lerend Netwerk] De redactie vraagt een aanpassing in je ervaring “Wat de gespreksleidraad ons leerde”"
    )
    assert "Bericht van de redactie:\n" + request in message.body
    assert "afgewezen" not in message.body.lower()
    # The author did not also get Wagtail's own admin notice.
    assert not [m for m in mail.outbox if m.to == ["merel@wijkteam.example"] and "/admin/" in m.body]

    log_in(client, people["participant"])
    overview = my_experiences(client)
    assert 'ln-status--changes_requested">Aanpassing gevraagd<' in overview
    assert "Bericht van de redactie:</span> " + request in overview
    assert "Afgewezen" not in overview
    assert "Reden" not in overview

    edit_url = reverse("practices:experience_edit", kwargs={"experience_id": experience.pk})
    assert f'href="{edit_url}"' in overview  # changed from there, and sent again
    form = client.get(edit_url).content.decode()
    assert "Aanpassing gevraagd" in form
    assert "Bericht van de redactie:</strong> " + request in form
    assert "utrecht-alert--warning" not in form
    response = client.post(
        edit_url, {"title": "Met de stem van de bewoner", "body": BODY, "themes": [], "action": "submit"}
    )
    assert response.status_code == 302
    experience.refresh_from_db()
    assert experience.workflow_in_progress
    assert experience.get_latest_revision_as_object().title == "Met de stem van de bewoner"
    assert 'ln-status--submitted">Ingediend<' in my_experiences(client)


def test_my_experiences_shows_a_request_for_changes_as_a_request_with_the_editors_message(
    client, people, practice, django_capture_on_commit_callbacks
):
    """The review task's "Request changes" (Wagtail's reject of a task, with a comment) is
    not a rejection: the author sees "Aanpassing gevraagd" and the message, in the neutral
    status style, and can change the experience from there."""
    log_in(client, people["trekker"])
    share(client, practice)
    experience = ExperienceReport.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        experience.current_workflow_task_state.specific.reject(user=people["editor"], comment="Mooi stuk! Kun je …")

    overview = my_experiences(client)
    assert '<span class="ln-status ln-status--changes_requested">Aanpassing gevraagd</span>' in overview
    assert '<span class="ln-label">Bericht van de redactie:</span> Mooi stuk! Kun je …' in overview
    assert "Afgewezen" not in overview and "Reden:" not in overview and "ln-status--rejected" not in overview
    assert reverse("practices:experience_edit", kwargs={"experience_id": experience.pk}) in overview


def test_changes_to_a_published_experience_wait_for_approval(client, people, practice):
    log_in(client, people["participant"])
    share(client, practice)
    experience = ExperienceReport.objects.get()
    log_in(client, people["editor"])
    admin_action(client, experience, "approve")

    log_in(client, people["participant"])
    edit_url = reverse("practices:experience_edit", kwargs={"experience_id": experience.pk})
    client.post(edit_url, {"title": "Nieuwe titel", "body": BODY, "themes": [], "action": "submit"})
    experience.refresh_from_db()

    assert experience.live
    assert experience.title == "Wat de gespreksleidraad ons leerde"
    assert experience.workflow_in_progress
    # While the editors look at it, the author cannot change it.
    response = client.get(edit_url)
    assert response.status_code == 302
    assert response.url == reverse("practices:my_experiences")


def test_saving_as_draft_does_not_submit(client, people, practice):
    log_in(client, people["trekker"])
    share(client, practice, action="draft")
    experience = ExperienceReport.objects.get()
    assert not experience.workflow_in_progress
    assert not WorkflowState.objects.exists()
    assert 'ln-status--draft">Concept<' in my_experiences(client)


@pytest.mark.parametrize("who", ["outsider", "visitor"])
def test_only_members_of_the_practice_may_share_for_it(client, people, practice, who):
    if who == "outsider":
        log_in(client, people["outsider"])
    get, post = client.get(share_url(practice)), share(client, practice)

    if who == "visitor":
        assert get.status_code == post.status_code == 302
        assert get.url.startswith(reverse("account_login"))
    else:
        assert get.status_code == post.status_code == 403
    assert not ExperienceReport.objects.exists()
    assert "Een ervaring delen" not in client.get(practice.url).content.decode()


def test_editors_may_share_for_any_practice_and_members_see_the_button(client, people, practice):
    log_in(client, people["editor"])
    assert share(client, practice).status_code == 302
    log_in(client, people["trekker"])
    assert "Een ervaring delen" in client.get(practice.url).content.decode()


def test_nobody_else_changes_someone_elses_experience(client, people, practice):
    log_in(client, people["participant"])
    share(client, practice, action="draft")
    experience = ExperienceReport.objects.get()
    edit_url = reverse("practices:experience_edit", kwargs={"experience_id": experience.pk})
    for intruder in ("trekker", "outsider", "editor"):
        log_in(client, people[intruder])
        assert client.get(edit_url).status_code == 403
        assert client.post(edit_url, {"title": "Overgenomen", "body": BODY, "themes": []}).status_code == 403
    assert experience.get_latest_revision_as_object().title == "Wat de gespreksleidraad ons leerde"


def test_unpublished_experiences_are_shown_to_the_practice_and_editors_only(client, people, practice):
    log_in(client, people["participant"])
    share(client, practice)
    experience = ExperienceReport.objects.get()
    preview = reverse("practices:experience_preview", kwargs={"experience_id": experience.pk})
    for allowed in ("participant", "trekker", "editor"):
        log_in(client, people[allowed])
        assert client.get(preview).status_code == 200
    log_in(client, people["outsider"])
    assert client.get(preview).status_code == 404
    client.logout()
    assert client.get(preview).status_code == 302


def test_bad_input_keeps_what_was_typed_and_saves_nothing(client, people, practice):
    log_in(client, people["participant"])
    response = share(client, practice, title="  ", body="Te kort.")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Geef je ervaring een titel." in content or "Dit is een verplicht veld." in content
    assert "Vertel iets meer" in content
    assert "Te kort." in content
    assert not ExperienceReport.objects.exists()


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert('xss')</script>",
        "<img src=x onerror=alert(1)>",
        "[klik](javascript:alert(1))",
        '<a href="https://x.example" onclick="alert(1)">x</a>',
        "<iframe src='https://evil.example'></iframe>",
    ],
)
def test_markdown_is_rendered_inert(client, people, practice, payload):
    log_in(client, people["participant"])
    share(client, practice, body=BODY + "\n\n" + payload)
    assert_inert(ExperienceReport.objects.get().body_html)


def test_links_in_experiences_get_nofollow_ugc_noopener(client, people, practice):
    log_in(client, people["participant"])
    share(client, practice, body=BODY + "\n\nZie [de leidraad](https://www.example.org/leidraad).")
    html = ExperienceReport.objects.get().body_html
    assert '<a href="https://www.example.org/leidraad" rel="nofollow ugc noopener">de leidraad</a>' in html


def pdf_upload(name="verslag.pdf"):
    return SimpleUploadedFile(name, simple_pdf("Verslag", "Inhoud"), content_type="application/pdf")


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            lambda: SimpleUploadedFile("script.exe", b"MZ\x90\x00", content_type="application/octet-stream"),
            "Dit soort bestand",
        ),
        (
            lambda: SimpleUploadedFile(
                "stiekem.pdf", b"<html><script>alert(1)</script>", content_type="application/pdf"
            ),
            "past niet bij de naam",
        ),
        (
            lambda: SimpleUploadedFile("foto.svg", b"<svg onload='alert(1)'/>", content_type="image/svg+xml"),
            "Dit soort bestand",
        ),
    ],
)
def test_attachments_are_checked_on_type_and_content(client, people, practice, upload, message):
    log_in(client, people["participant"])
    response = share(client, practice, attachment=upload())
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ExperienceReport.objects.exists()


def test_too_large_attachments_are_refused(client, people, practice, settings):
    settings.EXPERIENCE_ATTACHMENT_MAX_SIZE = 100
    log_in(client, people["participant"])
    response = share(client, practice, attachment=pdf_upload())
    assert "Dit bestand is te groot" in response.content.decode()


def test_attachment_of_an_unpublished_experience_is_private_until_published(client, people, practice):
    log_in(client, people["participant"])
    share(client, practice, attachment=pdf_upload())
    experience = ExperienceReport.objects.get()
    document_url = experience.attachment.url
    assert "verslag" not in experience.attachment.file.name

    assert client.get(document_url).status_code == 200
    log_in(client, people["outsider"])
    assert client.get(document_url).status_code == 404
    client.logout()
    assert client.get(document_url).status_code == 404

    log_in(client, people["editor"])
    admin_action(client, experience, "approve")
    client.logout()
    response = client.get(document_url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
