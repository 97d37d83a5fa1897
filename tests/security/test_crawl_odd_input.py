"""No odd value in a query string makes any page answer 500.

The crawl visits every GET route of the site: every URL pattern of ours (from Django's
resolver; the Wagtail admin only where the view is ours), every page type of the Wagtail
tree and each page's own routes. For each it sends odd values (NUL, a right-to-left
override, bytes that are not UTF-8, 20-digit and negative numbers, impossible months,
long text, a parameter given twice …) for

- every parameter that the site's own pages use for it: the fields of GET forms and the
  query strings of links found on any crawled page, one parameter at a time with the
  others kept as the page had them (so that `maand` is tried together with
  `weergave=maand`, as the month view's links send it); each parameter of a path once, in
  the first combination a page sends it in (a listing's `p` comes with every ordering and
  filter link of the admin: trying it with each of them took minutes and found nothing new);
- every parameter name our code reads from request.GET (found in the source), all at once.

It runs as a visitor, as a logged-in member (a practice lead) and, for our own admin
screens, as an editor who passed the second factor. Any 500 fails the test with the URL
and the error. A pattern with arguments needs sample arguments in ROUTE_ARGUMENTS, and
every page type must be in the crawled tree: the tests below fail when one is missing.
"""

import re
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qsl, quote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, get_page_models

from events import services as event_services
from events.models import Registration
from events.services import Choice
from figures import startanalysis
from forum import services as forum_services
from home.models import ContentPage
from members.roles import Role
from networks import membership as network_membership
from networks import shelf as network_shelf
from notifications import services as notification_services
from practices import learning, team
from practices.models import ExperienceReport, LearningQuestion, PracticeApplication, PracticeRole
from tests import pages
from tests.factories import MemberFactory, MunicipalityFactory
from tests.security.test_access_matrix import build_world
from tests.support.second_factor import client_with_second_factor

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)
OUR_APPS = {app.split(".")[0] for app in settings.INSTALLED_APPS if (ROOT / app.split(".")[0]).is_dir()} | {
    "lerendnetwerk"
}

ARRAY = object()  # the parameter twice: ?x=1&x=2
ODD_VALUES = [
    "%00",  # NUL (PostgreSQL refuses it in any string)
    "%E2%80%AE%00x",  # right-to-left override and NUL
    "%E2%80%AE",
    "%FF",  # not UTF-8
    "99999999999999999999",  # 20 digits: beyond a 64-bit integer
    "-1",
    "%C2%B2",  # "²": a digit to str.isdigit(), not to int()
    "0",
    "1e309",  # infinity as a float
    "9999-12",  # months at the edge of what a date can hold
    "1-1",
    "99999999999999999999-01",
    "%27%22%3C%3E%5C",  # quotes, angle brackets, backslash
    "x" * 3000,
    "",
    ARRAY,
]

# Sample arguments for every URL pattern that has some, by the pattern's name.
ROUTE_ARGUMENTS = {
    "members:profile": lambda w: {"member_id": w["trekker"].pk},
    "members:profile_edit": lambda w: {"member_id": w["trekker"].pk},
    "practices:experience_edit": lambda w: {"experience_id": w["experience"].pk},
    "practices:experience_preview": lambda w: {"experience_id": w["experience"].pk},
    "practices:edit_working": lambda w: {"practice_id": w["practice"].pk},
    "practices:learning_questions": lambda w: {"practice_id": w["practice"].pk},
    "practices:learning_question_edit": lambda w: {
        "practice_id": w["practice"].pk,
        "question_id": w["learning_question"].pk,
    },
    "practices:learning_question_remove": lambda w: {
        "practice_id": w["practice"].pk,
        "question_id": w["learning_question"].pk,
    },
    "practices:reflections": lambda w: {"practice_id": w["practice"].pk},
    "practices:reflection_write": lambda w: {"practice_id": w["practice"].pk},
    "practices:reflection_to_experience": lambda w: {
        "practice_id": w["practice"].pk,
        "reflection_id": w["reflection"].pk,
    },
    "practices:evaluation": lambda w: {"practice_id": w["practice"].pk},
    "startanalysis:practice": lambda w: {"practice_id": w["practice"].pk},
    "startanalysis:detail": lambda w: {"analysis_id": w["prepared_start_analysis"].pk},
    "startanalysis:attach": lambda w: {"analysis_id": w["prepared_start_analysis"].pk},
    "municipalities:detail": lambda w: {"slug": w["practice"].municipality.slug},
    "municipalities:figures_csv": lambda w: {"slug": w["practice"].municipality.slug},
    "forum:reply": lambda w: {"thread_id": w["public_thread"].pk},
    "forum:thread_follow": lambda w: {"thread_id": w["public_thread"].pk},
    "forum:thread_moderate": lambda w: {"thread_id": w["public_thread"].pk},
    "forum:thread_state": lambda w: {"thread_id": w["public_thread"].pk},
    "forum:thread": lambda w: {"thread_id": w["public_thread"].pk, "slug": w["public_thread"].slug},
    "forum:post_edit": lambda w: {"post_id": w["reply"].pk},
    "forum:post_delete": lambda w: {"post_id": w["reply"].pk},
    "forum:post_history": lambda w: {"post_id": w["reply"].pk},
    "forum:post_report": lambda w: {"post_id": w["reply"].pk},
    "forum:post_react": lambda w: {"post_id": w["reply"].pk},
    "forum:post_answer": lambda w: {"post_id": w["reply"].pk},
    "forum:post_moderate": lambda w: {"post_id": w["reply"].pk},
    "forum:category": lambda w: {"slug": w["public"].slug},
    "forum:thread_new": lambda w: {"slug": w["public"].slug},
    "forum:category_follow": lambda w: {"slug": w["public"].slug},
    "notifications:open": lambda w: {"notification_id": w["notification"].pk},
    "notifications:unsubscribe": lambda w: {"token": w["unsubscribe_token"]},
    "events:personal_feed": lambda w: {"token": w["calendar_token"]},
    "events:cancel_by_link": lambda w: {"token": event_services.cancel_token(w["guest_registration"])},
    "events:guest_confirm": lambda w: {"token": event_services.guest_confirm_token(w["guest_registration"])},
    "events:evaluation": lambda w: {"event_id": w["evaluated_event"].pk},
    "events:evaluation_results": lambda w: {"event_id": w["evaluated_event"].pk},
    "events:evaluation_results_csv": lambda w: {"event_id": w["evaluated_event"].pk},
    "account_confirm_email": lambda w: {"key": "onbekende-sleutel"},
    "account_reset_password_from_key": lambda w: {"uidb36": "1", "key": "onbekend"},
    "wagtaildocs_serve": lambda w: (1, "document.pdf"),
    "wagtaildocs_authenticate_with_password": lambda w: {"restriction_id": 1},
    "wagtailcore_authenticate_with_password": lambda w: {"page_view_restriction_id": 1, "page_id": 1},
    "forum_handle_report": lambda w: {"report_id": 1},
    "events:organise_for_network": lambda w: {"network_id": w["network"].pk},
    "events:organise_series_for_network": lambda w: {"network_id": w["network"].pk},
    "events:organise_add_session": lambda w: {"series_id": w["series"].pk},
    "events:organise_for_practice": lambda w: {"practice_id": w["practice"].pk},
    "events:practice_meetings": lambda w: {"practice_id": w["practice"].pk},
    "events:organise_change": lambda w: {"event_id": w["event"].pk},
    "events:organise_cancel": lambda w: {"event_id": w["event"].pk},
    "events:organise_attendees": lambda w: {"event_id": w["event"].pk},
    "events:organise_attendees_csv": lambda w: {"event_id": w["event"].pk},
    "events:organise_set_present": lambda w: {"event_id": w["event"].pk, "registration_id": w["registration"].pk},
    "events:organise_message": lambda w: {"event_id": w["event"].pk},
    "events:organise_evaluation": lambda w: {"event_id": w["event"].pk},
    "events_admin:attendees": lambda w: {"event_id": w["event"].pk},
    "events_admin:export": lambda w: {"event_id": w["event"].pk, "file_format": "csv"},
    "events_admin:add": lambda w: {"event_id": w["event"].pk},
    "events_admin:remove": lambda w: {"event_id": w["event"].pk, "registration_id": w["registration"].pk},
    "events_admin:checkin": lambda w: {"event_id": w["event"].pk},
    "events_admin:set_present": lambda w: {"event_id": w["event"].pk, "registration_id": w["registration"].pk},
    "associatemembershiprequest:edit": lambda w: {"pk": 1},
    "practiceapplication:edit": lambda w: {"pk": w["application"].pk},
    "practiceapplication:accept": lambda w: {"pk": w["application"].pk},
    "practiceapplication:decline": lambda w: {"pk": w["application"].pk},
    "practices:workspace": lambda w: {"practice_id": w["practice"].pk},
    "practices:participants": lambda w: {"practice_id": w["practice"].pk},
    "practices:invite": lambda w: {"practice_id": w["practice"].pk},
    "practices:change_role": lambda w: {
        "practice_id": w["practice"].pk,
        "membership_id": w["participant_membership"].pk,
    },
    "practices:remove_participant": lambda w: {
        "practice_id": w["practice"].pk,
        "membership_id": w["participant_membership"].pk,
    },
    "practices:withdraw_invitation": lambda w: {"practice_id": w["practice"].pk, "invitation_id": w["invitation"].pk},
    "practices:invitation": lambda w: {"token": w["invitation"].token},
    "event_member_chooser:chosen": lambda w: {"pk": w["trekker"].pk},
    "learned:network": lambda w: {"network_id": w["network"].pk},
    "networks:join": lambda w: {"network_id": w["network"].pk},
    "networks:request": lambda w: {"network_id": w["network"].pk},
    "networks:withdraw_request": lambda w: {"network_id": w["network"].pk},
    "networks:leave": lambda w: {"network_id": w["network"].pk},
    "networks:accept": lambda w: {"network_id": w["network"].pk},
    "networks:manage": lambda w: {"network_id": w["network"].pk},
    "networks:decide": lambda w: {"network_id": w["network"].pk, "request_id": w["network_request"].pk},
    "networks:invite": lambda w: {"network_id": w["network"].pk},
    "networks:withdraw_invitation": lambda w: {
        "network_id": w["network"].pk,
        "invitation_id": w["network_invitation"].pk,
    },
    "networks:change_role": lambda w: {"network_id": w["network"].pk, "membership_id": w["network_membership"].pk},
    "networks:remove_member": lambda w: {"network_id": w["network"].pk, "membership_id": w["network_membership"].pk},
    "networks:shelf_add": lambda w: {"network_id": w["network"].pk},
    "networks:shelf_remove": lambda w: {"network_id": w["network"].pk, "item_id": w["shelf_item"].pk},
    "networks:invitation": lambda w: {"token": w["network_invitation"].token},
    "networkmembership:delete": lambda w: {"pk": w["network_membership"].pk},
    "networkinvitation:delete": lambda w: {"pk": w["network_invitation"].pk},
}
# The Wagtail pages' own routes with arguments, by page type and route name.
PAGE_ROUTE_ARGUMENTS = {
    ("EventIndexPage", "theme_feed"): lambda w: {"theme_slug": "toegang"},
    ("EventIndexPage", "series"): lambda w: {"series_id": w["series"].pk},
    ("EventIndexPage", "series_register"): lambda w: {"series_id": w["series"].pk},
    ("EventIndexPage", "series_cancel"): lambda w: {"series_id": w["series"].pk},
}
# Served through the pages of the tree (crawled page by page), or not ours to answer.
NOT_A_ROUTE_OF_ITS_OWN = {"home", "wagtail_serve"}

# How our code reads a query parameter: request.GET.get("x"), request.GET["x"], "x" in request.GET.
GET_KEY = re.compile(
    r"""\bGET(?:\.get|\.getlist)?\(\s*["']([^"']+)["']"""
    r"""|\bGET\[\s*["']([^"']+)["']\s*\]"""
    r"""|["']([^"']+)["']\s+(?:not\s+)?in\s+(?:self\.)?request\.GET\b"""
)


def parameters_read_by_our_code():
    names = set()
    for app in OUR_APPS:
        for source in (ROOT / app).rglob("*.py"):
            if "migrations" in source.parts:
                continue
            for match in GET_KEY.finditer(source.read_text()):
                names.add(next(group for group in match.groups() if group))
    return names | {"next"}  # allauth's, on the account pages


def our_url_patterns():
    """(qualified name, whole route, is admin) for every URL pattern that is a route of its own."""

    def walk(patterns, prefix, namespaces):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                namespace = (*namespaces, entry.namespace) if entry.namespace else namespaces
                yield from walk(entry.url_patterns, prefix + str(entry.pattern), namespace)
            elif isinstance(entry, URLPattern):
                yield prefix + str(entry.pattern), ":".join((*namespaces, entry.name or "")), entry

    for route, name, pattern in walk(get_resolver().url_patterns, "", ()):
        if name in NOT_A_ROUTE_OF_ITS_OWN:
            continue
        callback = pattern.callback
        module = getattr(getattr(callback, "view_class", callback), "__module__", "") or ""
        is_admin = route.startswith("admin/")
        if is_admin and module.split(".")[0] not in OUR_APPS:
            continue  # Wagtail's own admin screens
        yield name, route, is_admin


def needs_arguments(route):
    """Whether the route, with the prefixes it is included under, takes arguments."""
    return "<" in route or "(" in route


def route_url(name, route, world):
    if not needs_arguments(route):
        return reverse(name)
    arguments = ROUTE_ARGUMENTS[name](world)
    if isinstance(arguments, tuple):
        return reverse(name, args=arguments)
    return reverse(name, kwargs=arguments)


def page_urls(world):
    """Every live page of the tree and each of its own routes."""
    urls = []
    for page in Page.objects.live().exclude(depth=1).specific():
        urls.append(page.url)
        if isinstance(page, RoutablePageMixin):
            for route in page.get_subpage_urls():
                if route.name == "index_route" or str(route.pattern) == "":
                    continue
                if route.pattern.regex.groups:
                    arguments = PAGE_ROUTE_ARGUMENTS[(type(page).__name__, route.name)](world)
                    urls.append(page.url + page.reverse_subpage(route.name, kwargs=arguments))
                else:
                    urls.append(page.url + page.reverse_subpage(route.name))
    return urls


def meeting_series(coordinator, network):
    """A series of two sessions of the network, for its own members."""
    from datetime import timedelta

    from django.utils import timezone

    from events import organising

    start = timezone.now() + timedelta(days=40)
    details = organising.MeetingDetails(
        title="Leerreeks toegang", summary="Twee sessies.", start=None, end=None, venue="Zwolle", capacity=5
    )
    sessions = [
        organising.SessionTimes(start + timedelta(days=days), start + timedelta(days=days, hours=2)) for days in (0, 14)
    ]
    made, _sessions, _outcome = organising.create_series(coordinator, details, sessions, network=network)
    return made


def build_crawl_world():
    """Something of every kind, so that each route and page type has a real object."""
    world = build_world()
    world["reply"] = forum_services.reply(world["member"], world["public_thread"], body="Een reactie.")
    content = ContentPage(title="Over het netwerk", intro="Wie we zijn.")
    pages.home().add_child(instance=content)
    content.save_revision().publish()
    experience = ExperienceReport(title="Gedeelde ervaring", body_markdown="Tekst.", author=world["trekker"])
    world["practice"].add_child(instance=experience)
    experience.save_revision().publish()
    lesson = pages.lesson("Een les uit de praktijk", themes=[pages.theme("toegang")])
    pages.dossier("eenzaamheid", gaps=[("Wat weten we nog niet?", True)], elements=[pages.element()])
    pages.element_page(pages.element().slug)
    world["lesson"] = lesson
    open_event = pages.event("Open bijeenkomst", capacity_in_person=5, audience="open")
    world["guest_registration"] = event_services.request_guest_registration(
        open_event, "Gast", "gast@example.org", Choice()
    )
    world["calendar_token"] = event_services.calendar_token_for(world["trekker"]).token
    # A meeting that has ended, with an evaluation the member and the trekker attended.
    from events.evaluation_records import EvaluationQuestion, StandardQuestion

    evaluated = pages.event(
        "Geëvalueerde bijeenkomst", start=timezone.now() - timedelta(days=2), evaluation_enabled=True
    )
    for position, standard in enumerate(StandardQuestion):
        EvaluationQuestion.objects.create(event=evaluated, standard=standard, sort_order=position)
    for attendee in (world["member"], world["trekker"]):
        Registration.objects.create(
            event=evaluated, member=attendee, name=attendee.first_name, email=attendee.email, status="confirmed"
        )
    world["evaluated_event"] = evaluated
    world["unsubscribe_token"] = notification_services.unsubscribe_token(world["trekker"], "replies")
    world["editor"] = MemberFactory(first_name="Redactie", email="crawl-redactie@example.org", roles=[Role.EDITOR])
    world["application"] = PracticeApplication.objects.create(
        municipality=world["practice"].municipality,
        contact_name="Petra",
        contact_email="petra@gemeente.example",
        learning_questions="Hoe?",
    )
    question = LearningQuestion.objects.create(practice=world["practice"], text="Hoe doen we dat dan?")
    world["learning_question"] = question
    world["reflection"] = learning.write_reflection(world["trekker"], world["practice"], answers={question: "Zo."})
    world["invitation"] = team.invite(
        world["trekker"], world["practice"], "nieuw@gemeente.example", PracticeRole.ADVISER
    )
    # A learning network with a member, a waiting request, an invitation and a shelf.
    network = pages.network(
        "Toegang en integraal werken", themes=[pages.theme("toegang")], coordinators=[world["trekker"]]
    )
    world["network"] = network
    world["network_membership"] = network.memberships.create(member=world["participant"])
    world["network_request"] = network_membership.request_membership(world["member"], network, "Graag!")
    world["network_invitation"] = network_membership.invite(world["trekker"], network, "nieuw@netwerk.example")
    world["shelf_item"] = network_shelf.add_to_shelf(world["trekker"], network, lesson)
    world["series"] = meeting_series(world["trekker"], network)
    startanalysis.begin_for_practice(world["trekker"], world["practice"])
    world["prepared_start_analysis"] = startanalysis.begin_for_municipality(
        world["trekker"], MunicipalityFactory(name="Voorbereidgemeente")
    )
    return world


class Crawl:
    """Visits the routes as one person and keeps every 500 it meets."""

    def __init__(self, client, parameter_names):
        self.client = client
        self.client.raise_request_exception = False
        self.parameter_names = sorted(parameter_names)
        self.templates = {}  # path -> {frozenset of names: [(name, value), …]}
        self.paths = set()
        self.failures = []

    def get(self, url):
        response = self.client.get(url)
        if response.status_code >= 500:
            error = response.exc_info[1] if getattr(response, "exc_info", None) else ""
            self.failures.append(f"GET {url[:200]} -> {response.status_code} {type(error).__name__}: {error}"[:400])
        return response

    def discover(self, url):
        """The query parameters the page at `url` sends to itself and to other pages; returns
        the URLs that use a new combination of them, to be discovered in turn (the month
        view's links are only on the month view)."""
        response = self.get(url)
        if "text/html" not in response.get("Content-Type", "") or not hasattr(response, "content"):
            return []
        soup = BeautifulSoup(response.content, "html.parser")
        found = []
        for link in soup.find_all(["a", "link"], href=True):
            target = urlsplit(urljoin("http://testserver" + url, link["href"]))
            if target.netloc == "testserver" and target.query:
                found += self._remember(target.path, parse_qsl(target.query, keep_blank_values=True))
        for form in soup.find_all("form"):
            if form.get("method", "get").lower() != "get":
                continue
            target = urlsplit(urljoin("http://testserver" + url, form.get("action") or url))
            fields = []
            for field in form.find_all(["input", "select", "textarea", "button"], attrs={"name": True}):
                if field.name == "select":
                    chosen = field.find("option", selected=True) or field.find("option")
                    fields.append((field["name"], chosen.get("value", "") if chosen else ""))
                else:
                    fields.append((field["name"], field.get("value", "")))
            found += self._remember(target.path, fields)
        return found

    def _remember(self, path, parameters):
        names = frozenset(name for name, _value in parameters)
        known = self.templates.setdefault(path, {})
        if not parameters or names in known:
            return []
        known[names] = parameters
        return [f"{path}?{'&'.join(encoded(n, v, raw=False) for n, v in parameters)}"] if path in self.paths else []

    def try_odd_values(self, url):
        path = urlsplit(url).path
        for value in ODD_VALUES:  # every name our code reads, all at once
            self.get(f"{url}?{'&'.join(encoded(name, value) for name in self.parameter_names)}")
        tried = set()  # each parameter of a path once, in the first way a page sends it
        for parameters in self.templates.get(path, {}).values():  # as the pages send them
            for index, (name, _value) in enumerate(parameters):
                if name in tried:
                    continue
                tried.add(name)
                for value in ODD_VALUES:
                    query = [encoded(n, v, raw=False) for n, v in parameters[:index]]
                    query.append(encoded(name, value))
                    query += [encoded(n, v, raw=False) for n, v in parameters[index + 1 :]]
                    self.get(f"{url}?{'&'.join(query)}")

    def run(self, urls):
        self.paths = {urlsplit(url).path for url in urls}
        queue = list(urls)
        while queue:
            queue += self.discover(queue.pop(0))
        for url in urls:
            self.try_odd_values(url)
        return self.failures


def encoded(name, value, raw=True):
    name = quote(name, safe="")
    if value is ARRAY:
        return f"{name}=1&{name}=2"
    return f"{name}={value if raw else quote(value, safe='')}"


@pytest.fixture
def world(db):
    return build_crawl_world()


def site_urls(world):
    return [route_url(name, route, world) for name, route, is_admin in our_url_patterns() if not is_admin] + (
        page_urls(world)
    )


def test_every_route_with_arguments_has_sample_arguments():
    missing = [name for name, route, _admin in our_url_patterns() if needs_arguments(route)]
    assert sorted(set(missing) - set(ROUTE_ARGUMENTS)) == []


def test_the_crawled_tree_has_every_page_type(world):
    crawled = {type(page) for page in Page.objects.live().exclude(depth=1).specific()}
    assert set(get_page_models()) - {Page} <= crawled


def test_the_crawl_knows_the_parameters_our_code_reads():
    # A sample of what the source reads, so that the source scan cannot silently find nothing.
    assert {"q", "page", "weergave", "maand", "op", "citeer", "bericht"} <= parameters_read_by_our_code()


def test_no_odd_query_value_makes_a_page_fail_for_a_visitor(world):
    failures = Crawl(Client(), parameters_read_by_our_code()).run(site_urls(world))
    assert failures == []


def test_no_odd_query_value_makes_a_page_fail_for_a_member(world):
    client = Client()
    client.force_login(world["trekker"])
    failures = Crawl(client, parameters_read_by_our_code()).run(site_urls(world))
    assert failures == []


def test_no_odd_query_value_makes_our_admin_screens_fail_for_an_editor(world):
    client = client_with_second_factor(Client(), world["editor"])
    admin_urls = [route_url(name, route, world) for name, route, is_admin in our_url_patterns() if is_admin]
    failures = Crawl(client, parameters_read_by_our_code()).run(admin_urls)
    assert failures == []
