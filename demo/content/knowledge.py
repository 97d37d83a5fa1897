"""Kennis: the "Wat werkt bij" dossiers and the lessons."""

from django.utils.html import escape, linebreaks

from home.models import HomePage
from knowledge.models import KnowledgeDossier, KnowledgeIndexPage, Lesson, LessonIndexPage
from practices.models import EffectiveElement, ExperienceReport, LearningPractice
from themes.models import Theme

from .documents import document
from .dossiers_data import DOSSIERS
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
    lessons, _ = publish_child(knowledge, LessonIndexPage, "lessen", title="Lessen", intro=LESSONS_INTRO)
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

        def prepare(page, data=data):
            page.related_elements = [elements[slug] for slug in data["related_elements"]]

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


def load():
    knowledge, lesson_index = load_indexes()
    dossiers = load_dossiers(knowledge)
    load_lessons(lesson_index, dossiers)
