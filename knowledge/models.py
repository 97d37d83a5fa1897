from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from lerendnetwerk import shared_fragments, tree_cache
from lerendnetwerk.blocks import ContentStreamBlock, ParagraphBlock
from lerendnetwerk.page_queries import PageManager, PageQuerySet, stored
from lerendnetwerk.page_serving import PreviewWhileAdded, ViewRestrictionsInOneQuery
from lerendnetwerk.paging import page_of
from networks.models import LearningNetwork
from practices.models import LearningPractice, PracticeIndexPage
from themes.models import ThemedItemBase
from themes.prefetch import prefetch_themes

from . import chain
from .blocks import DownloadBlock, EffectiveFactorBlock
from .feeds import LessonAtomFeed, LessonRssFeed
from .forms import LessonFilterForm


class LessonQuerySet(PageQuerySet):
    def listed(self):
        """Lessons anyone may read, newest first, with their themes."""
        return self.live().public().prefetch_related("themes").order_by("-first_published_at", "-pk")


class KnowledgeIndexPage(PreviewWhileAdded, ViewRestrictionsInOneQuery, Page):
    """Kennis: the "Wat werkt bij …" dossiers and the lessons."""

    objects = PageManager()

    # The section's name in menus when the site is not shown in Dutch (home.navigation).
    section_name = _("Knowledge")

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledge.KnowledgeDossier", "knowledge.LessonIndexPage", "knowledge.EffectiveElementIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("knowledge index")

    SHARED_CONTEXT = ("dossiers", "latest_lessons", "lesson_index", "element_index", "element_pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The same for every reader: read only when the page's content is not kept
        # (templates/knowledge/knowledge_index_page.html, lerendnetwerk.shared_fragments).
        context.update(shared_fragments.lazy_context(self._shared_context, self.SHARED_CONTEXT))
        return context

    def _shared_context(self):
        page = self
        element_index = EffectiveElementIndexPage.objects.child_of(page).live().public().first()
        return {
            "dossiers": KnowledgeDossier.objects.child_of(page)
            .live()
            .public()
            .select_related("theme")
            .order_by("title"),
            "latest_lessons": Lesson.objects.listed()[:4],
            "lesson_index": LessonIndexPage.objects.child_of(page).live().first(),
            "element_index": element_index,
            "element_pages": (
                EffectiveElementPage.objects.child_of(element_index).live().public().order_by("title")
                if element_index
                else EffectiveElementPage.objects.none()
            ),
        }


class KnowledgeDossier(PreviewWhileAdded, ViewRestrictionsInOneQuery, Page):
    """A "Wat werkt bij …" dossier: the effective factors for one theme."""

    objects = PageManager()

    theme = models.OneToOneField(
        "themes.Theme", on_delete=models.PROTECT, related_name="dossier", verbose_name=_("theme")
    )
    intro = models.TextField(_("introduction"))
    factors = StreamField([("factor", EffectiveFactorBlock())], verbose_name=_("effective factors"))
    evidence = StreamField([("paragraph", ParagraphBlock())], verbose_name=_("the evidence behind it"), blank=True)
    tools = StreamField([("download", DownloadBlock())], verbose_name=_("tools and downloads"), blank=True)
    related_elements = ParentalManyToManyField(
        "practices.EffectiveElement", blank=True, related_name="dossiers", verbose_name=_("related effective elements")
    )
    last_reviewed = models.DateField(
        _("last reviewed"), null=True, blank=True, help_text=_("When the institute last checked this dossier.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("theme"),
        FieldPanel("intro"),
        FieldPanel("factors"),
        FieldPanel("evidence"),
        FieldPanel("tools"),
        FieldPanel("related_elements", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), InlinePanel("sources", label=_("Source"))],
            heading=_("Sources (bronnenlijst)"),
        ),
        InlinePanel(
            "knowledge_gaps",
            label=_("Knowledge gap"),
            heading=_("Knowledge gaps"),
            help_text=_(
                "What is not known yet. A gap that looks for learning practices is shown on the application page."
            ),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("factors"),
        index.SearchField("evidence"),
        index.RelatedFields("theme", [index.SearchField("name")]),
    ]

    parent_page_types = ["knowledge.KnowledgeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("“Wat werkt bij” dossier")
        verbose_name_plural = _("“Wat werkt bij” dossiers")

    # What served_queryset reads is the same for every reader: kept (lerendnetwerk.page_serving).
    served_page_is_shared = True

    @classmethod
    def served_queryset(cls, queryset, request):
        """The dossier's theme, read with the dossier (what else it shows is read only
        when its content is not kept)."""
        return queryset.select_related("theme")

    @staticmethod
    def _practices(theme_id):
        return LearningPractice.objects.live().public().filter(theme_items__tag=theme_id)

    SHARED_CONTEXT = (
        "related_lessons",
        "related_practices",
        "related_networks",
        "related_elements",
        "sources",
        "knowledge_gaps",
        "apply_url",
    )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Everything on a dossier is the same for every reader: read only when the page's
        # content is not kept (templates/knowledge/knowledge_dossier.html, lerendnetwerk.shared_fragments).
        context.update(shared_fragments.lazy_context(lambda: self._shared_context(request), self.SHARED_CONTEXT))
        return context

    def _shared_context(self, request):
        dossier = self
        lessons = Lesson.objects.listed().filter(dossiers=dossier) | Lesson.objects.listed().filter(
            theme_items__tag=dossier.theme_id
        )
        related_lessons = list(lessons.distinct().prefetch_related(None)[:6])
        # The practices on the theme in pages (?praktijken=2).
        practices = self._practices(dossier.theme_id).distinct().with_leads(themes=False).order_by("title", "pk")
        practice_page = page_of(
            practices, settings.PRACTICE_PAGE_LIST_SIZE, request.GET.get("praktijken"), count=practices.count()
        )
        # The themes of the lessons' and the practices' cards in one query.
        prefetch_themes(related_lessons, list(practice_page))
        return {
            "related_lessons": related_lessons,
            "related_practices": practice_page,
            "related_networks": LearningNetwork.objects.listed()
            .filter(theme_items__tag=dossier.theme_id)
            .order_by("title"),
            "related_elements": chain.with_pages(dossier.related_elements.all()),
            "sources": dossier.sources.all(),
            "knowledge_gaps": dossier.knowledge_gaps.all(),
            "apply_url": PracticeIndexPage.apply_url(),
        }


class SourceKind(models.TextChoices):
    LITERATURE = "literature", _("Literature")
    EFFECT_STUDY = "effect_study", _("Effect study")
    OTHER = "other", _("Other")


class Source(Orderable):
    """One entry of a dossier's bronnenlijst: the literature and effect studies it rests on."""

    page = ParentalKey(KnowledgeDossier, on_delete=models.CASCADE, related_name="sources")
    kind = models.CharField(_("kind"), max_length=12, choices=SourceKind.choices, default=SourceKind.LITERATURE)
    authors = models.CharField(_("authors"), max_length=300, help_text=_("For example: Jansen, P. & De Vries, A."))
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=300)
    publisher = models.CharField(_("publisher or journal"), max_length=200, blank=True)
    url = models.URLField(_("web address"), blank=True)

    panels = [
        FieldPanel("kind"),
        FieldPanel("authors"),
        FieldPanel("year"),
        FieldPanel("title"),
        FieldPanel("publisher"),
        FieldPanel("url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self):
        return f"{self.authors} ({self.year or _('n.d.')}). {self.title}"


class KnowledgeGapQuerySet(models.QuerySet):
    def seeking_practices(self):
        """Gaps of live, public dossiers that call for new learning practices (shown on the
        application page and offered in its form), with their dossier."""
        dossiers = KnowledgeDossier.objects.live().public()
        return (
            self.filter(seeking_practices=True, page__in=dossiers)
            .select_related("page")
            .order_by("page__title", "sort_order", "pk")
        )


class KnowledgeGap(Orderable):
    """A kennislacune: what is not known yet about a dossier's theme. One that looks for
    learning practices invites municipalities to apply and work on it."""

    page = ParentalKey(KnowledgeDossier, on_delete=models.CASCADE, related_name="knowledge_gaps")
    question = models.CharField(_("what is not known yet"), max_length=300)
    seeking_practices = models.BooleanField(_("looks for learning practices"), default=False)

    panels = [FieldPanel("question"), FieldPanel("seeking_practices")]

    objects = KnowledgeGapQuerySet.as_manager()

    class Meta(Orderable.Meta):
        verbose_name = _("knowledge gap")
        verbose_name_plural = _("knowledge gaps")

    def __str__(self):
        return self.question


class LessonIndexPage(PreviewWhileAdded, ViewRestrictionsInOneQuery, RoutablePageMixin, Page):
    """Lessen: everything the institute learned from the practices, newest first."""

    objects = PageManager()

    section_name = _("Lessons")

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["knowledge.KnowledgeIndexPage"]
    subpage_types = ["knowledge.Lesson"]
    max_count = 1

    class Meta:
        verbose_name = _("lesson index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The same for every reader: read only when the page's content is not kept
        # (templates/knowledge/lesson_index_page.html, lerendnetwerk.shared_fragments).
        names = ("form", "page_obj", "lessons", "is_filtered")
        context.update(shared_fragments.lazy_context(lambda: self._listing(request), names))
        return context

    def _listing(self, request):
        form = LessonFilterForm(request.GET or None)
        filters = form.filters() if form.is_bound else {}
        lessons = Lesson.objects.listed().child_of(self)
        if "theme" in filters:
            lessons = lessons.filter(theme_items__tag=filters["theme"])
        if "element" in filters:
            lessons = lessons.filter(elements=filters["element"])
        page_obj = Paginator(lessons.distinct(), settings.LESSON_INDEX_PAGE_SIZE).get_page(request.GET.get("page"))
        return {"form": form, "page_obj": page_obj, "lessons": page_obj.object_list, "is_filtered": bool(filters)}

    def lessons(self):
        """The lessons under this index that anyone may read (for the feeds)."""
        return Lesson.objects.child_of(self).live().public().prefetch_related("themes")

    @classmethod
    def feed_paths(cls, request=None):
        """{"rss": path, "atom": path} of the live lesson index's feeds, or {} without one.
        Every page's <head> links them, so they are remembered with the menus until a
        page changes (lerendnetwerk.tree_cache: kept in the process, no cache read of
        their own), instead of a query per page."""

        def find():
            index = cls.objects.live().first()
            url = index.get_url() if index else None
            if not url:
                return {}
            return {"rss": url + index.reverse_subpage("rss"), "atom": url + index.reverse_subpage("atom")}

        return tree_cache.remembered(request, "lesson-feed-paths", find)

    @path("feed/", name="rss")
    def rss_feed(self, request):
        return LessonRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        return LessonAtomFeed(self)(request)


class LessonTheme(ThemedItemBase):
    content_object = ParentalKey("knowledge.Lesson", on_delete=models.CASCADE, related_name="theme_items")


class Lesson(PreviewWhileAdded, ViewRestrictionsInOneQuery, Page):
    """A lesson (les) the institute distils from practices and experiences."""

    summary = models.TextField(_("summary"), max_length=400)
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"))
    themes = ClusterTaggableManager(through=LessonTheme, verbose_name=_("themes"), blank=True)
    source_practices = ParentalManyToManyField(
        "practices.LearningPractice", blank=True, related_name="lessons", verbose_name=_("drawn from practices")
    )
    source_experiences = ParentalManyToManyField(
        "practices.ExperienceReport", blank=True, related_name="lessons", verbose_name=_("drawn from experiences")
    )
    dossiers = ParentalManyToManyField(
        KnowledgeDossier, blank=True, related_name="lessons", verbose_name=_("feeds the dossiers")
    )
    source_learning_questions = ParentalManyToManyField(
        "practices.LearningQuestion",
        blank=True,
        related_name="lessons",
        verbose_name=_("answers the learning questions"),
    )
    elements = ParentalManyToManyField(
        "practices.EffectiveElement", blank=True, related_name="lessons", verbose_name=_("about the effective elements")
    )
    # The end evaluation this lesson was drafted from (one lesson draft per evaluation).
    evaluation = models.OneToOneField(
        "practices.PracticeEvaluation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="lesson",
        verbose_name=_("drafted from the evaluation"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("themes"),
        MultiFieldPanel(
            [
                FieldPanel("source_practices", widget=forms.CheckboxSelectMultiple),
                FieldPanel("source_experiences"),
                FieldPanel("source_learning_questions"),
                FieldPanel("evaluation", read_only=True),
                FieldPanel("dossiers", widget=forms.CheckboxSelectMultiple),
                FieldPanel("elements", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Where it comes from and what it feeds"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]

    parent_page_types = ["knowledge.LessonIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(LessonQuerySet)()

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    SHARED_CONTEXT = (
        "source_practices",
        "source_experiences",
        "lesson_dossiers",
        "lesson_elements",
        "lesson_themes",
        "basis",
    )

    # What served_queryset reads is the same for every reader: kept (lerendnetwerk.page_serving).
    served_page_is_shared = True

    @classmethod
    def served_queryset(cls, queryset, request):
        """Whether any meeting names the lesson as one it came from, read with the lesson:
        most name none, and then the reader's own query of them is left out."""
        through = cls.events.through  # EventPage.related_lessons (events is not imported here)
        return queryset.annotate(
            served_named_by_meetings=models.Exists(through.objects.filter(lesson=models.OuterRef("pk")))
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # All but the meetings is the same for every reader: read only when those parts
        # are not kept (templates/knowledge/lesson.html, lerendnetwerk.shared_fragments).
        context.update(shared_fragments.lazy_context(self._shared_context, self.SHARED_CONTEXT))
        # The meetings this lesson came from: EventPage.related_lessons, read through its
        # reverse accessor (events is above knowledge and is not imported); a meeting only
        # for a network's members is named to them and the editors only.
        if getattr(self, "served_named_by_meetings", True):
            context["source_meetings"] = self.events.live().public().visible_to(request.user).order_by("-start")
        else:
            context["source_meetings"] = []
        return context

    def _shared_context(self):
        lesson = self
        practices = list(stored(lesson.source_practices).live().public().select_related("municipality"))
        experiences = list(chain.published_experiences(stored(lesson.source_experiences)))
        return {
            "source_practices": practices,
            "source_experiences": experiences,
            "lesson_dossiers": stored(lesson.dossiers).live().public(),
            "lesson_elements": chain.with_pages(stored(lesson.elements)),
            "lesson_themes": lesson.themes.all(),
            "basis": chain.Basis.of(
                practices, experiences, experiences_anchor="source-experiences", practices_anchor="source-practices"
            ),
        }


class EffectiveElementIndexPage(PreviewWhileAdded, ViewRestrictionsInOneQuery, Page):
    """Werkzame elementen: every effective element with its own page."""

    objects = PageManager()

    section_name = _("Effective elements")

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["knowledge.KnowledgeIndexPage"]
    subpage_types = ["knowledge.EffectiveElementPage"]
    max_count = 1

    class Meta:
        verbose_name = _("effective element index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A QuerySet, read only when the page's content is not kept (lerendnetwerk.shared_fragments).
        element_pages = (
            EffectiveElementPage.objects.child_of(self).live().public().select_related("element").order_by("title")
        )
        context["element_pages"] = element_pages
        return context


class EffectiveElementPage(PreviewWhileAdded, ViewRestrictionsInOneQuery, Page):
    """One werkzaam element: what editors write about it (what it is, how you apply it, what
    it needs, good examples) and what the network knows about it, computed from the
    practices, experiences, lessons, dossiers and open leervragen that name it."""

    objects = PageManager()

    element = models.OneToOneField(
        "practices.EffectiveElement",
        on_delete=models.PROTECT,
        related_name="page",
        verbose_name=_("effective element"),
    )
    intro = models.TextField(_("what it is"), help_text=_("One or two paragraphs: what the element means."))
    application = StreamField(ContentStreamBlock(), verbose_name=_("how you apply it"), blank=True)
    conditions = StreamField(ContentStreamBlock(), verbose_name=_("what it needs (conditions)"), blank=True)
    examples = StreamField(ContentStreamBlock(), verbose_name=_("good examples"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("element"),
        FieldPanel("intro"),
        FieldPanel("application"),
        FieldPanel("conditions"),
        FieldPanel("examples"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("application"),
        index.SearchField("conditions"),
        index.SearchField("examples"),
        index.RelatedFields("element", [index.SearchField("name"), index.SearchField("description")]),
    ]

    parent_page_types = ["knowledge.EffectiveElementIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("effective element page")
        verbose_name_plural = _("effective element pages")

    LINKS = ("practice_filter_url", "lesson_filter_url")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The same for every reader: read only when the page's content is not kept
        # (templates/knowledge/effective_element_page.html, lerendnetwerk.shared_fragments).
        context.update(shared_fragments.lazy_context(self._knowledge, (*chain.ELEMENT_KNOWLEDGE, *self.LINKS)))
        return context

    def _knowledge(self):
        lesson_index = LessonIndexPage.objects.live().first()
        lesson_index_url = lesson_index.url if lesson_index else None
        return {
            **chain.element_knowledge(self.element),
            "practice_filter_url": PracticeIndexPage.filter_url(element=self.element),
            "lesson_filter_url": f"{lesson_index_url}?element={self.element.slug}" if lesson_index_url else None,
        }
