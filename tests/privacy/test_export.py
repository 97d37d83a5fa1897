"""Export my data: a ZIP with the member's own data only, readable without scripts."""

import io
import json
import zipfile
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from forum import services as forum_services
from forum.services import ensure_practice_space
from notifications import services as notification_services
from practices.models import PracticeMembership
from privacy.export import sections
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


def download(client, member):
    client.force_login(member)
    response = client.post(reverse("privacy:export"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith('attachment; filename="lerend-netwerk-mijn-gegevens-')
    assert "no-store" in response["Cache-Control"]
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    return {name: archive.read(name) for name in archive.namelist()}


def test_the_export_holds_her_own_data_in_json_and_a_readable_index(client, world):
    files = download(client, world["xantippe"])

    expected = {"index.html", *(section.filename for section in sections())}
    assert expected <= set(files)
    data = {name[:-5]: json.loads(content) for name, content in files.items() if name.endswith(".json")}

    assert data["account"]["email"] == "xantippe@zwerfkei.example"
    assert data["account"]["last_name"] == "Zwerfkei"
    assert data["profile"]["organisation"] == "Gemeente Zwerfkei-Oost"
    assert data["profile"]["themes_of_interest"] == ["Toegang tot het sociaal domein"]
    assert data["email_addresses"] == [{"email": "xantippe@zwerfkei.example", "verified": True, "primary": True}]
    photo_path = data["profile"]["photo"]
    assert photo_path.startswith("photo/") and files[photo_path][:4] == b"\x89PNG"

    assert [thread["title"] for thread in data["forum_threads"]] == ["Hoe organiseer je brede vraagverheldering?"]
    texts = [post["text"] for post in data["forum_posts"]]
    assert texts == ["Wie heeft ervaring hiermee?", "Dank je wel, @lid! Ik probeer het."]
    assert data["forum_posts"][1]["earlier_versions"][0]["text"] == "Dank je!"
    assert data["forum_posts"][1]["in_reply_to_post_number"] == world["his_reply"].sequence
    assert [reaction["reaction"] for reaction in data["forum_reactions"]] == ["Eens"]
    assert [category["name"] for category in data["forum_follows"]["categories"]] == ["Toegang"]
    assert [report["reason"] for report in data["forum_reports"]] == ["Dit lijkt reclame."]

    (upcoming, past) = sorted(data["registrations"], key=lambda registration: registration["start"], reverse=True)
    assert upcoming["answers"] == [{"question": "Dieetwensen", "answer": "Geen noten"}]
    assert upcoming["status"] == "Bevestigd"
    assert past["on_the_attendee_list"] is True
    assert data["calendar_feed"]["has_personal_feed"] is True
    assert data["consents"]["profile_visibility"] == "Alleen leden van het netwerk"
    assert [entry["shown"] for entry in data["consents"]["attendee_lists"]] == [True, False]

    notifications = {notification["kind"]: notification for notification in data["notifications"]}
    assert sorted(notifications) == ["mention", "reaction"]  # he mentioned her and reacted to her question
    assert "Hoe organiseer je brede vraagverheldering?" in notifications["mention"]["description"]
    assert notifications["reaction"]["description"] == (
        "Reacties op je bericht in de discussie “Hoe organiseer je brede vraagverheldering?”."
    )
    assert data["notification_preferences"]["saved"] is True

    titles = sorted(experience["title"] for experience in data["experiences"])
    assert titles == ["Nog niet af", "Wat de keukentafel ons leerde"]
    assert [m["role"] for m in data["practice_memberships"]] == ["Trekker"]
    (request,) = data["associate_membership_requests"]
    assert request["note_to_you"] == "Welkom!" and "decided_by" not in request
    (application,) = data["practice_applications"]
    assert application["telephone"] == "06-12345678" and "notes" not in application

    index = files["index.html"].decode()
    assert "Xantippe" in index and "Geen noten" in index and "Dank je wel" in index
    assert_no_scripts(index)


def test_nothing_of_the_other_member_is_in_her_export(client, world):
    files = download(client, world["xantippe"])

    for name, content in files.items():
        if name.startswith("photo/"):
            continue
        text = content.decode().lower()
        for needle in ("bartholomeus", "quistwater", "bart@"):
            assert needle not in text, f"{needle} in {name}"


def test_and_nothing_of_her_is_in_his_export(client, world):
    files = download(client, world["bart"])

    assert json.loads(files["account.json"])["last_name"] == "Quistwater"
    for name, content in files.items():
        text = content.decode().lower()
        for needle in ("xantippe", "zwerfkei"):
            assert needle not in text, f"{needle} in {name}"


def test_a_notification_from_a_practice_she_left_is_exported_without_the_discussion(client, world):
    space = ensure_practice_space(world["practice"])
    closed = forum_services.start_thread(world["bart"], space, title="Besloten begrotingsoverleg", body="Intern.")
    mention = forum_services.reply(world["bart"], closed, body=f"Wat vind jij, @{world['xantippe'].mention_handle}?")
    notification_services.notify_about_post(mention.pk)
    PracticeMembership.objects.filter(member=world["xantippe"]).delete()

    data = json.loads(download(client, world["xantippe"])["notifications.json"])

    assert len(data) == 3  # his mention and reaction in public, the mention in the closed space
    left_behind = data[-1]
    assert left_behind["kind"] == "mention" and left_behind["url"] == ""
    assert left_behind["description"] == "Een melding over een discussie die je niet meer kunt lezen."
    assert "Besloten begrotingsoverleg" not in json.dumps(data)
    assert "Hoe organiseer je brede vraagverheldering?" in data[0]["description"]


def test_a_member_with_no_activity_gets_an_export_too(client):
    files = download(client, MemberFactory())

    assert json.loads(files["forum_posts.json"]) == []
    assert json.loads(files["profile.json"])["photo"] is None
    assert not any(name.startswith("photo/") for name in files)


def test_the_export_page_explains_and_asks_for_a_click(client):
    assert client.get(reverse("privacy:export")).status_code == 302  # log in first
    client.force_login(MemberFactory())
    response = client.get(reverse("privacy:export"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'method="post"' in html and "Content-Disposition" not in response
    assert_no_scripts(html, allow_site_scripts=True)


def assert_no_scripts(html, allow_site_scripts=False):
    """No inline script, no on* handlers, no style attributes (the site's own script
    files are allowed on site pages)."""
    found = []

    class Inspector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            attributes = dict(attrs)
            if tag == "script" and not (allow_site_scripts and attributes.get("src", "").startswith("/static/")):
                found.append("script")
            if tag == "style":
                found.append("style")
            for name, value in attrs:
                if name.startswith("on") or name == "style" or (value or "").lower().startswith("javascript:"):
                    found.append(f"{tag}[{name}]")

    Inspector().feed(html)
    assert found == []


def test_the_privacy_page_is_linked_from_the_profile_form_and_links_onwards(client, member):
    client.force_login(member)
    profile_form = client.get(reverse("members:profile_edit", kwargs={"member_id": member.pk})).content.decode()
    assert f'href="{reverse("privacy:overview")}"' in profile_form

    response = client.get(reverse("privacy:overview"))
    assert response.status_code == 200
    html = response.content.decode()
    for name in ("privacy:export", "privacy:delete_account", "notifications:preferences"):
        assert f'href="{reverse(name)}"' in html
    assert "30" in html  # the retention period of unverified accounts
    assert_no_scripts(html, allow_site_scripts=True)
