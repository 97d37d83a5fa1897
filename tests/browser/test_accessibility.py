"""axe-core (WCAG 2.1 A and AA) on every kind of page, as a visitor, a member and a
trekker: the home page, the lists, the detail pages, forms with errors, a forum thread, a
profile, search results, login, and the 403, 404 and 500 pages.

One test per audience, not one per page: each test builds one small site and visits all
its pages, so the database is reset (and Chromium started) three times, not forty. A
failure lists every page with its violations at once.

The 500 page is rendered by Django's own handler (`django.views.defaults.server_error`,
what the server does when a view raises) in this process, and served to the browser by
Playwright at an address of the site (`page.route`), so it loads the site's CSS like the
real one. The site has no view that fails on purpose, and gets none for the tests.
"""

import json
from datetime import date, timedelta

import pytest
from django.test import RequestFactory
from django.utils import timezone, translation
from django.views.defaults import server_error

from forum import services as forum_services
from members.models import ProfileVisibility
from members.roles import Role
from practices.models import ExperienceReport
from tests import pages
from tests.browser.support import axe_violations, expect, in_thread, log_in, start_thread_about_the_fixed_contact
from tests.factories import PASSWORD, MemberFactory, MunicipalityFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SESSION = {"title": "Wat werkt bij toegang", "description": "", "speakers": "Annemieke ter Horst", "room": "Zaal 1"}


class Audit:
    """Runs axe on each page visited and keeps what it finds, per page."""

    def __init__(self, page):
        self.page = page
        self.found = {}

    def check(self, name):
        violations = axe_violations(self.page)
        if violations:
            self.found[name] = violations

    def visit(self, name, url):
        response = self.page.goto(url)
        self.check(name)
        return response

    def assert_clean(self):
        """No violations on any page visited."""
        report = "\n".join(f"{name}:\n  " + "\n  ".join(lines) for name, lines in self.found.items())
        assert not self.found, f"axe found WCAG 2.1 A/AA violations:\n{report}"


def build_site():
    """A little of everything, published; returns the people and pages the tests visit."""
    municipality = MunicipalityFactory(name="Zwolle")
    trekker = MemberFactory(
        first_name="Annemieke",
        last_name="ter Horst",
        email="trekker@zwolle.example",
        roles=[Role.MUNICIPAL_LEAD],
        profile__organisation="Gemeente Zwolle",
        profile__job_title="Projectleider toegang",
        profile__municipality=municipality,
        profile__visibility=ProfileVisibility.PUBLIC,
        profile__interests=[pages.theme("toegang")],
    )
    member = MemberFactory(
        first_name="Sanne",
        last_name="Bakker",
        email="sanne@deventer.example",
        profile__organisation="Gemeente Deventer",
        profile__job_title="Beleidsadviseur Wmo",
        profile__expertise=[pages.theme("eenzaamheid")],
    )
    practice = pages.practice(
        "Eén voordeur in Zwolle",
        municipality=municipality,
        themes=[pages.theme("toegang")],
        elements=[pages.element()],
        leads=[trekker],
    )
    experience = ExperienceReport(
        title="Wat de gespreksleidraad ons leerde",
        body_markdown="We begonnen met een **keukentafelgesprek**.\n\n- Eerst luisteren\n- Dan pas plannen",
        author=trekker,
    )
    practice.add_child(instance=experience)
    experience.save_revision().publish()
    dossier = pages.dossier(
        "eenzaamheid",
        last_reviewed=date(2026, 12, 3),
        sources=[{"kind": "literature", "authors": "Kennisinstituut", "year": 2025, "title": "Overzicht"}],
        gaps=[("Werkt dit ook voor jongeren?", True)],
        elements=[pages.element()],
    )
    element_page = pages.element_page(pages.element().slug)
    lesson = pages.lesson(
        "Een vaste contactpersoon mag doorbeslissen",
        themes=[pages.theme("toegang")],
        practices=[practice],
        dossiers=[dossier],
        elements=[pages.element()],
    )
    start = (timezone.localtime() + timedelta(days=20)).replace(hour=10, minute=0, second=0, microsecond=0)
    meeting = pages.event(
        "Landelijke bijeenkomst: toegang die werkt",
        start=start,
        themes=[pages.theme("toegang")],
        questions=[{"label": "Wat wil je die dag leren?", "required": True}],
        workshops=[
            {"slot": "Ronde 1", "title": "De gesprekskaart", "capacity": 20},
            {"slot": "Ronde 1", "title": "Vaste achtervang", "capacity": 20},
        ],
        practices=[practice],
        capacity_in_person=80,
        programme=json.dumps(
            [{"type": "slot", "value": {"start": "10:00", "end": "10:30", "title": "Opening", "sessions": [SESSION]}}]
        ),
    )
    thread = start_thread_about_the_fixed_contact(trekker, body="Hoe houden jullie dat vol? *Graag* voorbeelden.")
    in_thread(forum_services.reply, member, thread, body="Wij werken met een vaste achtervang.")
    return {
        "member": member,
        "trekker": trekker,
        "practice": practice,
        "experience": experience,
        "lesson": lesson,
        "dossier": dossier,
        "element_page": element_page,
        "meeting": meeting,
        "category": thread.category,
        "thread": thread,
        "municipality": municipality,
    }


def serve_the_500_page(page):
    with translation.override("nl"):
        html = server_error(RequestFactory().get("/")).content
    page.route("**/storing/", lambda route: route.fulfill(status=500, content_type="text/html", body=html))


def test_what_visitors_see_has_no_axe_violations(page):
    site = build_site()
    audit = Audit(page)
    meeting, practice = site["meeting"], site["practice"]
    month = meeting.start.astimezone(timezone.get_current_timezone()).strftime("%Y-%m")
    # (page, address, a text it must show, so that axe does not look at an empty page)
    for name, url, shows in [
        ("home", "/", None),
        ("practices", practice.get_parent().url, practice.title),
        ("practice", practice.url, None),
        ("experience", site["experience"].url, None),
        ("knowledge", site["dossier"].get_parent().url, site["dossier"].title),
        ("lessons", site["lesson"].get_parent().url, site["lesson"].title),
        ("lesson", site["lesson"].url, None),
        ("dossier", site["dossier"].url, None),
        ("effective elements", site["element_page"].get_parent().url, site["element_page"].title),
        ("effective element", site["element_page"].url, practice.title),
        ("application", f"{practice.get_parent().url}aanmelden/", "Werkt dit ook voor jongeren?"),
        ("meetings", meeting.get_parent().url, meeting.title),
        ("meetings month view", f"{meeting.get_parent().url}?weergave=maand&maand={month}", meeting.title),
        ("meetings archive", f"{meeting.get_parent().url}archief/", None),
        ("meeting", meeting.url, None),
        ("forum index", "/forum/", site["category"].name),
        ("municipalities", "/gemeenten/", site["municipality"].name),
        ("municipality", f"/gemeenten/{site['municipality'].slug}/", practice.title),
        ("public profile", f"/leden/{site['trekker'].pk}/", None),
        ("search results", "/zoeken/?q=voordeur", practice.title),
        ("login", "/account/login/", None),
        ("sign-up", "/account/signup/", None),
    ]:
        response = audit.visit(name, url)
        assert response.status == 200, (name, url, response.status)
        if shows:
            expect(page.get_by_role("main")).to_contain_text(shows)

    # Forms with errors.
    page.goto("/account/signup/")
    page.get_by_label("E-mail", exact=True).fill("geen-adres")
    page.get_by_role("main").get_by_role("button", name="Account aanmaken").click()
    expect(page.get_by_role("alert")).to_be_visible()
    audit.check("sign-up with errors")
    page.goto("/account/login/")
    page.get_by_label("E-mail", exact=True).fill(site["member"].email)
    page.get_by_label("Wachtwoord", exact=True).fill("niet-het-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("alert")).to_be_visible()
    audit.check("login with errors")

    assert audit.visit("404", "/bestaat-niet/").status == 404
    serve_the_500_page(page)
    assert audit.visit("500", "/storing/").status == 500
    expect(page.get_by_role("heading", name="Er ging iets mis")).to_be_visible()
    audit.assert_clean()


def test_what_members_see_has_no_axe_violations(page):
    site = build_site()
    log_in(page, site["member"].email, PASSWORD)
    audit = Audit(page)
    trekker, thread = site["trekker"], site["thread"]
    for name, url, shows in [
        ("home (member)", "/", None),
        ("member directory", "/leden/", trekker.get_full_name()),
        ("member directory filtered", "/leden/?theme=toegang", trekker.get_full_name()),
        ("profile", f"/leden/{trekker.pk}/", None),
        ("own profile", "/leden/mijn-profiel/", None),
        ("profile form", f"/leden/{site['member'].pk}/bewerken/", None),
        ("forum index (member)", "/forum/", site["category"].name),
        ("forum category", site["category"].get_absolute_url(), thread.title),
        ("forum thread", thread.get_absolute_url(), trekker.get_full_name()),
        ("meeting (member)", site["meeting"].url, None),
        ("my meetings", "/mijn-bijeenkomsten/", None),
        ("my experiences", "/mijn-ervaringen/", None),
        ("notifications", "/meldingen/", None),
        ("privacy", "/privacy/", None),
        ("account e-mail", "/account/email/", None),
        ("two-factor authentication", "/account/2fa/", None),
    ]:
        response = audit.visit(name, url)
        assert response.status == 200, (name, url, response.status)
        if shows:
            expect(page.get_by_role("main")).to_contain_text(shows)

    # Forms with errors: a meeting registration without the required answer (and no
    # workshop), a new forum thread without a title, the profile without a first name.
    page.goto(site["meeting"].url)
    page.get_by_role("complementary", name="Aanmelden").get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_role("alert")).to_contain_text("Wat wil je die dag leren?")
    audit.check("meeting registration with errors")
    page.goto(f"{site['category'].get_absolute_url()}nieuw/")
    audit.check("new thread form")
    page.get_by_role("button", name="Discussie plaatsen").click()
    expect(page.get_by_role("alert")).to_be_visible()
    audit.check("new thread form with errors")
    page.goto(f"/leden/{site['member'].pk}/bewerken/")
    page.get_by_label("Voornaam").fill("")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("alert")).to_be_visible()
    audit.check("profile form with errors")

    assert audit.visit("403", f"/leden/{site['trekker'].pk}/bewerken/").status == 403
    assert audit.visit("404 (member)", "/leden/999999/").status == 404
    audit.assert_clean()


def test_what_a_trekker_sees_has_no_axe_violations(page):
    site = build_site()
    log_in(page, site["trekker"].email, PASSWORD)
    audit = Audit(page)
    audit.visit("practice (trekker)", site["practice"].url)
    page.goto(f"{site['practice'].url}ervaring-delen/")
    audit.check("experience form")
    page.get_by_label("Titel").fill("Kort")
    page.get_by_role("button", name="Naar de redactie sturen").click()
    expect(page.get_by_role("alert")).to_be_visible()
    audit.check("experience form with errors")
    workspace = f"/praktijken/werkruimte/{site['practice'].pk}/"
    audit.visit("werkruimte", workspace)
    audit.visit("participants", workspace + "deelnemers/")
    audit.visit("edit the practice", workspace + "bewerken/")
    page.locator("#id_start_date").fill("2026-12-31")
    page.locator("#id_end_date").fill("2026-01-01")  # before the start
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("alert")).to_be_visible()
    audit.check("edit the practice with errors")
    audit.assert_clean()
