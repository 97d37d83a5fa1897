"""Builders for the site's pages in tests: small, explicit, published unless asked."""

import json
from datetime import date

from home.models import HomePage
from knowledge.models import (
    EffectiveElementIndexPage,
    EffectiveElementPage,
    KnowledgeDossier,
    KnowledgeGap,
    KnowledgeIndexPage,
    Lesson,
    LessonIndexPage,
    Source,
)
from practices.models import (
    EffectiveElement,
    LearningPractice,
    LearningQuestion,
    PracticeIndexPage,
    PracticeMembership,
    PracticeRole,
    PracticeStatus,
)
from tests.factories import MunicipalityFactory
from themes.models import Theme


def home():
    return HomePage.objects.get()


def _add(parent, page, publish=True):
    page.live = publish  # Wagtail pages are live unless told otherwise
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def practice_index():
    index = PracticeIndexPage.objects.first()
    return index or _add(home(), PracticeIndexPage(title="Lerende praktijken", slug="praktijken"))


def practice(
    title="Eén voordeur",
    *,
    municipality=None,
    themes=(),
    elements=(),
    status=PracticeStatus.ACTIVE,
    leads=(),
    participants=(),
    learning_questions=(),
    publish=True,
    **fields,
):
    page = LearningPractice(
        title=title,
        municipality=municipality or MunicipalityFactory(),
        summary=fields.pop("summary", f"Samenvatting van {title}."),
        status=status,
        start_date=fields.pop("start_date", date(2025, 9, 1)),
        end_date=fields.pop("end_date", date(2026, 12, 31)),
        **fields,
    )
    page.themes.set(list(themes))
    page.effective_elements = list(elements)
    _add(practice_index(), page, publish)
    for member in leads:
        PracticeMembership.objects.create(practice=page, member=member, role=PracticeRole.LEAD)
    for member in participants:
        PracticeMembership.objects.create(practice=page, member=member, role=PracticeRole.PARTICIPANT)
    for position, text in enumerate(learning_questions):
        LearningQuestion.objects.create(practice=page, text=text, sort_order=position)
    return page


def knowledge_index():
    index = KnowledgeIndexPage.objects.first()
    return index or _add(home(), KnowledgeIndexPage(title="Kennis", slug="kennis"))


def lesson_index():
    index = LessonIndexPage.objects.first()
    return index or _add(knowledge_index(), LessonIndexPage(title="Lessen", slug="lessen", show_in_menus=True))


def lesson(
    title="Een les", *, themes=(), practices=(), experiences=(), dossiers=(), elements=(), publish=True, **fields
):
    page = Lesson(
        title=title,
        summary=fields.pop("summary", f"Samenvatting van {title}."),
        body=json.dumps([{"type": "paragraph", "value": f"<p>{fields.pop('text', 'Tekst van de les.')}</p>"}]),
        **fields,
    )
    page.themes.set(list(themes))
    page.source_practices = list(practices)
    page.source_experiences = list(experiences)
    page.dossiers = list(dossiers)
    page.elements = list(elements)
    return _add(lesson_index(), page, publish)


def dossier(theme_slug="eenzaamheid", *, title=None, elements=(), sources=(), gaps=(), publish=True, **fields):
    """A dossier; `sources`: dicts of Source fields; `gaps`: (question, seeking practices) pairs."""
    theme = Theme.objects.get(slug=theme_slug)
    page = KnowledgeDossier(
        title=title or f"Wat werkt bij {theme.name.lower()}",
        theme=theme,
        intro=fields.pop("intro", "Wat werkt, kort samengevat."),
        factors=json.dumps(
            [
                {
                    "type": "factor",
                    "value": {"title": "Een factor", "text": "<p>Uitleg.</p>", "in_practice": "", "evidence": "strong"},
                }
            ]
        ),
        **fields,
    )
    page.related_elements = list(elements)
    page.sources = [Source(**source) for source in sources]
    page.knowledge_gaps = [KnowledgeGap(question=question, seeking_practices=seeking) for question, seeking in gaps]
    return _add(knowledge_index(), page, publish)


def element_index():
    index = EffectiveElementIndexPage.objects.first()
    return index or _add(
        knowledge_index(), EffectiveElementIndexPage(title="Werkzame elementen", slug="elementen", show_in_menus=True)
    )


def element_page(slug="vaste-contactpersoon", *, publish=True, **fields):
    """The page of the curated effective element with `slug`."""
    effective_element = element(slug)
    page = EffectiveElementPage(
        title=fields.pop("title", effective_element.name),
        slug=slug,
        element=effective_element,
        intro=fields.pop("intro", f"Wat {effective_element.name.lower()} is."),
        application=json.dumps([{"type": "paragraph", "value": "<p>Zo pas je het toe.</p>"}]),
        conditions=json.dumps([{"type": "paragraph", "value": "<p>Dit is ervoor nodig.</p>"}]),
        **fields,
    )
    return _add(element_index(), page, publish)


def element(slug="vaste-contactpersoon"):
    return EffectiveElement.objects.get(slug=slug)


def theme(slug):
    return Theme.objects.get(slug=slug)


def event_index():
    from events.models import EventIndexPage

    index = EventIndexPage.objects.first()
    return index or _add(home(), EventIndexPage(title="Bijeenkomsten", slug="bijeenkomsten"))


def event(
    title="Landelijke bijeenkomst",
    *,
    start=None,
    hours=4,
    themes=(),
    questions=(),
    workshops=(),
    practices=(),
    publish=True,
    **fields,
):
    """An event page. `questions`: dicts of RegistrationQuestion fields; `workshops`: dicts
    of Workshop fields (slot, title, capacity)."""
    from datetime import timedelta

    from django.utils import timezone

    from events.models import EventFormat, EventPage, RegistrationQuestion, Workshop

    start = start or timezone.now() + timedelta(days=30)
    fields.setdefault("format", EventFormat.IN_PERSON)
    if fields["format"] != EventFormat.ONLINE:
        fields.setdefault("venue", "Jaarbeurs")
        fields.setdefault("address", "Jaarbeursplein 6, 3521 AL Utrecht")
    if fields["format"] != EventFormat.IN_PERSON:
        fields.setdefault("online_url", "https://meet.example/ln-bijeenkomst")
    page = EventPage(
        title=title,
        summary=fields.pop("summary", f"Over {title}."),
        start=start,
        end=fields.pop("end", start + timedelta(hours=hours)),
        **fields,
    )
    page.themes.set(list(themes))
    page.practices = list(practices)
    page.questions = [RegistrationQuestion(**q) for q in questions]
    page.workshops = [Workshop(**w) for w in workshops]
    return _add(event_index(), page, publish)


def experience(practice, title="Een ervaring", *, author=None, element=None, learning_question=None, publish=True):
    """An experience under `practice`, about an effective element and/or a leervraag."""
    from practices.models import ExperienceReport

    page = ExperienceReport(
        title=title,
        body_markdown=f"Wat we leerden: {title}.",
        author=author,
        effective_element=element,
        learning_question=learning_question,
    )
    return _add(practice, page, publish)


def network_index():
    from networks.models import NetworkIndexPage

    index = NetworkIndexPage.objects.first()
    return index or _add(home(), NetworkIndexPage(title="Leernetwerken", slug="leernetwerken"))


def network(
    title="Toegang en integraal werken",
    *,
    mode="request",
    themes=(),
    coordinators=(),
    members=(),
    publish=True,
    **fields,
):
    """A learning network page (published: its closed discussions exist) with coordinators
    and members (memberships made directly, as a test's setup)."""
    from networks.models import LearningNetwork, NetworkMembership, NetworkRole

    page = LearningNetwork(
        title=title, summary=fields.pop("summary", f"Samenvatting van {title}."), membership_mode=mode, **fields
    )
    page.themes.set(list(themes))
    _add(network_index(), page, publish)
    for member in coordinators:
        NetworkMembership.objects.create(network=page, member=member, role=NetworkRole.COORDINATOR)
    for member in members:
        NetworkMembership.objects.create(network=page, member=member, role=NetworkRole.MEMBER)
    return page
