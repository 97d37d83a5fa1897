"""Attachments of experiences over HTTP: who may download one (it is public only while the
published version of a live, public experience shows it; a draft's or an old version's
attachment is only for the people who may see that version), and under which name (the
member's own file name, made safe; the stored file keeps a random name)."""

import importlib
import re
import unicodedata

import pytest
from django.apps import apps
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.template.defaultfilters import filesizeformat
from django.test.utils import CaptureQueriesContext
from django.urls import clear_url_caches
from hypothesis import given
from hypothesis import strategies as st
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

import lerendnetwerk.urls
from demo.content.documents import simple_pdf
from members.roles import Role, ensure_collection
from practices import services
from practices.attachments import MAX_FILE_NAME_LENGTH, safe_file_name
from practices.models import ExperienceAttachment
from tests import pages
from tests.factories import MemberFactory, image_upload
from tests.support.second_factor import log_in

BODY = (
    "We begonnen met een keukentafelgesprek voor iedereen die zich meldde. Dat kostte meer tijd, "
    "maar de vragen werden veel breder. Wat werkte: samen de gespreksleidraad maken."
)
ROLES = ("visitor", "outsider", "participant", "author", "editor")


@pytest.fixture
def people(db):
    return {
        "author": MemberFactory(first_name="Annemieke", email="trekker@zwolle.example", roles=[Role.MUNICIPAL_LEAD]),
        "participant": MemberFactory(first_name="Merel", email="merel@wijkteam.example"),
        "outsider": MemberFactory(first_name="Ander", email="ander@elders.example"),
        "editor": MemberFactory(first_name="Redactie", email="redacteur@instituut.example", roles=[Role.EDITOR]),
    }


@pytest.fixture
def practice(people):
    return pages.practice("Eén voordeur in Zwolle", leads=[people["author"]], participants=[people["participant"]])


def pdf(name="verslag.pdf"):
    return SimpleUploadedFile(name, simple_pdf("Verslag", "Inhoud"), content_type="application/pdf")


def share(people, practice, attachment=None, publish=True):
    experience = services.share_experience(
        people["author"],
        practice,
        title="Wat de leidraad ons leerde",
        body=BODY,
        themes=[],
        attachment=attachment,
        submit=False,
    )
    experience = type(experience).objects.get(pk=experience.pk)
    if publish:
        experience.get_latest_revision().publish()
        experience.refresh_from_db()
    return experience


def change(people, experience, publish=False, **attachment):
    services.change_experience(
        people["author"], experience, title=experience.title, body=BODY, themes=[], submit=False, **attachment
    )
    experience.refresh_from_db()
    if publish:
        experience.get_latest_revision().publish()
        experience.refresh_from_db()
    return experience.get_latest_revision_as_object()


def status_for(client, people, role, url):
    client.logout()
    if role != "visitor":
        log_in(client, people[role])
    return client.get(url).status_code


def statuses(client, people, url):
    return {role: status_for(client, people, role, url) for role in ROLES}


# Who may download


def test_the_attachment_of_a_live_experience_is_public(client, people, practice):
    experience = share(people, practice, attachment=pdf())
    assert statuses(client, people, experience.attachment.url) == dict.fromkeys(ROLES, 200)


def test_an_attachment_in_a_draft_of_a_live_experience_is_only_for_who_may_see_the_draft(client, people, practice):
    experience = share(people, practice)
    draft = change(people, experience, attachment=pdf("nieuw-verslag.pdf"))
    assert experience.live and experience.attachment is None

    assert statuses(client, people, draft.attachment.url) == {
        "visitor": 404,
        "outsider": 404,
        "participant": 200,  # the practice's members see its drafts
        "author": 200,
        "editor": 200,
    }


def test_a_replaced_attachment_in_a_draft_does_not_leak_while_the_old_one_stays_public(client, people, practice):
    experience = share(people, practice, attachment=pdf("eerste.pdf"))
    draft = change(people, experience, attachment=pdf("tweede.pdf"))

    assert statuses(client, people, experience.attachment.url) == dict.fromkeys(ROLES, 200)
    assert status_for(client, people, "visitor", draft.attachment.url) == 404


def test_an_attachment_of_an_experience_never_published_is_only_for_who_may_see_the_draft(client, people, practice):
    experience = share(people, practice, attachment=pdf(), publish=False)
    assert statuses(client, people, experience.attachment.url) == {
        "visitor": 404,
        "outsider": 404,
        "participant": 200,
        "author": 200,
        "editor": 200,
    }


def test_an_attachment_removed_from_the_live_experience_stays_only_in_an_old_version(client, people, practice):
    experience = share(people, practice, attachment=pdf())
    url = experience.attachment.url
    change(people, experience, remove_attachment=True, publish=True)
    assert experience.attachment is None

    assert statuses(client, people, url) == {
        "visitor": 404,
        "outsider": 404,
        "participant": 404,  # an old version is not what the practice sees
        "author": 200,  # who uploaded it
        "editor": 200,
    }


def test_an_attachment_of_a_live_experience_in_a_closed_part_of_the_site_is_closed_too(client, people, practice):
    experience = share(people, practice, attachment=pdf())
    PageViewRestriction.objects.create(page=practice, restriction_type=PageViewRestriction.LOGIN)

    assert status_for(client, people, "visitor", experience.attachment.url) == 404
    assert status_for(client, people, "outsider", experience.attachment.url) == 200


def test_in_development_the_media_folder_serves_images_but_never_the_files_of_documents(
    client, people, practice, settings
):
    experience = share(people, practice, attachment=pdf(), publish=False)
    image = get_image_model().objects.create(title="Foto", file=image_upload())
    rendition = image.get_rendition("width-100")
    settings.DEBUG = True
    try:
        importlib.reload(lerendnetwerk.urls)
        clear_url_caches()
        assert client.get(rendition.url).status_code == 200
        stored = experience.attachment.file.name
        assert client.get(settings.MEDIA_URL + stored).status_code == 404
        assert client.get(f"{settings.MEDIA_URL}images/../{stored}").status_code in (400, 404)
    finally:
        settings.DEBUG = False
        importlib.reload(lerendnetwerk.urls)
        clear_url_caches()


def test_the_editors_own_documents_are_public(client, people):
    document = get_document_model().objects.create(
        title="Handreiking",
        file=pdf("handreiking.pdf"),
        collection=ensure_collection(settings.EDITORIAL_COLLECTION_NAME),
    )
    assert status_for(client, people, "visitor", document.url) == 200


def test_deciding_takes_as_many_queries_for_many_versions_and_experiences_as_for_one(client, people, practice):
    log_in(client, people["outsider"])

    def queries_for(url):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 404
        return len(queries)

    experience = share(people, practice)
    one = change(people, experience, attachment=pdf()).attachment
    queries_for(one.url)  # once, for what a process keeps after its first page (the feed links)
    queries_for_one = queries_for(one.url)

    experience = share(people, practice)
    many = change(people, experience, attachment=pdf()).attachment
    for _round in range(3):
        change(people, experience, attachment=None)
    for _other in range(3):
        other = share(people, practice, publish=False)
        services.change_experience(people["author"], other, title="x", body=BODY, themes=[], submit=False)
        draft = other.get_latest_revision_as_object()
        draft.attachment = many
        draft.save_revision(user=people["author"])
    queries_for(many.url)  # once more: saving pages made the process forget the menus it keeps
    assert queries_for(many.url) == queries_for_one


# Under which name


def content_disposition(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response["Content-Disposition"]


def test_an_attachment_is_downloaded_under_the_members_file_name_and_stored_under_a_random_one(
    client, people, practice
):
    experience = share(people, practice, attachment=pdf("verslag-leerbijeenkomst.pdf"))
    document = experience.attachment

    assert content_disposition(client, document.url) == 'attachment; filename="verslag-leerbijeenkomst.pdf"'
    assert re.fullmatch(r"documents/bijlage-[0-9a-f]{32}\.pdf", document.file.name)
    assert "verslag" not in document.url


def test_a_name_beyond_ascii_is_sent_encoded(client, people, practice):
    experience = share(people, practice, attachment=pdf("Verslag één.pdf"))
    assert content_disposition(client, experience.attachment.url) == (
        "attachment; filename*=utf-8''Verslag%20%C3%A9%C3%A9n.pdf"
    )


@pytest.mark.parametrize(
    ("uploaded_name", "download_header"),
    [
        ("../../etc/verslag.pdf", 'attachment; filename="verslag.pdf"'),
        ("C:\\Users\\merel\\verslag.PDF", 'attachment; filename="verslag.pdf"'),
        ("verslag\r\nSet-Cookie: a=b.pdf", 'attachment; filename="verslag Set-Cookie_ a=b.pdf"'),
        ('verslag "definitief".pdf', 'attachment; filename="verslag _definitief_.pdf"'),
        ("rapport\u202efdp.exe.pdf", 'attachment; filename="rapportfdp.exe.pdf"'),
        ("....pdf", 'attachment; filename="bijlage.pdf"'),
    ],
)
def test_a_dangerous_file_name_is_made_safe_for_the_download(client, people, practice, uploaded_name, download_header):
    experience = share(people, practice, attachment=pdf(uploaded_name))
    assert content_disposition(client, experience.attachment.url) == download_header


def test_the_experience_and_the_edit_form_show_the_file_name_and_size(client, people, practice):
    experience = share(people, practice, attachment=pdf("verslag-leerbijeenkomst.pdf"))
    size = filesizeformat(experience.attachment.get_file_size())
    page = client.get(experience.url).content.decode()
    assert f"Bijlage: verslag-leerbijeenkomst.pdf (PDF, {size})" in page

    log_in(client, people["author"])
    form = client.get(f"/mijn-ervaringen/{experience.pk}/bewerken/").content.decode()
    assert f"Huidige bijlage: verslag-leerbijeenkomst.pdf ({size})" in form


@given(st.text(max_size=300))
def test_a_safe_file_name_has_no_folders_no_invisible_characters_and_the_checked_extension(name):
    safe = safe_file_name(name, "pdf")
    assert safe.endswith(".pdf")
    assert len(safe) <= MAX_FILE_NAME_LENGTH
    assert not safe.startswith(".")
    assert not set(safe) & set('/\\"<>:|?*')
    assert not [character for character in safe if unicodedata.category(character)[0] == "C"]
    assert not [character for character in safe if unicodedata.category(character) in ("Zl", "Zp")]


def test_a_long_name_is_shortened_but_keeps_its_extension():
    assert safe_file_name("a" * 500 + ".docx", "docx") == "a" * (MAX_FILE_NAME_LENGTH - 5) + ".docx"


def test_the_migration_names_attachments_stored_before_from_their_title(db):
    document = get_document_model().objects.create(
        title="Verslag leerbijeenkomst",
        file=SimpleUploadedFile("bijlage-479d340ce83d.pdf", simple_pdf("Verslag", "Inhoud")),
        collection=ensure_collection(settings.EXPERIENCE_ATTACHMENT_COLLECTION_NAME),
    )
    migration = importlib.import_module("practices.migrations.0003_experience_attachment")
    migration.name_existing_attachments(apps, None)
    assert ExperienceAttachment.objects.get(document=document).file_name == "Verslag leerbijeenkomst.pdf"
