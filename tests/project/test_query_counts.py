"""Every list and detail page answers in at most 15 queries, a number that does not grow
with what is behind it: each test measures a page with a little data (2 items), adds many
more items of the kind the page lists (or counts, or links to: 30 in all, more than a page
of each paginated list), and measures again.

The page is asked for once before each measurement, so that caches that fill once per
process (content types, the site root, the menu) do not count. The number measured is
recorded as the test's `queries` property (`pytest --junitxml=…` lists them all).
"""

from collections import Counter
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from events import services as event_services
from forum import services as forum_services
from forum.models import Category
from members.roles import Role
from practices import learning as practice_learning
from practices import services as practice_services
from practices import working
from practices.models import EffectiveElement, ExperienceReport, LearningPractice, PracticeStatus
from tests import pages
from tests.factories import MemberFactory, MunicipalityFactory
from tests.support.second_factor import log_in

SMALL, MORE = 2, 8
GOAL = 15  # queries per page, whoever reads it (docs/performance.md)
# Lists page at 4 here, so that 2 items fill part of a page and 10 fill pages with links to
# more: what a list costs is then measured both ways with a quarter of the pages to build
# (28 more with the sizes of the site took 20 minutes of CI on PostgreSQL).
LIST_SIZE_SETTINGS = [
    "MEMBER_DIRECTORY_PAGE_SIZE",
    "PRACTICE_INDEX_PAGE_SIZE",
    "PRACTICE_PAGE_LIST_SIZE",
    "NETWORK_INDEX_PAGE_SIZE",
    "LESSON_INDEX_PAGE_SIZE",
    "EVENT_INDEX_PAGE_SIZE",
    "LEARNED_PAGE_SIZE",
    "EVENT_ATTENDEES_PAGE_SIZE",
]


@pytest.fixture(autouse=True)
def _short_lists(settings):
    for name in LIST_SIZE_SETTINGS:
        setattr(settings, name, 4)


@pytest.fixture
def measure(client, record_property, django_capture_on_commit_callbacks):
    """measure(url, grow, as_member=None, limit=GOAL): the same number of queries, at most
    `limit`, for a GET of url after grow(2) and after grow(28) more; each GET is preceded
    by a warm-up GET. Returns the number."""

    def queries(url):
        assert client.get(url).status_code == 200
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, url
        return [query["sql"] for query in captured.captured_queries]

    def same_count(url, grow, *, as_member=None, limit=GOAL, more=MORE):
        if as_member is not None:
            log_in(client, as_member)
        with django_capture_on_commit_callbacks(execute=True):
            grow(SMALL)
        few = queries(url() if callable(url) else url)
        with django_capture_on_commit_callbacks(execute=True):
            grow(more)
        many = queries(url() if callable(url) else url)
        record_property("queries", len(few))
        if limit is not None:
            assert len(few) <= limit, f"{len(few)} queries for {url}: {shortened(few)}"
        assert len(many) == len(few), (
            f"{len(few)} queries with a little data, {len(many)} with more behind the page; "
            f"these differ: {repeated_differently(few, many)}"
        )
        return len(few)

    return same_count


def shortened(queries):
    return [sql[:120] for sql in queries]


def repeated_differently(few, many):
    """The statements (their first 160 characters) run a different number of times."""
    shorten = lambda queries: Counter(sql[:160] for sql in queries)  # noqa: E731
    few, many = shorten(few), shorten(many)
    return {sql: (few[sql], many[sql]) for sql in few.keys() | many.keys() if few[sql] != many[sql]}


@pytest.fixture
def member(db):
    return MemberFactory(first_name="Lezer", roles=[Role.MUNICIPAL_LEAD])


def numbered(prefix):
    """A fresh, unique title each call: `Armoede 1`, `Armoede 2`, …"""
    counter = {"n": 0}

    def title():
        counter["n"] += 1
        return f"{prefix} {counter['n']}"

    return title


def add_practices(count, **fields):
    title = numbered("Praktijk")
    fields.setdefault("themes", [pages.theme("aanpak-armoede")])
    fields.setdefault("elements", [pages.element("vaste-contactpersoon")])
    return [
        pages.practice(f"{title()} {id(fields)} {number}", leads=[MemberFactory()], **fields) for number in range(count)
    ]


def add_published_experiences(practice, author, count):
    created = []
    for number in range(count):
        experience = practice_services.share_experience(
            author,
            practice,
            title=f"Ervaring {practice.pk}-{number}-{timezone.now().timestamp()}",
            body="Wat we leerden over **de voordeur**.",
            themes=[pages.theme("aanpak-armoede")],
            submit=False,
        )
        experience.save_revision().publish()
        created.append(experience)
    return created


def add_learning_questions(practice, count, *, experiences=()):
    """Leervragen on two elements each, the experiences written for the first of them."""
    elements = [pages.element("vaste-contactpersoon"), pages.element("brede-vraagverheldering")]
    questions = []
    for number in range(count):
        question = practice.learning_questions.create(text=f"Leervraag {timezone.now().timestamp()} {number}?")
        question.elements.set(elements)
        questions.append(question)
    ExperienceReport.objects.filter(pk__in=[experience.pk for experience in experiences]).update(
        learning_question=questions[0]
    )
    return questions


def add_elements(count):
    from practices.models import EffectiveElement

    stamp = timezone.now().timestamp()
    return [
        EffectiveElement.objects.create(
            name=f"Element {stamp} {number}", slug=f"element-{stamp}-{number}".replace(".", "-")
        )
        for number in range(count)
    ]


def add_events(count, **fields):
    start = timezone.now() + timedelta(days=3)
    return [
        pages.event(
            f"Bijeenkomst {timezone.now().timestamp()} {number}", start=start + timedelta(hours=number), **fields
        )
        for number in range(count)
    ]


# Knowledge and practices


def test_home_page(measure, member):
    category = Category.objects.create(name="Armoede", slug="armoede", theme=pages.theme("aanpak-armoede"))

    def grow(count):
        add_practices(count)
        add_events(count, themes=[pages.theme("aanpak-armoede")])
        for number in range(count):
            pages.lesson(f"Les {timezone.now().timestamp()} {number}", themes=[pages.theme("aanpak-armoede")])
            forum_services.start_thread(member, category, title=f"Vraag {number}", body="Hoe doen jullie dat?")

    measure("/", grow)
    measure("/", grow, as_member=member)


def test_practice_index(measure, member):
    measure(lambda: pages.practice_index().url, add_practices)
    measure(lambda: pages.practice_index().url, add_practices, as_member=member)


def test_practice_page(measure, member):
    practice = pages.practice("Eén voordeur", leads=[member], themes=[pages.theme("aanpak-armoede")])

    def grow(count):
        experiences = add_published_experiences(practice, member, count)
        add_learning_questions(practice, count, experiences=experiences)
        add_events(count, practices=[practice])
        for number in range(count):
            pages.lesson(
                f"Les {timezone.now().timestamp()} {number}",
                themes=[pages.theme("aanpak-armoede"), pages.theme("toegang")],
                practices=[practice],
                experiences=experiences[:1],
            )
            practice.memberships.create(member=MemberFactory(), role="participant")

    measure(practice.url, grow)
    measure(practice.url, grow, as_member=member)


def test_lesson_page(measure, member):
    lesson = pages.lesson("Wat werkt aan de voordeur", themes=[pages.theme("aanpak-armoede")])

    def grow(count):
        practices = add_practices(count)
        lesson.source_practices = list(lesson.source_practices.all()) + practices
        lead = practices[0].memberships.get().member
        lesson.source_experiences = list(lesson.source_experiences.all()) + add_published_experiences(
            practices[0], lead, count
        )
        lesson.save_revision().publish()
        # The meetings it came from (EventPage.related_lessons, shown on the lesson page).
        for number in range(count):
            meeting = pages.event(f"Bijeenkomst {timezone.now().timestamp()} {number}", start=timezone.now())
            meeting.related_lessons = [lesson]
            meeting.save_revision().publish()

    measure(lambda: lesson.url, grow)


def test_dossier_page(measure, member):
    dossier = pages.dossier("aanpak-armoede")

    def grow(count):
        add_practices(count)
        for number in range(count):
            pages.lesson(
                f"Les {timezone.now().timestamp()} {number}", themes=[pages.theme("aanpak-armoede")], dossiers=[dossier]
            )

    measure(dossier.url, grow)
    measure(dossier.url, grow, as_member=member)


def test_dossier_page_with_sources_gaps_and_elements(measure, member):
    dossier = pages.dossier("aanpak-armoede")
    pages.element_page("vaste-contactpersoon")

    def grow(count):
        from knowledge.models import KnowledgeGap, Source

        for number in range(count):
            Source.objects.create(page=dossier, authors=f"Auteur {number}", year=2025, title=f"Bron {number}")
            KnowledgeGap.objects.create(page=dossier, question=f"Vraag {number}?", seeking_practices=True)
        dossier.related_elements = list(EffectiveElement.objects.all()[: 2 + count // 3])
        dossier.save()

    measure(dossier.url, grow)


def test_element_page(measure, member):
    element = pages.element("vaste-contactpersoon")
    page = pages.element_page("vaste-contactpersoon")
    dossier_themes = iter(["aanpak-armoede", "eenzaamheid", "toegang", "integraal-werken", "mantelzorg", "activering"])

    def grow(count):
        practices = add_practices(count, elements=[element])
        lead = practices[0].memberships.get().member
        experiences = add_published_experiences(practices[0], lead, count)
        for experience in experiences:
            experience.effective_element = element
            experience.save_revision().publish()
        for number, practice in enumerate(practices):
            question = practice.learning_questions.create(text=f"Hoe doen we dat {number}?")
            question.elements.set([element])
            pages.lesson(f"Les {timezone.now().timestamp()} {number}", elements=[element], practices=[practice])
        pages.dossier(next(dossier_themes), elements=[element])

    measure(page.url, grow)
    measure(page.url, grow, as_member=member)


def test_element_index(measure, member):
    slugs = iter(EffectiveElement.objects.values_list("slug", flat=True))

    def grow(count):
        for _ in range(min(count, 4)):
            pages.element_page(next(slugs))

    measure(lambda: pages.element_index().url, grow)


def test_application_page_with_knowledge_gaps(measure, member):
    themes = iter(["aanpak-armoede", "eenzaamheid", "toegang"])
    apply = lambda: pages.practice_index().url + "aanmelden/"  # noqa: E731

    def grow(count):
        gaps = [(f"Vraag {number} {timezone.now().timestamp()}?", True) for number in range(count)]
        pages.dossier(next(themes), gaps=gaps)

    measure(apply, grow)


def test_municipality_page(measure, member):
    municipality = MunicipalityFactory(name="Zwolle", cbs_code="GM0193")

    def grow(count):
        add_practices(count, municipality=municipality)
        for _ in range(count):
            MemberFactory(profile__municipality=municipality)

    url = reverse("municipalities:detail", args=[municipality.slug])
    measure(url, grow)
    measure(url, grow, as_member=member)


# Forum


def test_forum_index(measure, member):
    theme = pages.theme("aanpak-armoede")

    def grow(count):
        for number in range(count):
            category = Category.objects.create(
                name=f"Categorie {timezone.now().timestamp()} {number}",
                slug=f"categorie-{timezone.now().timestamp():.0f}-{Category.objects.count()}",
                theme=theme,
            )
            forum_services.start_thread(member, category, title=f"Vraag {number}", body="Hoe doen jullie dat?")

    measure(reverse("forum:index"), grow, as_member=member)


def test_forum_category(measure, member):
    category = Category.objects.create(name="Armoede", slug="armoede", theme=pages.theme("aanpak-armoede"))

    def grow(count):
        for number in range(count):
            thread = forum_services.start_thread(
                MemberFactory(), category, title=f"Vraag {number}", body="Hoe doen jullie dat?"
            )
            forum_services.reply(member, thread, body="Zo doen wij het.")

    measure(reverse("forum:category", args=[category.slug]), grow, as_member=member)


def test_forum_thread(measure, member):
    category = Category.objects.create(name="Armoede", slug="armoede", theme=pages.theme("aanpak-armoede"))
    thread = forum_services.start_thread(member, category, title="De voordeur", body="Hoe doen jullie dat?")
    others = [MemberFactory() for _ in range(3)]

    def grow(count):
        for number in range(count):
            post = forum_services.reply(others[number % 3], thread, body=f"Bericht {number}")
            forum_services.toggle_reaction(member, post, "useful")

    measure(thread.get_absolute_url(), grow, as_member=member)


# Meetings


def test_event_index_and_month_view(measure, member):
    index = pages.event_index()
    grow = lambda count: add_events(count, themes=[pages.theme("aanpak-armoede")])  # noqa: E731
    measure(index.url, grow)
    month = (timezone.localdate() + timedelta(days=3)).strftime("%Y-%m")
    measure(f"{index.url}?weergave=maand&maand={month}", grow, as_member=member)


def test_event_page(measure, member):
    event = pages.event("Landelijke bijeenkomst", capacity_in_person=5)

    def grow(count):
        for _ in range(count):
            attendee = MemberFactory()
            event_services.register_member(event, attendee, event_services.Choice(public_consent=True))

    measure(event.url, grow)
    measure(event.url, grow, as_member=member)


def test_my_meetings(measure, member):
    def grow(count):
        # Each in a municipality of its own: the card says where.
        for event in add_events(count, capacity_in_person=1, municipality=MunicipalityFactory()):
            event_services.register_member(event, MemberFactory(), event_services.Choice())
            event_services.register_member(event, member, event_services.Choice())  # on the waitlist

    measure(reverse("events:my_events"), grow, as_member=member)


# Members, search, notifications, my experiences


def test_member_directory(measure, member):
    def grow(count):
        for _ in range(count):
            MemberFactory(
                profile__interests=[pages.theme("aanpak-armoede")], profile__municipality=MunicipalityFactory()
            )

    measure(reverse("members:directory"), grow, as_member=member)


def test_member_profile(measure, member):
    profile_owner = MemberFactory(profile__interests=[pages.theme("aanpak-armoede")])
    category = Category.objects.create(name="Armoede", slug="armoede", theme=pages.theme("aanpak-armoede"))

    def grow(count):
        for practice in add_practices(count):
            practice.memberships.create(member=profile_owner, role="participant")
        for number in range(count):
            forum_services.start_thread(profile_owner, category, title=f"Vraag {number}", body="Hoe doen jullie dat?")

    measure(reverse("members:profile", args=[profile_owner.pk]), grow, as_member=member)


def test_search(measure, member):
    # Results of several page types (a page of results takes one query for the snippets'
    # text whatever the types), discussions found by their posts, and member cards.
    theme = pages.theme("aanpak-armoede")
    category = Category.objects.create(name="Armoede", slug="armoede", theme=theme)

    def grow(count):
        stamp = timezone.now().timestamp()
        for number in range(count):
            pages.lesson(f"Armoede les {stamp} {number}", themes=[theme])
            pages.event(f"Armoede bijeenkomst {stamp} {number}", themes=[theme])
            pages.practice(f"Armoede praktijk {stamp} {number}", themes=[theme])
            thread = forum_services.start_thread(member, category, title=f"Vraag {number}", body="Hoe doen jullie dat?")
            forum_services.reply(member, thread, body="Wij pakken armoede samen aan.")
            MemberFactory(first_name="Armoede", profile__interests=[theme])

    url = reverse("search") + "?q=armoede"
    measure(url, grow)
    measure(url, grow, as_member=member)


def test_notifications(measure, member):
    category = Category.objects.create(name="Armoede", slug="armoede", theme=pages.theme("aanpak-armoede"))
    thread = forum_services.start_thread(member, category, title="De voordeur", body="Hoe doen jullie dat?")

    def grow(count):
        for number in range(count):
            forum_services.reply(MemberFactory(), thread, body=f"Antwoord {number}")

    measure(reverse("notifications:centre"), grow, as_member=member)
    assert member.notifications.count() == SMALL + MORE  # the list really grew


def test_my_experiences(measure, member):
    practice = pages.practice("Eén voordeur", leads=[member])

    def grow(count):
        add_published_experiences(practice, member, count)
        for number in range(count):
            practice_services.share_experience(
                member, practice, title=f"Concept {timezone.now().timestamp()} {number}", body="Nog bezig.", themes=[]
            )

    measure(reverse("practices:my_experiences"), grow, as_member=member)


# The learning cycle in a practice's werkruimte


def test_workspace_learning_questions(measure, member):
    practice = pages.practice("Eén voordeur", leads=[member])

    def grow(count):
        add_learning_questions(practice, count)

    url = reverse("practices:learning_questions", kwargs={"practice_id": practice.pk})
    assert measure(url, grow, as_member=member) <= 15


def test_workspace_reflections(measure, member):
    practice = pages.practice("Eén voordeur", leads=[member], start_date=timezone.localdate() - timedelta(weeks=7))
    practice_learning.send_reflection_prompts()

    def grow(count):
        questions = add_learning_questions(practice, count)
        for _number in range(count):
            author = MemberFactory()
            practice.memberships.create(member=author, role="participant")
            reflection = practice_learning.write_reflection(
                author, practice, answers=dict.fromkeys(questions, "Wat we zagen.")
            )
            practice_learning.turn_into_experience(author, reflection)

    url = reverse("practices:reflections", kwargs={"practice_id": practice.pk})
    assert measure(url, grow, as_member=member) <= 15
    write_url = reverse("practices:reflection_write", kwargs={"practice_id": practice.pk})
    assert measure(write_url, grow, as_member=member) <= 15


def test_workspace_evaluation(measure, member):
    practice = pages.practice(
        "Eén voordeur",
        leads=[member],
        status=PracticeStatus.COMPLETED,
        elements=[pages.element("vaste-contactpersoon"), pages.element("brede-vraagverheldering")],
    )

    def grow(count):
        questions = add_learning_questions(practice, count)
        practice_learning.save_evaluation(
            member, practice, summary="Terugblik.", elements={}, questions=dict.fromkeys(questions, "Zo.")
        )

    url = reverse("practices:evaluation", kwargs={"practice_id": practice.pk})
    assert measure(url, grow, as_member=member) <= 15


def test_workspace_submitted_evaluation(measure, member):
    practice = pages.practice("Eén voordeur", leads=[member], status=PracticeStatus.COMPLETED)
    pages.lesson_index()
    evaluation = practice_learning.save_evaluation(
        member, practice, summary="Terugblik.", elements={}, questions={}, submit=True
    )

    def grow(count):
        for element in add_elements(count):
            evaluation.elements.create(element=element, what_worked="Dit.")
        for question in add_learning_questions(practice, count):
            evaluation.questions.create(learning_question=question, answer="Zo.")

    url = reverse("practices:evaluation", kwargs={"practice_id": practice.pk})
    assert measure(url, grow, as_member=member) <= 15


def test_edit_practice_in_the_workspace(measure, member, django_assert_max_num_queries, client):
    """Werkruimte › "Praktijk bewerken": more elements to choose from and more organisations
    involved, with a change waiting for the editors."""
    practice = pages.practice("Eén voordeur", leads=[member])
    title = numbered("Element")

    def grow(count):
        for _number in range(count):
            name = title()
            EffectiveElement.objects.create(name=name, slug=name.lower().replace(" ", "-"))
        current = LearningPractice.objects.get(pk=practice.pk)
        rows = working.organisations_as_rows(current.get_latest_revision_as_object().organisations)
        rows += [{"name": f"Organisatie {len(rows) + n}", "role": "", "url": ""} for n in range(count)]
        working.save_practice(
            member,
            current,
            status=current.status,
            start_date=current.start_date,
            end_date=current.end_date,
            effective_elements=list(EffectiveElement.objects.all()),
            reflection_interval_weeks=current.reflection_interval_weeks,
            summary=f"Samenvatting met {len(rows)} organisaties.",
            residents_involvement="",
            organisations=rows,
        )

    url = reverse("practices:edit_working", kwargs={"practice_id": practice.pk})
    measure(url, grow, as_member=member)
    with django_assert_max_num_queries(15):
        assert client.get(url).status_code == 200


def test_notifications_about_lessons_that_draw_on_the_practice(measure, member):
    practice = pages.practice("Eén voordeur", leads=[member])
    title = numbered("Les")

    def grow(count):
        for _number in range(count):
            pages.lesson(title(), practices=[practice])

    measure(reverse("notifications:centre"), grow, as_member=member)
    assert member.notifications.count() == SMALL + MORE  # one per lesson


def test_practice_workspace_and_participants(measure, member):
    """The werkruimte's pages, for a trekker (who sees the invitations and the forms too)."""
    from practices import team
    from practices.models import PracticeRole

    practice = pages.practice("Eén voordeur", leads=[member], publish=False)
    grown = numbered("deelnemer")

    def grow(count):
        for _number in range(count):
            name = grown()
            team.invite(member, practice, f"{name.replace(' ', '')}@lid.example", PracticeRole.PROFESSIONAL)
            team.invite(member, practice, MemberFactory().email, PracticeRole.PARTICIPANT)

    assert measure(reverse("practices:participants", args=[practice.pk]), grow, as_member=member) <= 15
    assert measure(reverse("practices:workspace", args=[practice.pk]), grow, as_member=member) <= 15


def test_my_practices(measure, member):
    grown = numbered("Praktijk")

    def grow(count):
        for _number in range(count):
            pages.practice(grown(), participants=[member], publish=False)

    assert measure(reverse("practices:my_practices"), grow, as_member=member) <= 15


def grow_network(network, coordinator, count):
    """Members with profiles, waiting requests, open invitations, shelf items and closed
    discussions: everything a network's pages list."""
    from networks import membership, shelf

    for _number in range(count):
        network.memberships.create(member=MemberFactory(profile__organisation="Wijkteam"), role="member")
        membership.request_membership(MemberFactory(), network, "Mag ik erbij?")
        membership.invite(coordinator, network, f"{MemberFactory.build().email}")
        lesson = pages.lesson(f"Les {timezone.now().timestamp()}", themes=[pages.theme("toegang")])
        shelf.add_to_shelf(coordinator, network, lesson)
        space = Category.objects.get(network=network)
        forum_services.start_thread(coordinator, space, title="Casus", body="Wat doen jullie?")


def test_network_index(measure, member):
    grown = numbered("Leernetwerk")

    def grow(count):
        for _number in range(count):
            network = pages.network(grown(), themes=[pages.theme("toegang")], coordinators=[MemberFactory()])
            network.memberships.create(member=MemberFactory())

    # Wagtail's serving, the menu and (for a member) the session, the bell and the admin
    # link take 11 to 15 queries on every page of the tree; the index adds the filter's
    # choices, the count, the networks and their themes (and the reader's memberships
    # inside the networks' query).
    assert measure(lambda: pages.network_index().url, grow) <= 15
    assert measure(lambda: pages.network_index().url + "?theme=toegang", grow, as_member=member) <= 15


def test_network_page(measure, member):
    """Members with their profiles and whether the reader may see each (one query), the
    shelf (the view restrictions asked inside the same query), themes, the network's
    meetings (one; who may see each asked inside it), for members the closed discussions
    (one, with their space), for a member who is not a coordinator whether they are an
    editor, and for a non-member their waiting request and invitation."""
    plain = MemberFactory(first_name="Netwerklid")
    for number, reader in enumerate((None, member, plain)):
        network = pages.network(f"Netwerk {number}", themes=[pages.theme("toegang")], coordinators=[member])
        network.memberships.create(member=plain, role="member")
        grow = lambda count, network=network: grow_network(network, member, count)  # noqa: E731
        assert measure(network.url, grow, as_member=reader) <= 15


def test_network_management_page(measure, member):
    network = pages.network(coordinators=[member])
    url = reverse("networks:manage", args=[network.pk])
    assert measure(url, lambda count: grow_network(network, member, count), as_member=member) <= 15


def _evaluated_event():
    from events.evaluation_records import EvaluationQuestion, StandardQuestion

    event = pages.event(
        "Geëvalueerd", start=timezone.now() - timedelta(days=1), evaluation_enabled=True, capacity_in_person=None
    )
    for position, standard in enumerate(StandardQuestion):
        EvaluationQuestion.objects.create(event=event, standard=standard, sort_order=position)
    return event


def _answers(event):
    from events.evaluation_records import EvaluationKind

    values = {EvaluationKind.SCALE: 4, EvaluationKind.YES_NO: True, EvaluationKind.OPEN: "Samen optrekken"}
    return {question.pk: values[question.answer_kind] for question in event.evaluation_questions.all()}


def test_evaluation_results_page(measure, member):
    from events import evaluation

    event = _evaluated_event()
    editor = MemberFactory(roles=[Role.EDITOR])

    def grow(count):
        for _ in range(count):
            attendee = MemberFactory()
            event_services.register_member(event, attendee, event_services.Choice(), by_editor=True)
            evaluation.submit(event, attendee, _answers(event))

    url = reverse("events:evaluation_results", args=[event.pk])
    assert measure(url, grow, as_member=editor) <= 15


def test_evaluation_form_page(measure, member):
    from events.evaluation_records import EvaluationKind, EvaluationQuestion

    event = _evaluated_event()
    event_services.register_member(event, member, event_services.Choice(), by_editor=True)

    def grow(count):
        for position in range(count):
            EvaluationQuestion.objects.create(
                event=event, label=f"Eigen vraag {position}", kind=EvaluationKind.OPEN, sort_order=10 + position
            )

    url = reverse("events:evaluation", args=[event.pk])
    assert measure(url, grow, as_member=member) <= 15


def test_event_page_with_an_evaluation_for_an_attendee(measure, member):
    from events import evaluation

    event = _evaluated_event()
    event_services.register_member(event, member, event_services.Choice(), by_editor=True)

    def grow(count):
        for _ in range(count):
            attendee = MemberFactory()
            event_services.register_member(event, attendee, event_services.Choice(), by_editor=True)
            evaluation.submit(event, attendee, _answers(event))

    # The event page of an attendee is above 15 without the evaluation too (see test_event_page);
    # the evaluation adds one query (has this attendee answered?), constant.
    measure(lambda: event.url, grow, as_member=member)


def grow_meetings(organiser, count, **owner):
    """Meetings of a network or practice made by its organiser, with a registration each:
    upcoming ones only for the circle (the past ones as the editors made them)."""
    from datetime import timedelta

    from events import organising
    from events.services import Choice, register_member

    pages.event_index()
    for number in range(count):
        start = timezone.now() + timedelta(days=10 + number)
        details = organising.MeetingDetails(
            title=f"Bijeenkomst {number}", summary="Over.", start=start, end=start + timedelta(hours=2), venue="Zaal"
        )
        event, _outcome = organising.create_meeting(organiser, details, **owner)
        register_member(event, MemberFactory(), Choice())
        pages.event(
            f"Eerder {number}",
            start=timezone.now() - timedelta(days=30 + number),
            network=owner.get("network"),
            organising_practice=owner.get("practice"),
        )


def test_network_page_with_its_meetings(measure, member):
    """The meetings add one query, whatever their number (who may see each is asked inside
    it); without discussions yet, the closed space is read on its own (one more)."""
    network = pages.network(coordinators=[member])
    grow = lambda count: grow_meetings(member, count, network=network)  # noqa: E731
    assert measure(network.url, grow) <= 15
    assert measure(network.url, grow, as_member=member) <= 15


def test_workspace_with_the_practices_meetings(measure, member):
    practice = pages.practice(leads=[member])
    url = reverse("events:practice_meetings", args=[practice.pk])
    grow = lambda count: grow_meetings(member, count, practice=practice)  # noqa: E731
    assert measure(url, grow, as_member=member) <= 15


def test_organise_and_change_a_meeting(measure, member):
    network = pages.network(coordinators=[member])
    grow = lambda count: grow_meetings(member, count, network=network)  # noqa: E731
    assert measure(reverse("events:organise_for_network", args=[network.pk]), grow, as_member=member) <= 15
    from events.models import EventPage

    first = lambda: reverse("events:organise_change", args=[EventPage.objects.filter(network=network).first().pk])  # noqa: E731
    assert measure(first, grow) <= 15


def grow_learned(network, coordinator, count):
    """Past meetings of the network with a report, two lessons each (one also on the shelf)
    and a follow-up discussion in its closed space; some only for its members."""
    import json

    from networks import shelf

    space = Category.objects.get(network=network)
    for number in range(count):
        lessons = [pages.lesson(f"Les {timezone.now().timestamp()} {n}") for n in range(2)]
        thread = forum_services.start_thread(coordinator, space, title=f"Vervolg {number}", body="Verder?")
        event = pages.event(
            f"Bijeenkomst {timezone.now().timestamp()}",
            start=timezone.now() - timedelta(days=20 + 200 * number),
            network=network,
            circle_only=number % 2 == 0,
            report=json.dumps([{"type": "paragraph", "value": "<p>Wat we leerden.</p>"}]),
        )
        event.related_lessons = lessons
        event.discussion = thread
        event.save_revision().publish()
        shelf.add_to_shelf(coordinator, network, lessons[0] if number % 2 else pages.lesson(f"Plank {number}"))


def test_network_learned_page(measure, member):
    """The network, the paginator's count, the meetings (with whether the reader may see
    each and read its discussion, inside the same query), their lessons and the shelf."""
    pages.event_index()
    for reader in (None, member):
        network = pages.network(f"Netwerk {reader}", coordinators=[member])
        url = reverse("learned:network", args=[network.pk])
        assert measure(url, lambda count, network=network: grow_learned(network, member, count), as_member=reader) <= 15


# Every other page type, and the roles whose pages differ (issue 15: ≤ 15 for every page
# type and role, constant in what is behind the page).


@pytest.fixture
def editor(db):
    return MemberFactory(first_name="Redacteur", roles=[Role.EDITOR])


def add_content_pages(count):
    from home.models import ContentPage

    title = numbered(f"Over {timezone.now().timestamp()}")
    for _number in range(count):
        page = ContentPage(title=title(), intro="Over het netwerk.", show_in_menus=True, show_in_footer=True)
        pages.home().add_child(instance=page)
        page.save_revision().publish()


def test_content_page_with_more_pages_in_the_menus_and_footer(measure, member, editor):
    from home.models import ContentPage

    page = ContentPage(title="Over het netwerk", intro="Wie we zijn.")
    pages.home().add_child(instance=page)
    page.save_revision().publish()
    assert measure(page.url, add_content_pages) <= 6
    measure(page.url, add_content_pages, as_member=member)
    measure(page.url, add_content_pages, as_member=editor)


def test_home_page_for_editors_and_trekkers(measure, editor):
    trekker = MemberFactory(roles=[Role.MUNICIPAL_LEAD], profile__interests=[pages.theme("aanpak-armoede")])

    def grow(count):
        add_practices(count)
        for number in range(count):
            pages.lesson(f"Les {timezone.now().timestamp()} {number}", themes=[pages.theme("aanpak-armoede")])
            MemberFactory(profile__interests=[pages.theme("aanpak-armoede")])

    measure("/", grow, as_member=editor)
    measure("/", grow, as_member=trekker)


def test_knowledge_and_lesson_index(measure, member):
    pages.knowledge_index()

    def grow(count):
        for number in range(count):
            pages.lesson(f"Les {timezone.now().timestamp()} {number}", themes=[pages.theme("aanpak-armoede")])

    measure(lambda: pages.knowledge_index().url, grow)
    measure(lambda: pages.lesson_index().url, grow)
    measure(lambda: pages.lesson_index().url, grow, as_member=member)


def test_experience_page(measure, member):
    practice = pages.practice("Eén voordeur", leads=[member], themes=[pages.theme("aanpak-armoede")])
    experience = pages.experience(practice, "Wat we leerden", author=member, element=pages.element())

    def grow(count):
        add_published_experiences(practice, member, count)
        for number in range(count):
            pages.lesson(f"Les {timezone.now().timestamp()} {number}", practices=[practice], experiences=[experience])

    measure(experience.url, grow)
    measure(experience.url, grow, as_member=member)


def test_practice_page_for_its_trekker_and_an_editor(measure, member, editor):
    practice = pages.practice("Eén voordeur", leads=[member], themes=[pages.theme("aanpak-armoede")])
    assert Category.objects.filter(practice=practice).exists()  # its closed space, made on publishing

    def grow(count):
        experiences = add_published_experiences(practice, member, count)
        add_learning_questions(practice, count, experiences=experiences)
        for number in range(count):
            pages.lesson(f"Les {timezone.now().timestamp()} {number}", practices=[practice])
            practice.memberships.create(member=MemberFactory(), role="lead" if number % 5 == 0 else "participant")

    measure(practice.url, grow, as_member=member)  # a trekker: the closed space and the startanalyse too
    measure(practice.url, grow, as_member=editor)


def test_practice_pages_lists_paginate(client, member):
    """The practice page shows a page of experiences and a page of lessons, with their own
    page links (that work without JavaScript), and any page number a visitor types."""
    from django.conf import settings

    practice = pages.practice("Eén voordeur", leads=[member])
    size = settings.PRACTICE_PAGE_LIST_SIZE
    add_published_experiences(practice, member, size + 2)
    for number in range(size + 1):
        pages.lesson(f"Les {number}", practices=[practice])
    first = client.get(practice.url)
    assert len(first.context["experiences"]) == size and first.context["experiences"].paginator.count == size + 2
    assert len(first.context["lessons"]) == size and first.context["lessons"].paginator.count == size + 1
    html = first.content.decode()
    assert 'href="?ervaringen=2#experiences-heading"' in html
    assert 'href="?lessen=2#lessons-heading"' in html
    second = client.get(practice.url + "?ervaringen=2&lessen=2")
    assert len(second.context["experiences"]) == 2 and len(second.context["lessons"]) == 1
    assert 'href="?ervaringen=1&amp;lessen=2#experiences-heading"' in second.content.decode()
    for odd in ("999", "-1", "abc", "1e9", "２"):
        assert client.get(practice.url, {"ervaringen": odd, "lessen": odd}).status_code == 200


def test_a_dossiers_practices_and_a_meetings_attendees_paginate(client, member):
    from django.conf import settings

    dossier = pages.dossier("aanpak-armoede")
    size = settings.PRACTICE_PAGE_LIST_SIZE
    add_practices(size + 1, themes=[pages.theme("aanpak-armoede")])
    response = client.get(dossier.url)
    assert len(response.context["related_practices"]) == size
    assert response.context["related_practices"].paginator.count == size + 1
    assert len(client.get(dossier.url + "?praktijken=2").context["related_practices"]) == 1
    assert client.get(dossier.url + "?praktijken=x").status_code == 200

    event = pages.event("Landelijke bijeenkomst", capacity_in_person=None)
    for _ in range(settings.EVENT_ATTENDEES_PAGE_SIZE + 3):
        event_services.register_member(event, MemberFactory(), event_services.Choice(public_consent=True))
    log_in(client, member)
    response = client.get(event.url)
    assert len(response.context["attendees"]) == settings.EVENT_ATTENDEES_PAGE_SIZE
    assert 'href="?deelnemers=2#attendees-heading"' in response.content.decode()
    assert len(client.get(event.url + "?deelnemers=2").context["attendees"]) == 3


def test_element_page_for_an_editor(measure, editor):
    element = pages.element("vaste-contactpersoon")
    page = pages.element_page("vaste-contactpersoon")

    def grow(count):
        for number, practice in enumerate(add_practices(count, elements=[element])):
            pages.lesson(f"Les {timezone.now().timestamp()} {number}", elements=[element], practices=[practice])

    measure(page.url, grow, as_member=editor)


def test_municipality_index_and_compare(measure, member):
    municipality = MunicipalityFactory(name="Zwolle", cbs_code="GM0193")

    def grow(count):
        for _ in range(count):
            MunicipalityFactory()
        add_practices(count, municipality=municipality)

    measure(reverse("municipalities:index"), grow)
    compare = reverse("municipalities:compare") + f"?gemeente={municipality.slug}&groep=1"
    measure(compare, grow)
    measure(compare, grow, as_member=member)


def test_event_archive(measure, member):
    index = pages.event_index()

    def grow(count):
        for number in range(count):
            pages.event(
                f"Eerder {timezone.now().timestamp()} {number}", start=timezone.now() - timedelta(days=number + 2)
            )

    measure(index.url + "archief/", grow)
    measure(index.url + "archief/", grow, as_member=member)


def test_event_page_for_an_attendee_and_an_editor(measure, member, editor):
    event = pages.event("Landelijke bijeenkomst", capacity_in_person=None)
    event_services.register_member(event, member, event_services.Choice(public_consent=True))
    title = numbered("Les")

    def grow(count):
        lessons = [pages.lesson(title(), themes=[pages.theme("aanpak-armoede")]) for _ in range(count)]
        event.related_lessons = list(event.related_lessons.all()) + lessons
        event.save_revision().publish()
        for _ in range(count):
            event_services.register_member(event, MemberFactory(), event_services.Choice(public_consent=True))

    measure(lambda: event.url, grow, as_member=member)
    measure(lambda: event.url, grow, as_member=editor)


def test_my_pages_and_settings(measure, member):
    practice = pages.practice("Eén voordeur", leads=[member])
    title = numbered("Praktijk")

    def grow(count):
        for _number in range(count):
            pages.practice(title(), participants=[member])
        add_published_experiences(practice, member, count)

    for url in (
        reverse("startanalysis:mine"),
        reverse("notifications:preferences"),
        reverse("privacy:overview"),
        reverse("members:profile", args=[member.pk]),
    ):
        measure(url, grow, as_member=member)
