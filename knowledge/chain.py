"""The knowledge chain: what a werkzaam element or a lesson rests on. Practices and
experiences feed lessons and element pages; these read them here, only what anyone may
read (live and public, and an experience only while its practice is too), in a fixed
number of queries whatever the number of items."""

from dataclasses import dataclass

from django.db.models import OuterRef, Q, Subquery
from django.db.models.functions import Length, Substr
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from wagtail.models import Page

from lerendnetwerk.page_queries import in_private_section
from municipalities.models import Province
from practices.models import ExperienceReport, LearningPractice, LearningQuestion, LearningQuestionStatus


def private_sections():
    """What `PageQuerySet.public()` leaves out (pages in or under a view restriction), as a
    condition for `.live().exclude(private)`; it costs no query of its own."""
    return in_private_section()


def published_experiences(experiences, private=None):
    """`experiences` that anyone may read, newest first, each with `practice_pk`,
    `practice_title` and `municipality_pk` of the practice it was shared in. An experience
    under a draft or private practice is left out, even when it is live itself."""
    # Leaving out private sections covers the experiences under a private practice.
    practices = LearningPractice.objects.live().filter(path=OuterRef("practice_path"))
    return (
        experiences.live()
        .exclude(private_sections() if private is None else private)
        .annotate(practice_path=Substr("path", 1, Length("path") - Page.steplen))
        .annotate(
            practice_pk=Subquery(practices.values("pk")[:1]),
            practice_title=Subquery(practices.values("title")[:1]),
            municipality_pk=Subquery(practices.values("municipality_id")[:1]),
        )
        .filter(practice_pk__isnull=False)
        .order_by("-first_published_at", "-pk")
    )


def with_pages(elements):
    """The effective elements with their page (`element.page`, when there is one), in one
    query; templates link an element to its page while that page is live."""
    return list(elements.select_related("page").order_by("name"))


@dataclass(frozen=True)
class Basis:
    """What a piece of knowledge rests on: N experiences from M municipalities, K practices.
    `experiences_anchor` and `practices_anchor` are the ids of the lists on the page."""

    experiences: int
    municipalities: int
    practices: int
    experiences_anchor: str = "experiences-heading"
    practices_anchor: str = "practices-heading"

    @classmethod
    def of(cls, practices, experiences, **anchors):
        """From the practices and the experiences (of published_experiences) a page lists:
        the practices are those listed and those the experiences come from."""
        practice_pks = {practice.pk for practice in practices} | {experience.practice_pk for experience in experiences}
        municipality_pks = {practice.municipality_id for practice in practices} | {
            experience.municipality_pk for experience in experiences
        }
        return cls(len(experiences), len(municipality_pks), len(practice_pks), **anchors)

    def __bool__(self):
        return bool(self.experiences or self.practices)

    def sentence(self):
        """ "Gebaseerd op 3 ervaringen uit 2 gemeenten, 2 lerende praktijken", each part
        linked to its list on the page."""
        experiences = ngettext("%(count)s experience", "%(count)s experiences", self.experiences) % {
            "count": self.experiences
        }
        municipalities = ngettext("%(count)s municipality", "%(count)s municipalities", self.municipalities) % {
            "count": self.municipalities
        }
        practices = ngettext("%(count)s learning practice", "%(count)s learning practices", self.practices) % {
            "count": self.practices
        }
        return format_html(
            gettext("Based on {experiences} from {municipalities}, {practices}"),
            experiences=_linked(experiences, self.experiences_anchor, self.experiences),
            municipalities=_linked(municipalities, self.practices_anchor, self.practices),
            practices=_linked(practices, self.practices_anchor, self.practices),
        )


def _linked(text, anchor, count):
    if not count:
        return text
    return format_html('<a class="utrecht-link" href="#{}">{}</a>', anchor, text)


@dataclass
class ProvinceGroup:
    name: str
    practices: list


def by_province(practices):
    """The practices grouped by their municipality's province, provinces by name."""
    groups = {}
    for practice in practices:
        groups.setdefault(practice.municipality.province, []).append(practice)
    labels = dict(Province.choices)
    return sorted(
        (ProvinceGroup(str(labels.get(province, province)), group) for province, group in groups.items()),
        key=lambda group: group.name,
    )


# The names element_knowledge() gives its values (a page reads them lazily: EffectiveElementPage).
ELEMENT_KNOWLEDGE = (
    "practices",
    "practices_by_province",
    "experiences",
    "element_lessons",
    "element_dossiers",
    "open_questions",
    "basis",
)


def element_knowledge(element):
    """What the network knows about one effective element (its page's computed part)."""
    private = private_sections()
    practices = list(element.practices.live().exclude(private).select_related("municipality").order_by("title"))
    experiences = list(
        published_experiences(
            ExperienceReport.objects.filter(Q(effective_element=element) | Q(learning_question__elements=element)),
            private,
        ).distinct()
    )
    open_questions = (
        LearningQuestion.objects.filter(elements=element, practice__in=LearningPractice.objects.live().exclude(private))
        .exclude(status=LearningQuestionStatus.ANSWERED)
        .select_related("practice__municipality")
        .order_by("practice__title", "sort_order", "pk")
    )
    return {
        "practices": practices,
        "practices_by_province": by_province(practices),
        "experiences": experiences,
        "element_lessons": element.lessons.live()
        .exclude(private)
        .prefetch_related("themes")
        .order_by("-first_published_at"),
        "element_dossiers": element.dossiers.live().exclude(private).select_related("theme").order_by("title"),
        "open_questions": list(open_questions),
        "basis": Basis.of(practices, experiences),
    }
