import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailTestUtils  # noqa: F401  (documents where the helpers come from)

from home.models import ContentPage, HomePage
from tests.factories import MemberFactory
from tests.support.cards import card_names


@pytest.fixture
def home(db):
    return HomePage.objects.get()


def add_content_page(parent, title, **fields):
    page = ContentPage(title=title, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_the_site_starts_at_the_home_page_created_by_the_migrations(home, client):
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    response = client.get("/")
    assert response.status_code == 200
    assert response.context["page"].specific == home


def test_page_type_rules(db):
    assert HomePage.parent_page_types == ["wagtailcore.Page"]
    assert HomePage.max_count == 1
    assert set(ContentPage.parent_page_types) == {"home.HomePage", "home.ContentPage"}
    assert HomePage.can_create_at(Page.get_first_root_node()) is False  # there is one already
    assert ContentPage.can_create_at(Page.get_first_root_node()) is False


def test_page_type_rules_hold_in_the_tree(home):
    assert ContentPage.can_create_at(home)
    about = add_content_page(home, "Over het netwerk")
    assert ContentPage.can_create_at(about)
    assert not HomePage.can_create_at(about)


def test_the_html_is_dutch_and_has_skip_link_and_landmarks(home, client):
    content = client.get("/").content.decode()
    assert '<html lang="nl">' in content
    assert 'href="#main">Naar de inhoud</a>' in content
    assert '<main id="main"' in content
    assert '<nav class="ln-main-nav" id="main-menu" aria-label="Hoofdmenu">' in content
    assert "<footer" in content


def test_menu_shows_home_pages_marked_for_the_menu_and_the_member_directory(home, client):
    add_content_page(home, "Over het netwerk", show_in_menus=True)
    add_content_page(home, "Verborgen pagina", show_in_menus=False)
    response = client.get("/over-het-netwerk/")
    content = response.content.decode()
    assert response.status_code == 200
    assert 'aria-current="page">Over het netwerk</a>' in content
    assert ">Leden</a>" in content
    assert "Verborgen pagina" not in content


def test_footer_lists_pages_marked_for_the_footer(home, client):
    add_content_page(home, "Privacyverklaring", show_in_footer=True)
    assert 'href="/privacyverklaring/">Privacyverklaring</a>' in client.get("/").content.decode()


def test_visitors_are_invited_to_join(home, client):
    content = client.get("/").content.decode()
    assert "Word lid van het netwerk" in content
    assert "Welkom" not in content


def test_members_get_a_personal_start_with_their_themes_and_colleagues(home, client):
    from themes.models import Theme

    access = Theme.objects.get(slug="toegang")
    member = MemberFactory(first_name="Sanne", profile__organisation="Gemeente Zwolle", profile__interests=[access])
    MemberFactory(first_name="Pieter", last_name="Groen", profile__expertise=[access])
    MemberFactory(first_name="Ander", last_name="Thema")
    client.force_login(member)

    response = client.get("/")
    content = response.content.decode()
    assert "Welkom, Sanne" in content
    assert "Toegang tot het sociaal domein" in content
    assert card_names(response.context["colleague_cards"]) == ["Pieter Groen"]


def test_home_page_query_count_does_not_grow_with_colleagues(home, client):
    from themes.models import Theme

    access = Theme.objects.get(slug="toegang")
    member = MemberFactory(profile__interests=[access])
    client.force_login(member)

    def count():
        client.get("/")
        with CaptureQueriesContext(connection) as queries:
            client.get("/")
        return len(queries)

    MemberFactory(profile__interests=[access])
    few = count()
    for _ in range(5):
        MemberFactory(profile__interests=[access], roles=["municipal_lead"])
    assert count() == few


def test_unknown_address_shows_the_dutch_404_page(home, client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()


def test_language_can_be_switched_to_english_without_javascript(home, client):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert response.status_code == 302
    content = client.get("/").content.decode()
    assert '<html lang="en">' in content
    assert "Skip to main content" in content


def test_members_see_who_joined_the_network_most_recently(home, client):
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    member = MemberFactory(first_name="Ik", date_joined=now - timedelta(days=30))
    for days, name in [(1, "Nieuwste"), (2, "Tweede"), (3, "Derde"), (9, "Ouder")]:
        MemberFactory(first_name=name, date_joined=now - timedelta(days=days))
    client.force_login(member)
    newest = client.get("/").context["newest_member_cards"]
    assert [name.split()[0] for name in card_names(newest)] == ["Nieuwste", "Tweede", "Derde"]


def test_configure_site_points_the_default_site_at_site_url(home, settings):
    from django.core.management import call_command

    settings.WAGTAILADMIN_BASE_URL = "https://lerendnetwerk.nl"
    call_command("configure_site", verbosity=0)
    assert Site.objects.get(is_default_site=True).root_url == "https://lerendnetwerk.nl"
    assert home.get_full_url() == "https://lerendnetwerk.nl/"


def test_the_menu_reads_practices_knowledge_forum_meetings_members(home, client):
    from wagtail.models import Page

    from tests import pages

    in_menu = [pages.practice_index().pk, pages.event_index().pk]  # tree order: as created
    Page.objects.filter(pk__in=in_menu).update(show_in_menus=True)
    content = client.get("/").content.decode()
    nav = content[content.index('class="ln-main-nav"') :]
    order = [nav.index(f">{title}</a>") for title in ("Lerende praktijken", "Forum", "Bijeenkomsten", "Leden")]
    assert order == sorted(order)


def main_menu_titles(response):
    content = response.content.decode()
    nav = content[content.index('class="ln-main-nav"') : content.index("</nav>", content.index('class="ln-main-nav"'))]
    return re.findall(r'class="ln-main-nav__link"[^>]*>([^<]+)</a>', nav)


def test_in_english_the_main_menu_and_the_breadcrumbs_are_english(home, client):
    """Page titles are the editors' Dutch; the sections of the site have an English name."""
    from tests import pages

    in_menu = [pages.practice_index().pk, pages.knowledge_index().pk, pages.event_index().pk]
    Page.objects.filter(pk__in=in_menu).update(show_in_menus=True)
    lessons = pages.lesson_index()
    client.post(reverse("set_language"), {"language": "en", "next": "/"})

    response = client.get("/")
    assert main_menu_titles(response) == ["Home", "Learning practices", "Knowledge", "Forum", "Meetings", "Members"]
    breadcrumbs = client.get(lessons.url).content.decode()
    assert "><bdi>Knowledge</bdi></a>" in breadcrumbs and "><bdi>Lessons</bdi></a>" in breadcrumbs

    client.post(reverse("set_language"), {"language": "nl", "next": "/"})
    assert main_menu_titles(client.get("/")) == [
        "Home",
        "Lerende praktijken",
        "Kennis",
        "Forum",
        "Bijeenkomsten",
        "Leden",
    ]


def test_the_knowledge_section_has_its_own_menu_with_lessons_and_effective_elements(home, client):
    """Under Kennis, every page of the section shows the section's menu: the overview and
    its children marked for menus (Lessen, Werkzame elementen); the current one marked."""
    from tests import pages

    element_page = pages.element_page(pages.element("vaste-contactpersoon").slug)
    lesson_index = pages.lesson_index()

    content = client.get(element_page.url).content.decode()
    section = content[content.index('class="ln-section-nav"') :]
    section = section[: section.index("</nav>")]
    assert 'aria-label="Sectie Kennis"' in content
    assert f'href="{pages.knowledge_index().url}">Overzicht</a>' in section
    assert f'href="{lesson_index.url}">Lessen</a>' in section
    assert 'aria-current="page">Werkzame elementen</a>' in section  # the element page is below it

    # Outside a section with children in the menu (the home page, the forum): no section menu.
    assert 'class="ln-section-nav"' not in client.get("/").content.decode()
    assert 'class="ln-section-nav"' not in client.get("/forum/").content.decode()
