"""Titles and names with bidirectional controls (a right-to-left override, U+202E) must
not turn other people's pages around: removed on input, isolated (and removed) when shown."""

from django.urls import reverse

from forum import services
from forum.models import Thread

RLO = "\u202e"


def test_a_thread_title_with_a_right_to_left_override_is_isolated_and_without_the_control_on_the_home_page(
    client, forum
):
    # Stored before the forms removed the controls: the page still shows it harmlessly.
    services.start_thread(forum["member"], forum["public"], title=f"{RLO}Omgekeerd <b>vet</b>", body="Tekst.")
    client.force_login(forum["trekker"])
    html = client.get("/").content.decode()
    assert RLO not in html
    assert "<bdi>Omgekeerd &lt;b&gt;vet&lt;/b&gt;</bdi>" in html
    assert "<b>vet</b>" not in html


def test_the_thread_list_notifications_and_the_thread_page_isolate_titles_and_names(
    client, forum, django_capture_on_commit_callbacks
):
    forum["member"].first_name = f"Ah{RLO}med"
    forum["member"].last_name = "van 't Erve"  # an apostrophe, escaped on the page
    forum["member"].save()
    thread = services.start_thread(forum["member"], forum["public"], title=f"Vraag{RLO} over toegang", body="?")
    services.set_thread_follow(forum["trekker"], thread, True)
    with django_capture_on_commit_callbacks(execute=True):
        services.reply(forum["member"], thread, body="Nog een bericht.")
    client.force_login(forum["trekker"])
    for url in (forum["public"].get_absolute_url(), thread.get_absolute_url(), reverse("notifications:centre")):
        html = client.get(url).content.decode()
        assert RLO not in html, url
        assert "<bdi>Vraag over toegang</bdi>" in html, url
        assert "<bdi>Ahmed van &#x27;t Erve</bdi>" in html, url


def test_a_new_thread_title_is_stored_without_bidirectional_controls(client, forum):
    client.force_login(forum["member"])
    client.post(
        reverse("forum:thread_new", kwargs={"slug": "toegang"}),
        {"title": f"{RLO}Titel\u2066 met\u2069 isolaten", "body": "Een vraag aan het netwerk.", "themes": []},
    )
    assert Thread.objects.get().title == "Titel met isolaten"


def test_a_title_of_only_controls_is_refused_with_a_clear_message(client, forum):
    client.force_login(forum["member"])
    response = client.post(
        reverse("forum:thread_new", kwargs={"slug": "toegang"}),
        {"title": f"{RLO}\u202c", "body": "Een vraag aan het netwerk.", "themes": []},
    )
    assert not Thread.objects.exists()
    assert "Geef je discussie een titel." in response.content.decode()
