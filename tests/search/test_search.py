import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from wagtail.models import PageViewRestriction

from home.models import ContentPage, HomePage
from members.models import ProfileVisibility
from practices.models import ExperienceReport
from search.query import highlight, snippet
from tests import pages
from tests.factories import MemberFactory
from tests.support.cards import card_names

SEARCH = reverse("search")


def search(client, **params):
    return client.get(SEARCH, params)


def titles(response):
    return [result["page"].title for result in response.context["results"]]


@pytest.fixture
def content(db):
    home = HomePage.objects.get()
    public = ContentPage(title="Vaste contactpersoon in de wijk", intro="Hoe Deventer de toegang verbeterde.")
    draft = ContentPage(title="Concept over de vaste contactpersoon", live=False)
    private = ContentPage(title="Vertrouwelijk: vaste contactpersoon evaluatie")
    for page in (public, draft, private):
        home.add_child(instance=page)
    public.save_revision().publish()
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    access = pages.theme("toegang")
    practice = pages.practice(
        "Eén voordeur", themes=[access], summary="Eén vaste contactpersoon voor elk huishouden in Zwolle."
    )
    hidden_practice = pages.practice("Verborgen praktijk met vaste contactpersoon", themes=[access], publish=False)
    published = ExperienceReport(title="Ervaring met de vaste contactpersoon", body_markdown="Het werkte goed.")
    practice.add_child(instance=published)
    published.themes.set([access])
    published.save_revision().publish()
    submitted = ExperienceReport(
        title="Ingediende contactpersoon-ervaring", body_markdown="Wacht op de redactie.", live=False
    )
    practice.add_child(instance=submitted)
    lesson = pages.lesson(
        "Een vaste contactpersoon moet kunnen doorbeslissen", themes=[access, pages.theme("integraal-werken")]
    )
    dossier = pages.dossier("eenzaamheid", intro="Een vaste contactpersoon helpt bij eenzaamheid.")
    pages.event("Leernetwerk vaste contactpersoon", themes=[access])
    pages.event("Conceptbijeenkomst vaste contactpersoon", publish=False)
    call_command("update_index", verbosity=0)
    return {"practice": practice, "hidden_practice": hidden_practice, "lesson": lesson, "dossier": dossier}


def test_search_finds_every_public_type_and_nothing_unpublished_or_restricted(client, content):
    found = set(titles(search(client, q="contactpersoon")))
    assert found == {
        "Vaste contactpersoon in de wijk",
        "Eén voordeur",
        "Ervaring met de vaste contactpersoon",
        "Een vaste contactpersoon moet kunnen doorbeslissen",
        "Wat werkt bij eenzaamheid",
        "Leernetwerk vaste contactpersoon",
    }


def test_logged_in_members_do_not_find_unpublished_or_restricted_pages_either(client, content):
    client.force_login(MemberFactory())
    found = set(titles(search(client, q="contactpersoon")))
    assert "Concept over de vaste contactpersoon" not in found
    assert "Vertrouwelijk: vaste contactpersoon evaluatie" not in found
    assert "Ingediende contactpersoon-ervaring" not in found
    assert "Verborgen praktijk met vaste contactpersoon" not in found


def test_type_and_theme_facets_count_and_filter(client, content):
    response = search(client, q="contactpersoon")
    types = {facet.key: facet.count for facet in response.context["outcome"].type_facets}
    assert types == {"praktijk": 1, "ervaring": 1, "les": 1, "dossier": 1, "bijeenkomst": 1, "pagina": 1}
    themes = {facet.key: facet.count for facet in response.context["outcome"].theme_facets}
    assert themes == {"toegang": 4, "integraal-werken": 1, "eenzaamheid": 1}

    assert titles(search(client, q="contactpersoon", type="les")) == [
        "Een vaste contactpersoon moet kunnen doorbeslissen"
    ]
    assert set(titles(search(client, q="contactpersoon", theme="toegang"))) == {
        "Eén voordeur",
        "Leernetwerk vaste contactpersoon",
        "Ervaring met de vaste contactpersoon",
        "Een vaste contactpersoon moet kunnen doorbeslissen",
    }
    both = search(client, q="contactpersoon", type="ervaring", theme="toegang")
    assert titles(both) == ["Ervaring met de vaste contactpersoon"]
    # Each facet counts within the other facet's selection.
    assert {f.key: f.count for f in both.context["outcome"].type_facets} == {
        "praktijk": 1,
        "ervaring": 1,
        "les": 1,
        "bijeenkomst": 1,
    }


def test_results_are_highlighted_and_escaped(client, content):
    response = search(client, q="contactpersoon")
    html = response.content.decode()
    assert "<mark>contactpersoon</mark>" in html
    assert highlight("<b>vaste contactpersoon</b>", ["contactpersoon"]) == (
        "&lt;b&gt;vaste <mark>contactpersoon</mark>&lt;/b&gt;"
    )
    assert "<mark>contactpersoon</mark>" in snippet("x " * 400 + "de vaste contactpersoon hier", ["contactpersoon"])


def test_results_are_paginated(client, content):
    home = HomePage.objects.get()
    for number in range(12):
        page = ContentPage(title=f"Werkzaam element {number}")
        home.add_child(instance=page)
        page.save_revision().publish()
    call_command("update_index", verbosity=0)
    first, second = search(client, q="werkzaam"), search(client, q="werkzaam", page=2)
    assert len(titles(first)) == 10
    assert len(titles(second)) == 2
    assert first.context["outcome"].total == 12


def test_members_find_colleagues_by_name_visitors_do_not(client, content):
    MemberFactory(first_name="Gerrit", last_name="Contactpersoon", profile__visibility=ProfileVisibility.PUBLIC)
    MemberFactory(first_name="Gerda", last_name="Contactpersoon", profile__visibility=ProfileVisibility.MEMBERS)
    assert "member_cards" not in search(client, q="gerrit").context

    client.force_login(MemberFactory())
    cards = search(client, q="contactpersoon").context["member_cards"]
    assert set(card_names(cards)) == {"Gerrit Contactpersoon", "Gerda Contactpersoon"}


def test_empty_and_odd_queries_are_harmless(client, content):
    assert search(client).status_code == 200
    assert "results" not in search(client, q="   ").context
    for odd in ['"', 'a"b', "AND OR NOT", "a" * 5000, "<script>alert(1)</script>", "%", "\\", "a:b", "*", "(("]:
        response = search(client, q=odd, type="onbekend", theme="<x>", page="-1")
        assert response.status_code == 200
        assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize("raw_query", ["q=%00", "q=contactpersoon%00", "q=%E2%80%AE%00x", "theme=%00&q=wijk"])
def test_control_characters_in_a_query_are_left_out_of_the_search(member_client, content, raw_query):
    response = member_client.get(f"{SEARCH}?{raw_query}")
    assert response.status_code == 200
    assert "\x00" not in response.context["search_query"]
    assert "\u202e" not in response.context["search_query"]


def test_a_query_with_a_control_character_finds_what_the_words_find(client, content):
    assert titles(client.get(f"{SEARCH}?q=vaste%00contactpersoon")) == titles(search(client, q="vaste contactpersoon"))


def test_members_find_discussions_they_may_read_and_never_closed_ones_of_others(client, content):
    from forum import services
    from forum.models import Category
    from tests.factories import MemberFactory as Members

    author = Members()
    public = Category.objects.create(name="Toegang", slug="toegang-zoek")
    services.start_thread(author, public, title="Contactpersoon bij verhuizing", body="Hoe regelen jullie dat?")
    space = services.ensure_practice_space(content["practice"])
    staff = Members(roles=["editor"])
    services.start_thread(staff, space, title="Besloten contactpersoon-overleg", body="Intern")

    assert "thread_results" not in search(client, q="contactpersoon").context
    client.force_login(Members())
    found = [thread.title for thread in search(client, q="contactpersoon").context["thread_results"]]
    assert found == ["Contactpersoon bij verhuizing"]
    client.force_login(staff)
    found = {thread.title for thread in search(client, q="contactpersoon").context["thread_results"]}
    assert found == {"Contactpersoon bij verhuizing", "Besloten contactpersoon-overleg"}


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Stemming is PostgreSQL's full-text search; SQLite's index has none (CI runs the suite on PostgreSQL too)",
)
def test_dutch_words_are_stemmed_so_schulden_finds_schuld(client, db):
    """The index and the query are stemmed as Dutch (SEARCH_CONFIG 'dutch'): a plural finds
    the singular and back; with the server's default English stemming neither would."""
    home = HomePage.objects.get()
    page = ContentPage(title="Vroeg erbij bij schuld", intro="Wat werkt bij betalingsachterstanden.")
    home.add_child(instance=page)
    page.save_revision().publish()
    plural = ContentPage(title="Gesprekken over rondkomen", intro="Over huurachterstanden en gesprekken thuis.")
    home.add_child(instance=plural)
    plural.save_revision().publish()
    call_command("update_index", verbosity=0)

    assert titles(search(client, q="schulden")) == ["Vroeg erbij bij schuld"]
    assert "Gesprekken over rondkomen" in titles(search(client, q="gesprek"))


@pytest.fixture
def discussions(db):
    """A public discussion, one in a practice's closed space and one in a network's closed
    discussions, each found by a word in a reply (not in its title), and people in every
    role."""
    from forum import services
    from forum.models import Category
    from members.roles import Role

    participant, network_member = MemberFactory(), MemberFactory()
    practice = pages.practice("Eén voordeur", participants=[participant])
    network = pages.network("Armoede samen aanpakken", members=[network_member])
    author = MemberFactory(roles=[Role.EDITOR])
    threads = {}
    for key, category in {
        "public": Category.objects.create(name="Toegang", slug="toegang-zoek"),
        "practice": services.ensure_practice_space(practice),
        "network": services.ensure_network_space(network),
    }.items():
        thread = services.start_thread(author, category, title=f"Overleg {key}", body="Hoe pakken jullie dit aan?")
        services.reply(author, thread, body=f"Bij ons werkt een vaste contactpersoon bij schuldhulp ({key}).")
        threads[key] = thread.title
    return {
        "threads": threads,
        "participant": participant,
        "network_member": network_member,
        "outsider": MemberFactory(),
        "editor": author,
        "moderator": MemberFactory(roles=[Role.MODERATOR]),
    }


def found_discussions(client, query):
    return {thread.title for thread in search(client, q=query).context["thread_results"]}


@pytest.mark.parametrize(
    ("role", "spaces"),
    [
        ("outsider", {"public"}),
        ("participant", {"public", "practice"}),
        ("network_member", {"public", "network"}),
        ("editor", {"public", "practice", "network"}),
        ("moderator", {"public", "practice", "network"}),
    ],
)
def test_discussions_are_found_by_the_words_of_their_posts_in_the_spaces_the_role_may_read(
    client, discussions, role, spaces
):
    client.force_login(discussions[role])
    assert found_discussions(client, "vaste contactpersoon") == {discussions["threads"][key] for key in spaces}


def test_visitors_find_no_discussions_at_all(client, discussions):
    response = search(client, q="contactpersoon")
    assert "thread_results" not in response.context
    assert "Overleg" not in response.content.decode()


def test_hidden_and_deleted_posts_do_not_make_a_discussion_found(client, discussions):
    from forum import services
    from forum.models import Post

    editor = discussions["editor"]
    reply = Post.objects.get(thread__title=discussions["threads"]["public"], is_opening=False)
    services.set_post_hidden(discussions["moderator"], reply, True, reason="Off-topic")
    client.force_login(discussions["outsider"])
    assert found_discussions(client, "contactpersoon") == set()

    services.set_post_hidden(discussions["moderator"], reply, False)
    assert found_discussions(client, "contactpersoon") == {discussions["threads"]["public"]}
    services.delete_post(editor, reply)
    assert found_discussions(client, "contactpersoon") == set()


def test_an_edited_post_is_found_by_its_new_words_only(client, discussions):
    from forum import services
    from forum.models import Post

    reply = Post.objects.get(thread__title=discussions["threads"]["public"], is_opening=False)
    services.edit_post(discussions["editor"], reply, body="Wij werken met een wijkteam.")
    client.force_login(discussions["outsider"])
    assert found_discussions(client, "contactpersoon") == set()
    assert found_discussions(client, "wijkteam") == {discussions["threads"]["public"]}


def test_a_discussion_is_found_by_the_words_of_its_title(client, discussions):
    client.force_login(discussions["outsider"])
    assert found_discussions(client, "overleg public") == {discussions["threads"]["public"]}


def test_a_discussion_is_found_by_words_spread_over_its_title_and_posts(client, discussions):
    """A discussion is one text: its title and its visible posts together hold the words."""
    client.force_login(discussions["outsider"])
    assert found_discussions(client, "overleg schuldhulp") == {discussions["threads"]["public"]}
    assert found_discussions(client, "pakken contactpersoon") == {discussions["threads"]["public"]}
    assert found_discussions(client, "overleg wijkteam") == set()


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Stemming is PostgreSQL's full-text search; SQLite's fallback matches words as typed",
)
def test_posts_are_stemmed_as_dutch_and_searched_through_the_discussions_gin_index(client, discussions):
    """A plural finds the singular ('contactpersonen' the post saying 'contactpersoon');
    stems match whole words, so 'schulden' does not find 'schuldhulp'. The discussions'
    words are one GIN-indexed vector each (forum.models.ThreadWords)."""
    from forum.models import ThreadWords

    client.force_login(discussions["outsider"])
    assert found_discussions(client, "contactpersonen") == {discussions["threads"]["public"]}
    assert found_discussions(client, "schulden") == set()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = %s AND indexdef LIKE %s",
            [ThreadWords._meta.db_table, "%USING gin (words)%"],
        )
        assert cursor.fetchall()
