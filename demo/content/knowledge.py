"""Kennis: the "Wat werkt bij" dossiers and the lessons."""

from datetime import date

from django.utils.html import escape, linebreaks

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
from practices.models import EffectiveElement, ExperienceReport, LearningPractice
from themes.models import Theme

from .documents import document
from .dossiers_data import DOSSIERS
from .elements_data import DOSSIER_CHAIN, ELEMENT_PAGES, ELEMENTS_INTRO, LESSON_ELEMENTS
from .lessons_data import LESSONS
from .pages import date_page, days_ago, paragraphs, publish_child, stream

EVIDENCE = {"sterk": "strong", "redelijk": "reasonable", "beperkt": "limited"}

KNOWLEDGE_INTRO = (
    "Wat werkt bij de vraagstukken waar gemeenten mee bezig zijn? Hier vind je de “Wat werkt bij”-dossiers "
    "met de werkzame factoren per thema, en de lessen die het kennisinstituut trekt uit de lerende praktijken."
)
LESSONS_INTRO = (
    "Wat we leren uit de lerende praktijken, kort opgeschreven zodat andere gemeenten er meteen mee verder kunnen."
)


def load_indexes():
    home = HomePage.objects.get()
    knowledge, _ = publish_child(
        home, KnowledgeIndexPage, "kennis", title="Kennis", intro=KNOWLEDGE_INTRO, show_in_menus=True
    )
    lessons, _ = publish_child(
        knowledge, LessonIndexPage, "lessen", title="Lessen", intro=LESSONS_INTRO, show_in_menus=True
    )
    return knowledge, lessons


def load_dossiers(knowledge):
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    elements = {element.slug: element for element in EffectiveElement.objects.all()}
    dossiers = {}
    for number, data in enumerate(DOSSIERS):
        tools = [
            {
                "type": "download",
                "value": {
                    "document": document(tool["title"], tool["filename"], tool["description"]).pk,
                    "title": tool["title"],
                    "description": tool["description"],
                },
            }
            for tool in data["tools"]
        ]
        factors = [
            {
                "type": "factor",
                "value": {
                    "title": factor["title"],
                    "text": f"<p>{escape(factor['text'])}</p>",
                    "in_practice": factor["in_practice"],
                    "evidence": EVIDENCE[factor["evidence"]],
                },
            }
            for factor in data["factors"]
        ]

        chain = DOSSIER_CHAIN.get(data["slug"], {})

        def prepare(page, data=data, chain=chain):
            page.related_elements = [elements[slug] for slug in data["related_elements"]]
            if "last_reviewed" in chain:
                page.last_reviewed = date(*chain["last_reviewed"])
            page.sources = [
                Source(kind=kind, authors=authors, year=year, title=title, publisher=publisher)
                for kind, authors, year, title, publisher in chain.get("sources", [])
            ]
            page.knowledge_gaps = [
                KnowledgeGap(question=question, seeking_practices=seeking)
                for question, seeking in chain.get("gaps", [])
            ]

        dossier, created = publish_child(
            knowledge,
            KnowledgeDossier,
            data["slug"],
            prepare=prepare,
            title=data["title"],
            theme=themes[data["theme"]],
            intro=data["intro"],
            factors=stream(factors),
            evidence=stream(paragraphs(data["evidence"])),
            tools=stream(tools),
        )
        if created:
            date_page(dossier, days_ago(420 - number * 9))
        dossiers[data["slug"]] = dossier
    return dossiers


def _body(data):
    blocks = []
    for section in data["sections"]:
        blocks.append({"type": "heading", "value": {"text": section["heading"]}})
        blocks.append({"type": "paragraph", "value": linebreaks(escape(section["text"]))})
    if data["quote"]:
        blocks.append({"type": "quote", "value": {"quote": data["quote"]["text"], "attribution": data["quote"]["by"]}})
    return blocks


def load_lessons(lesson_index, dossiers):
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    elements = {element.slug: element for element in EffectiveElement.objects.all()}
    practices = {practice.slug: practice for practice in LearningPractice.objects.all()}
    for data in LESSONS:
        sources = [practices[slug] for slug in data["practices"]]
        experiences = [
            experience
            for practice in sources
            for experience in ExperienceReport.objects.child_of(practice).live().order_by("pk")[:1]
        ]

        def prepare(page, data=data, sources=sources, experiences=experiences):
            page.themes.set([themes[slug] for slug in data["themes"]])
            page.source_practices = sources
            page.source_experiences = experiences
            page.dossiers = [dossiers[slug] for slug in data["dossiers"]]
            page.elements = [elements[slug] for slug in LESSON_ELEMENTS.get(data["slug"], [])]

        lesson, created = publish_child(
            lesson_index,
            Lesson,
            data["slug"],
            prepare=prepare,
            title=data["title"],
            summary=data["summary"],
            body=stream(_body(data)),
        )
        if created:
            date_page(lesson, days_ago(data["days_ago"]))


def _list(items):
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def load_element_pages(knowledge):
    """The page of every curated effective element, under "Werkzame elementen"."""
    element_index, _ = publish_child(
        knowledge,
        EffectiveElementIndexPage,
        "werkzame-elementen",
        title="Werkzame elementen",
        intro=ELEMENTS_INTRO,
        show_in_menus=True,
    )
    for element in EffectiveElement.objects.filter(slug__in=ELEMENT_PAGES):
        data = ELEMENT_PAGES[element.slug]
        publish_child(
            element_index,
            EffectiveElementPage,
            element.slug,
            title=element.name,
            element=element,
            intro=data["intro"],
            application=stream([{"type": "paragraph", "value": _list(data["application"])}]),
            conditions=stream(paragraphs([escape(text) for text in data["conditions"]])),
            examples=stream(paragraphs([escape(text) for text in data["examples"]])),
        )
    return element_index


def load():
    knowledge, lesson_index = load_indexes()
    load_element_pages(knowledge)
    dossiers = load_dossiers(knowledge)
    load_lessons(lesson_index, dossiers)
