from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from lerendnetwerk.blocks import ContentStreamBlock, ParagraphBlock
from practices.models import LearningPractice
from themes.models import ThemedItemBase

from .blocks import DownloadBlock, EffectiveFactorBlock
from .feeds import LessonAtomFeed, LessonRssFeed
from .forms import LessonFilterForm


class LessonQuerySet(PageQuerySet):
    def listed(self):
        """Lessons anyone may read, newest first, with their themes."""
        return self.live().public().prefetch_related("themes").order_by("-first_published_at", "-pk")


class KnowledgeIndexPage(Page):
    """Kennis: the "Wat werkt bij …" dossiers and the lessons."""

    # The section's name in menus when the site is not shown in Dutch (home.navigation).
    section_name = _("Knowledge")

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledge.KnowledgeDossier", "knowledge.LessonIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("knowledge index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page = self
        dossiers = KnowledgeDossier.objects.child_of(page).live().public().select_related("theme").order_by("title")
        lesson_index = LessonIndexPage.objects.child_of(page).live().first()
        context.update(
            {"dossiers": dossiers, "latest_lessons": Lesson.objects.listed()[:4], "lesson_index": lesson_index}
        )
        return context


class KnowledgeDossier(Page):
    """A "Wat werkt bij …" dossier: the effective factors for one theme."""

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

    content_panels = Page.content_panels + [
        FieldPanel("theme"),
        FieldPanel("intro"),
        FieldPanel("factors"),
        FieldPanel("evidence"),
        FieldPanel("tools"),
        FieldPanel("related_elements", widget=forms.CheckboxSelectMultiple),
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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        dossier = self
        lessons = Lesson.objects.listed().filter(dossiers=dossier) | Lesson.objects.listed().filter(
            theme_items__tag=dossier.theme_id
        )
        practices = (
            LearningPractice.objects.live()
            .public()
            .filter(theme_items__tag=dossier.theme_id)
            .with_leads()
            .order_by("title")
        )
        context.update(
            {
                "related_lessons": lessons.distinct()[:6],
                "related_practices": practices.distinct(),
                "related_elements": dossier.related_elements.all(),
            }
        )
        return context


class LessonIndexPage(RoutablePageMixin, Page):
    """Lessen: everything the institute learned from the practices, newest first."""

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
        form = LessonFilterForm(request.GET or None)
        theme = form.cleaned_data.get("theme") if form.is_bound and form.is_valid() else None
        lessons = Lesson.objects.listed().child_of(self)
        if theme is not None:
            lessons = lessons.filter(theme_items__tag=theme)
        page_obj = Paginator(lessons, settings.LESSON_INDEX_PAGE_SIZE).get_page(request.GET.get("page"))
        context.update(
            {"form": form, "page_obj": page_obj, "lessons": page_obj.object_list, "is_filtered": theme is not None}
        )
        return context

    def lessons(self):
        """The lessons under this index that anyone may read (for the feeds)."""
        return Lesson.objects.child_of(self).live().public().prefetch_related("themes")

    FEED_PATHS_CACHE_KEY = "knowledge:lesson-feed-paths"

    @classmethod
    def feed_paths(cls):
        """{"rss": path, "atom": path} of the live lesson index's feeds, or {} without one.
        Every page's <head> links them, so they are cached until a page is published,
        unpublished, moved or renamed (knowledge/apps.py), instead of a query per page."""

        def find():
            index = cls.objects.live().first()
            url = index.get_url() if index else None
            if not url:
                return {}
            return {"rss": url + index.reverse_subpage("rss"), "atom": url + index.reverse_subpage("atom")}

        return cache.get_or_set(cls.FEED_PATHS_CACHE_KEY, find, timeout=3600)

    @classmethod
    def forget_feed_paths(cls, **kwargs):
        cache.delete(cls.FEED_PATHS_CACHE_KEY)

    @path("feed/", name="rss")
    def rss_feed(self, request):
        return LessonRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        return LessonAtomFeed(self)(request)


class LessonTheme(ThemedItemBase):
    content_object = ParentalKey("knowledge.Lesson", on_delete=models.CASCADE, related_name="theme_items")


class Lesson(Page):
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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        lesson = self
        context.update(
            {
                "source_practices": lesson.source_practices.live().public().select_related("municipality"),
                "source_experiences": lesson.source_experiences.live().public(),
                "lesson_dossiers": lesson.dossiers.live().public(),
                "lesson_themes": lesson.themes.all(),
            }
        )
        return context
