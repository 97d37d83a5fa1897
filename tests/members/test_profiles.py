import re

import pytest
from django.urls import reverse
from wagtail.images import get_image_model

from members.models import MemberProfile, ProfileVisibility
from tests.factories import MemberFactory, MunicipalityFactory, ThemeFactory, image_upload
from tests.support.second_factor import log_in


def edit_url(member):
    return reverse("members:profile_edit", kwargs={"member_id": member.pk})


def profile_url(member):
    return reverse("members:profile", kwargs={"member_id": member.pk})


def valid_data(**overrides):
    municipality = MunicipalityFactory(name="Zwolle", cbs_code="GM0193", province="overijssel")
    data = {
        "first_name": "Sanne",
        "last_name": "Bakker",
        "organisation": "Gemeente Zwolle",
        "job_title": "Projectleider lerende praktijk",
        "municipality": municipality.pk,
        "bio": "Ik werk aan een betere toegang.\nEn ik leer graag van andere gemeenten.",
        "visibility": ProfileVisibility.MEMBERS,
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_member_edits_their_own_profile(member_client, member):
    access, poverty = ThemeFactory(name="Toegang"), ThemeFactory(name="Armoede")
    response = member_client.post(
        edit_url(member),
        valid_data(interests=[access.pk, poverty.pk], expertise=[access.pk], show_email="on", first_name="Sanne M."),
    )

    assert response.status_code == 302
    assert response.url == profile_url(member)
    profile = MemberProfile.objects.get(member=member)
    assert profile.organisation == "Gemeente Zwolle"
    assert profile.municipality.cbs_code == "GM0193"
    assert set(profile.interests.all()) == {access, poverty}
    assert list(profile.expertise.all()) == [access]
    assert profile.show_email is True
    member.refresh_from_db()
    assert member.first_name == "Sanne M."

    page = member_client.get(profile_url(member)).content.decode()
    assert "Je profiel is opgeslagen." in page
    assert "Projectleider lerende praktijk" in page
    assert "Zwolle (Overijssel)" in page


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "post"])
def test_nobody_can_edit_someone_elses_profile(client, member, method):
    other = MemberFactory(profile__organisation="GGD")
    log_in(client, member)

    response = getattr(client, method)(edit_url(other), valid_data(organisation="Overgenomen"))

    assert response.status_code == 403
    assert MemberProfile.objects.get(member=other).organisation == "GGD"


@pytest.mark.django_db
def test_an_editor_cannot_edit_a_members_profile_either(client):
    editor = MemberFactory(roles=["editor"])
    other = MemberFactory(profile__organisation="GGD")
    log_in(client, editor)
    assert client.post(edit_url(other), valid_data(organisation="Overgenomen")).status_code == 403
    assert MemberProfile.objects.get(member=other).organisation == "GGD"


@pytest.mark.django_db
def test_visitors_are_sent_to_log_in_before_editing(client, member):
    response = client.get(edit_url(member))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


@pytest.mark.django_db
def test_invalid_profile_keeps_input_and_saves_nothing(member_client, member):
    theme = ThemeFactory()
    data = valid_data(first_name="", organisation="Wijkteam Noord", bio="x" * 1501, interests=[theme.pk])

    response = member_client.post(edit_url(member), data)

    assert response.status_code == 200
    content = response.content.decode()
    assert "Dit is een verplicht veld." in content
    assert "Zorg dat deze waarde niet meer dan 1500 tekens bevat" in content
    assert 'value="Wijkteam Noord"' in content
    assert re.search(rf'<input type="checkbox" name="interests" value="{theme.pk}"[^>]* checked', content)
    profile = MemberProfile.objects.get(member=member)
    assert profile.organisation == ""
    assert not profile.interests.exists()


@pytest.mark.django_db
def test_odd_input_gives_a_message_not_an_error_page(member_client, member):
    response = member_client.post(edit_url(member), valid_data(municipality="9999999", visibility="iedereen"))
    assert response.status_code == 200
    assert "Selecteer een geldige keuze" in response.content.decode()


@pytest.mark.django_db
def test_photo_upload_is_stored_as_a_wagtail_image_with_an_anonymous_name(member_client, member, settings):
    response = member_client.post(edit_url(member), valid_data(photo=image_upload("sanne-bakker.png")))

    assert response.status_code == 302
    photo = MemberProfile.objects.get(member=member).photo
    assert photo.collection.name == settings.MEMBER_PHOTO_COLLECTION_NAME
    assert "sanne" not in photo.file.name
    assert photo.file.name.startswith("original_images/profielfoto-")


@pytest.mark.django_db
def test_replacing_the_photo_removes_the_old_one(member_client, member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        member_client.post(edit_url(member), valid_data(photo=image_upload()))
    first = MemberProfile.objects.get(member=member).photo
    with django_capture_on_commit_callbacks(execute=True):
        member_client.post(edit_url(member), valid_data(photo=image_upload("nieuw.jpg", image_format="JPEG")))

    assert MemberProfile.objects.get(member=member).photo != first
    assert not get_image_model().objects.filter(pk=first.pk).exists()

    with django_capture_on_commit_callbacks(execute=True):
        member_client.post(edit_url(member), valid_data(remove_photo="on"))
    assert MemberProfile.objects.get(member=member).photo is None
    assert not get_image_model().objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            lambda: image_upload("foto.svg"),
            "Geen ondersteund afbeeldingsformaat.",
        ),
        (
            lambda: image_upload("foto.png", image_format="GIF"),
            "Geen geldige .png afbeelding.",
        ),
        (
            lambda: __import__("django.core.files.uploadedfile", fromlist=["x"]).SimpleUploadedFile(
                "cv.png", b"%PDF-1.4 dit is geen afbeelding", content_type="image/png"
            ),
            "Upload een geldige afbeelding.",
        ),
    ],
)
def test_uploads_that_are_not_acceptable_images_are_refused(member_client, member, upload, message):
    response = member_client.post(edit_url(member), valid_data(photo=upload()))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert MemberProfile.objects.get(member=member).photo is None


@pytest.mark.django_db
def test_too_large_photos_are_refused(member_client, member, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    response = member_client.post(edit_url(member), valid_data(photo=image_upload(size=(200, 200), noise=True)))

    assert response.status_code == 200
    assert "Dit bestand is te groot" in response.content.decode()
    assert MemberProfile.objects.get(member=member).photo is None


@pytest.mark.django_db
def test_members_only_profile_is_hidden_from_visitors_without_revealing_it_exists(client, member):
    hidden = client.get(profile_url(member))
    missing = client.get(reverse("members:profile", kwargs={"member_id": 987654}))

    assert hidden.status_code == missing.status_code == 302
    assert hidden.url.startswith(reverse("account_login"))
    assert missing.url.startswith(reverse("account_login"))


@pytest.mark.django_db
def test_public_profile_is_visible_to_visitors_but_not_the_email(client):
    member = MemberFactory(first_name="Mehmet", profile__visibility=ProfileVisibility.PUBLIC, profile__show_email=True)
    response = client.get(profile_url(member))

    assert response.status_code == 200
    assert "Mehmet" in response.content.decode()
    assert member.email not in response.content.decode()


@pytest.mark.django_db
def test_members_see_the_email_only_when_the_member_chose_to_show_it(member_client):
    shown = MemberFactory(profile__show_email=True)
    hidden = MemberFactory(profile__show_email=False)

    assert shown.email in member_client.get(profile_url(shown)).content.decode()
    assert hidden.email not in member_client.get(profile_url(hidden)).content.decode()


@pytest.mark.django_db
def test_deactivated_and_unverified_members_have_no_profile_page(member_client):
    inactive = MemberFactory(is_active=False)
    unverified = MemberFactory(verified=False)

    assert member_client.get(profile_url(inactive)).status_code == 404
    assert member_client.get(profile_url(unverified)).status_code == 404


@pytest.mark.django_db
def test_my_profile_leads_to_the_members_own_page(member_client, member):
    response = member_client.get(reverse("members:my_profile"))
    assert response.url == profile_url(member)
    page = member_client.get(profile_url(member)).content.decode()
    assert edit_url(member) in page


@pytest.mark.django_db
def test_profile_shows_member_since_as_a_dutch_date(member_client):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    colleague = MemberFactory(date_joined=datetime(2026, 6, 26, 14, 0, tzinfo=ZoneInfo("Europe/Amsterdam")))
    content = member_client.get(profile_url(colleague)).content.decode()
    assert '<time datetime="2026-06-26">26 juni 2026</time>' in content


@pytest.mark.django_db
def test_a_profile_shows_expertise_and_interests_apart_read_in_one_query(member_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    armoede, schulden, jeugd = (ThemeFactory(name=name) for name in ("Armoede", "Schulden", "Jeugd"))
    owner = MemberFactory(profile__interests=[schulden, armoede], profile__expertise=[jeugd, armoede])
    with CaptureQueriesContext(connection) as captured:
        html = member_client.get(profile_url(owner)).content.decode()
    expertise = html[html.index('id="expertise-heading"') : html.index('id="interests-heading"')]
    interests = html[html.index('id="interests-heading"') :]
    assert re.findall(r'class="ln-tag"[^>]*>([^<]+)<', expertise) == ["Armoede", "Jeugd"]
    assert re.findall(r'class="ln-tag"[^>]*>([^<]+)<', interests)[:2] == ["Armoede", "Schulden"]
    assert sum("themes_theme" in query["sql"] for query in captured.captured_queries) == 1
