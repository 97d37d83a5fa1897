"""Site search: pages of several types, with facets by type and theme and highlighted
snippets. Uses Wagtail's search backend (database: SQLite FTS locally, PostgreSQL
full-text in production); only live, public pages are ever searched."""

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, TextField, Value
from django.db.models.functions import Cast
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search.utils import parse_query_string

from events.models import EventPage, EventTheme
from forum.models import Thread
from home.models import ContentPage
from knowledge.models import EffectiveElementPage, KnowledgeDossier, Lesson, LessonTheme
from lerendnetwerk import tree_cache
from lerendnetwerk.lookups import InList
from lerendnetwerk.text import excerpt, plain_text, without_bidi_controls
from networks.models import LearningNetwork, NetworkTheme
from practices.models import ExperienceReport, ExperienceTheme, LearningPractice, PracticeTheme
from themes.models import Theme

MAX_CANDIDATES = 500
SNIPPET_LENGTH = 240


@dataclass(frozen=True)
class ResultType:
    key: str
    model: type
    label: str
    theme_through: type | None = None

    @property
    def singular_label(self):
        return capfirst(self.model._meta.verbose_name)

    def __reduce__(self):
        # Kept with a search's outcome: pickled as its key, the one object read back. Its
        # label is a lazy translation, and unpickling those built a class each time (six
        # per kept search, 1 ms of a search page's 15).
        return result_type_of, (self.key,)


RESULT_TYPES = [
    ResultType("praktijk", LearningPractice, _("Learning practices"), PracticeTheme),
    ResultType("leernetwerk", LearningNetwork, _("Learning networks"), NetworkTheme),
    ResultType("ervaring", ExperienceReport, _("Experiences"), ExperienceTheme),
    ResultType("les", Lesson, _("Lessons"), LessonTheme),
    ResultType("dossier", KnowledgeDossier, _("“Wat werkt bij” dossiers")),
    ResultType("element", EffectiveElementPage, _("Effective elements")),
    ResultType("bijeenkomst", EventPage, _("Meetings"), EventTheme),
    ResultType("pagina", ContentPage, _("Pages")),
]
RESULT_TYPES_BY_KEY = {result_type.key: result_type for result_type in RESULT_TYPES}


def result_type_of(key):
    return RESULT_TYPES_BY_KEY[key]


# Control characters (NUL and the like) and the invisible marks that turn the direction of
# text around: never part of what someone searches for, and PostgreSQL refuses NUL in a query.
NOT_SEARCHABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def searchable_text(text):
    """What someone typed into a search box (or a link's query), without control and
    direction characters and with single spaces."""
    return " ".join(NOT_SEARCHABLE.sub(" ", text).split())


def parse_user_query(text):
    """A search query from what someone typed: words must all match, "quoted words"
    match as a phrase, and nothing typed can break the search backend's syntax."""
    _filters, query = parse_query_string(text.replace(":", " "), operator="and")
    return query


def query_terms(text):
    return [term for term in re.findall(r"\w+", text.lower()) if len(term) > 1]


def highlight(text, terms):
    """`text` escaped and without bidirectional controls, with the search terms wrapped
    in <mark>."""
    escaped = escape(without_bidi_controls(text))
    if not terms:
        return escaped
    pattern = re.compile("|".join(re.escape(escape(term)) for term in sorted(terms, key=len, reverse=True)), re.I)
    return mark_safe(pattern.sub(lambda match: f"<mark>{match.group(0)}</mark>", escaped))


def snippet(text, terms, length=SNIPPET_LENGTH):
    """A piece of `text` around the first search term, highlighted."""
    text = plain_text(text)
    lowered = text.lower()
    positions = [lowered.find(term) for term in terms if lowered.find(term) >= 0]
    start = max(0, min(positions) - length // 3) if positions else 0
    piece = excerpt(text[start:], chars=length)
    if start:
        piece = "…" + piece.split(" ", 1)[-1]
    return highlight(piece, terms)


# The fields whose text a result's snippet is taken from, in order.
SNIPPET_FIELDS = (
    "summary",
    "intro",
    "search_description",
    "body_html",
    "approach",
    "body",
    "factors",
    "evidence",
    "application",
)


def _strings_in(value):
    """The prose in a StreamField's raw data: block values, not block types, ids or
    choice keys (short strings are skipped)."""
    if isinstance(value, str):
        if len(value) > 20:
            yield value
    elif isinstance(value, dict):
        if "type" in value and "value" in value:
            yield from _strings_in(value["value"])
        else:
            for item in value.values():
                yield from _strings_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings_in(item)


def _snippet_columns(model):
    """The page type's own fields a snippet is taken from (SNIPPET_FIELDS' order), and
    which of them are StreamFields (stored as JSON)."""
    own = {field.name: field for field in model._meta.local_concrete_fields}
    return [(name, isinstance(own[name], StreamField)) for name in SNIPPET_FIELDS if name in own]


SNIPPET_COLUMNS = {result_type.model: _snippet_columns(result_type.model) for result_type in RESULT_TYPES}
SNIPPET_WIDTH = max(len(columns) for columns in SNIPPET_COLUMNS.values())


def _own_texts(pages, types_of):
    """{page pk: {field name: value}} of the pages' own snippet fields, for pages of
    several types in one query (a union over the types' tables, each padded to the same
    number of text columns). StreamFields come as their stored JSON."""
    ids_by_model = {}
    for page in pages:
        ids_by_model.setdefault(types_of[page.pk].model, []).append(page.pk)
    parts = []
    for model, ids in ids_by_model.items():
        columns = [Cast(name, TextField()) for name, _is_stream in SNIPPET_COLUMNS[model]]
        columns += [Cast(Value(""), TextField())] * (SNIPPET_WIDTH - len(columns))
        names = [f"text_{number}" for number in range(SNIPPET_WIDTH)]
        parts.append(
            model._base_manager.filter(pk__in=ids)
            .order_by()
            .annotate(**dict(zip(names, columns, strict=True)))
            .values_list("pk", *names)
        )
    if not parts:
        return {}
    rows = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    texts = {}
    for page_id, *values in rows:
        columns = SNIPPET_COLUMNS[types_of[page_id].model]
        texts[page_id] = {
            name: (json.loads(value) if value and is_stream else value)
            for (name, is_stream), value in zip(columns, values, strict=False)
        }
    return texts


def _text_of(page, own_texts):
    """The text a result's snippet is taken from: the page's own fields (`own_texts`, from
    _own_texts) and the search description every page has, in SNIPPET_FIELDS' order."""
    parts = []
    for name in SNIPPET_FIELDS:
        value = page.search_description if name == "search_description" else own_texts.get(name)
        if not value:
            continue
        if isinstance(value, str):
            parts.append(value)
        else:
            parts.extend(_strings_in(value))
    return " ".join(parts)


@dataclass
class Facet:
    key: str
    label: str
    count: int
    selected: bool = False


@dataclass
class SearchOutcome:
    hits: list = field(default_factory=list)
    type_facets: list = field(default_factory=list)
    theme_facets: list = field(default_factory=list)
    total: int = 0


def _themes_by_page(hits_by_model):
    """({page pk: {theme pk, …}}, {theme pk: (slug, name)}) for the hits, in one query (a
    union over the page types' theme tables, and the dossiers' own theme, each with the
    theme's slug and name for the facets)."""
    parts = []
    for result_type in RESULT_TYPES:
        ids = hits_by_model.get(result_type.model, [])
        if not ids:
            continue
        if result_type.theme_through is not None:
            parts.append(
                result_type.theme_through.objects.filter(InList(F("content_object_id"), ids))
                .order_by()
                .values_list("content_object_id", "tag_id", "tag__slug", "tag__name")
            )
        elif result_type.model is KnowledgeDossier:
            parts.append(
                KnowledgeDossier.objects.filter(InList(F("pk"), ids), theme__isnull=False)
                .order_by()
                .values_list("pk", "theme_id", "theme__slug", "theme__name")
            )
    themes_of, themes = {}, {}
    if not parts:
        return themes_of, themes
    rows = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    for page_id, theme_id, slug, name in rows:
        themes_of.setdefault(page_id, set()).add(theme_id)
        themes[theme_id] = (slug, name)
    return themes_of, themes


def search_pages(text, *, type_key="", theme_slug=""):
    """Live, public pages matching `text`, filtered by type and theme, with facet counts.
    The counts of each facet ignore that facet's own selection (as in a shop's filters).
    The hits are page ids, best first; `present` reads the pages of the result page shown."""
    content_types = ContentType.objects.get_for_models(*[result_type.model for result_type in RESULT_TYPES])
    models_by_content_type = {content_types[result_type.model].pk: result_type for result_type in RESULT_TYPES}
    results = (
        # Wagtail's public() (one query for the view restrictions): the search backend
        # cannot translate the project's one-statement variant (an Exists) into its filters.
        Page.objects.live()
        .public()
        .type(*[result_type.model for result_type in RESULT_TYPES])
        # A network's or practice's own meeting is only for its circle: never in search.
        .exclude(pk__in=EventPage.objects.filter(circle_only=True).values("pk"))
        .search(parse_user_query(text))[:MAX_CANDIDATES]
    )
    # The backend's own query (matched, ranked and cut as it builds it), read as (id, type)
    # pairs: building 500 page objects, each with the index entry's words the backend
    # selects, cost more than the search itself.
    types_of = {
        page_id: models_by_content_type[content_type_id]
        for page_id, content_type_id in results.get_queryset().values_list("pk", "content_type_id")
        if content_type_id in models_by_content_type
    }
    candidates = list(types_of)
    hits_by_model = {}
    for page_id in candidates:
        hits_by_model.setdefault(types_of[page_id].model, []).append(page_id)
    themes_of, themes = _themes_by_page(hits_by_model)

    theme = None
    if theme_slug:
        theme = next((pk for pk, (slug, _name) in themes.items() if slug == theme_slug), None)
        if theme is None:  # a theme none of the matches has: shown selected, with 0
            found = Theme.objects.filter(slug=theme_slug).values_list("pk", "slug", "name").first()
            if found is not None:
                theme, themes[found[0]] = found[0], found[1:]
    selected_type = RESULT_TYPES_BY_KEY.get(type_key)

    in_theme = [page_id for page_id in candidates if theme is None or theme in themes_of.get(page_id, ())]
    in_type = [page_id for page_id in candidates if selected_type is None or types_of[page_id] is selected_type]
    hits = [page_id for page_id in in_theme if selected_type is None or types_of[page_id] is selected_type]

    type_counts = Counter(types_of[page_id].key for page_id in in_theme)
    type_facets = [
        Facet(result_type.key, str(result_type.label), type_counts[result_type.key], result_type is selected_type)
        for result_type in RESULT_TYPES
        if type_counts[result_type.key] or result_type is selected_type
    ]
    theme_counts = Counter(theme_id for page_id in in_type for theme_id in themes_of.get(page_id, ()))
    theme_facets = sorted(
        (
            Facet(themes[theme_id][0], themes[theme_id][1], theme_counts[theme_id], theme_id == theme)
            for theme_id in {*theme_counts, *([theme] if theme is not None else [])}
        ),
        key=lambda facet: facet.label,
    )
    return SearchOutcome(hits=hits, type_facets=type_facets, theme_facets=theme_facets, total=len(hits)), types_of


# How long a search's pages and facets are kept at most. They are the same for every reader
# (live, public pages only) and forgotten at once whenever a page is saved, published,
# unpublished, moved or deleted, a view restriction or a theme changes (the tree cache's
# generation, lerendnetwerk.tree_cache); the limit bounds what no signal reports (a new
# search index built by `update_index`).
KEPT_SECONDS = 600


def _kept(request, name, build, *parts):
    """What build() returns, remembered with the tree cache (its generation, the language)
    under `parts`, hashed (they hold typed text): not in the process's own memo, as what
    people search for has no bound, and for KEPT_SECONDS, not a day."""
    digest = hashlib.sha256("\0".join(map(str, parts)).encode()).hexdigest()
    return tree_cache.remembered(request, f"search-{name}", build, digest, seconds=KEPT_SECONDS, in_process=False)


def kept_search_pages(request, text, *, type_key="", theme_slug=""):
    """search_pages(), kept between requests: a query many members ask (a theme's name)
    costs the search and the facets once per change of the pages."""
    return _kept(
        request,
        "pages",
        lambda: search_pages(text, type_key=type_key, theme_slug=theme_slug),
        text,
        type_key,
        theme_slug,
    )


def kept_present(request, page_ids, types_of, text):
    """present(), kept between requests: the result page's pages with their highlighted
    titles and snippets, the same for every reader of these pages for this query."""
    return _kept(request, "shown", lambda: present(page_ids, types_of, text), text, *page_ids)


def present(page_ids, types_of, text):
    """The pages of one result page (`page_ids`, best first) with type label and
    highlights: the base pages (titles and URLs) in one query, their text for the
    snippets in one more whatever their types."""
    terms = query_terms(text)
    pages = Page.objects.in_bulk(page_ids)
    shown = [pages[page_id] for page_id in page_ids if page_id in pages]
    own_texts = _own_texts(shown, types_of)
    return [
        {
            "page": page,
            "type_label": str(types_of[page.pk].singular_label),
            "title": highlight(page.title, terms),
            "snippet": snippet(_text_of(page, own_texts.get(page.pk, {})), terms),
        }
        for page in shown
    ]


def search_threads(category_ids, text):
    """Discussions in these categories (those the member may read:
    notifications.unread.readable_category_ids; closed spaces only for their participants
    and staff, never for visitors) whose title or one of whose posts contains every word
    (the forum's full-text index, forum.fulltext)."""
    return Thread.objects.listed_in(category_ids).matching(text)
