"""The pages of learning practices: the index (with filters and the application) and the
practice itself (with sharing an experience). Their routes parse the request and call
forms and services, as the page's own view; the data below them is in records.py."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.shortcuts import redirect, render
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from lerendnetwerk import shared_fragments, tree_cache
from lerendnetwerk.blocks import ContentStreamBlock
from lerendnetwerk.page_queries import PageManager, PageQuerySet, count_of
from lerendnetwerk.page_serving import PreviewWhileAdded, ViewRestrictionsInOneQuery
from lerendnetwerk.paging import page_of
from lerendnetwerk.ratelimit import RateLimited, check_rate
from members.models import (
    MemberProfile,
    card_theme_groups,
    complete_cards,
    themes_prefetched,
)
from themes.models import ThemedItemBase
from themes.prefetch import prefetch_themes

from . import services
from .forms import ExperienceForm, PracticeApplicationForm, PracticeFilterForm, element_choices
from .records import (
    EXPERIENCE_MAX_LENGTH,
    STEERING_TEAM_ROLES,
    EffectiveElement,
    ElementEvaluation,
    ExperienceAttachment,
    ExperienceReport,
    ExperienceTheme,
    LearningQuestion,
    LearningQuestionStatus,
    PracticeApplication,
    PracticeEvaluation,
    PracticeInvitation,
    PracticeMembership,
    PracticeRole,
    PracticeStatus,
    QuestionEvaluation,
    Reflection,
    ReflectionAnswer,
    ReflectionPrompt,
)

# The data below the pages, under the names every app has always imported them by.
__all__ = [
    "EXPERIENCE_MAX_LENGTH",
    "STEERING_TEAM_ROLES",
    "EffectiveElement",
    "ElementEvaluation",
    "ExperienceAttachment",
    "ExperienceReport",
    "ExperienceTheme",
    "LearningPractice",
    "LearningPracticeQuerySet",
    "LearningQuestion",
    "LearningQuestionStatus",
    "OrganisationBlock",
    "PracticeApplication",
    "PracticeEvaluation",
    "PracticeIndexPage",
    "PracticeInvitation",
    "PracticeMembership",
    "PracticeRole",
    "PracticeStatus",
    "PracticeTheme",
    "QuestionEvaluation",
    "Reflection",
    "ReflectionAnswer",
    "ReflectionPrompt",
]

UPCOMING_EVENTS_SHOWN = 5

# What the practice page also reads with the practice for the apps built on this one (the
# forum: its closed space; figures: the startanalyse), so that their parts of the page cost
# no query of their own: name -> a function returning the annotation (OuterRef("pk") is
# the practice). Registered from their AppConfig.ready, as members.directory's filters are.
SERVED_ANNOTATIONS = {}


def read_with_practice_page(name, annotation):
    SERVED_ANNOTATIONS[name] = annotation


class LearningPracticeQuerySet(PageQuerySet):
    def with_leads(self, *, themes=True):
        """With what a practice's card shows: municipality, themes, effective elements
        and the trekkers, in a fixed number of queries (`themes=False`: the page reads the
        themes itself, with those of its other cards: themes.prefetch)."""
        leads = PracticeMembership.objects.filter(role=PracticeRole.LEAD).select_related("member")
        related = ["themes"] if themes else []
        return self.select_related("municipality").prefetch_related(
            *related, "effective_elements", Prefetch("memberships", queryset=leads)
        )


class PracticeIndexPage(PreviewWhileAdded, ViewRestrictionsInOneQuery, RoutablePageMixin, Page):
    """Lerende praktijken: all learning practices, with filters."""

    objects = PageManager()

    # The section's name in menus when the site is not shown in Dutch (home.navigation).
    section_name = _("Learning practices")

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["practices.LearningPractice"]
    max_count = 1

    class Meta:
        verbose_name = _("learning practice index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The same for every reader: read only when the page's content is not kept
        # (templates/practices/practice_index_page.html, lerendnetwerk.shared_fragments).
        names = ("form", "page_obj", "practices", "is_filtered")
        context.update(shared_fragments.lazy_context(lambda: self._listing(request), names))
        return context

    def _listing(self, request):
        form = PracticeFilterForm(request.GET or None)
        filters = form.filters() if form.is_bound else {}
        practices = LearningPractice.objects.child_of(self).live().public()
        if "theme" in filters:
            practices = practices.filter(theme_items__tag=filters["theme"])
        if "element" in filters:
            practices = practices.filter(effective_elements=filters["element"])
        if "province" in filters:
            practices = practices.filter(municipality__province=filters["province"])
        if "status" in filters:
            practices = practices.filter(status=filters["status"])
        practices = practices.distinct().with_leads().order_by("title")
        page_obj = Paginator(practices, settings.PRACTICE_INDEX_PAGE_SIZE).get_page(request.GET.get("page"))
        return {"form": form, "page_obj": page_obj, "practices": page_obj.object_list, "is_filtered": bool(filters)}

    @classmethod
    def apply_url(cls):
        """The address of the application (aanmelden) of the live practice index, or None
        (remembered with the menus until a page changes: lerendnetwerk.tree_cache)."""

        def find():
            index = cls.objects.live().first()
            url = index.url if index else None
            return url + index.reverse_subpage("apply") if url else None

        return tree_cache.remembered(None, "practice-apply-url", find)

    @classmethod
    def filter_url(cls, *, element):
        """The live practice index filtered on one effective element, or None."""

        def find():
            index = cls.objects.live().first()
            return index.url if index else None

        url = tree_cache.remembered(None, "practice-index-url", find)
        return f"{url}?element={element.slug}" if url else None

    @path("aanmelden/", name="apply")
    def apply(self, request):
        """Aanmelden als lerende praktijk; `?kennislacune=<id>` chooses the knowledge gap
        (of a "Wat werkt bij" dossier) the municipality wants to work on."""
        index_page = self
        form = PracticeApplicationForm(
            request.POST or None, initial={"knowledge_gap": PracticeApplicationForm.gap_from_query(request.GET)}
        )
        context = {"form": form, "page": index_page, "knowledge_gaps": SimpleLazyObject(form.knowledge_gaps)}
        if request.method == "POST" and form.is_valid():
            try:
                check_rate(request, "practice-application", limit=5, period=3600)
            except RateLimited:
                messages.error(
                    request, gettext("We received many applications from your connection. Please try again later.")
                )
                return render(request, "practices/apply.html", context, status=429)
            if not form.is_spam():
                data = form.cleaned_data
                services.submit_application(
                    municipality=data["municipality"],
                    contact_name=data["contact_name"],
                    contact_email=data["contact_email"],
                    contact_phone=data["contact_phone"],
                    job_title=data["job_title"],
                    themes=data["themes"],
                    learning_questions=data["learning_questions"],
                    knowledge_gap=data.get("knowledge_gap"),
                )
            return render(
                request, "practices/apply_done.html", {"page": index_page, "email": form.cleaned_data["contact_email"]}
            )
        return render(request, "practices/apply.html", context)


class PracticeTheme(ThemedItemBase):
    content_object = ParentalKey("practices.LearningPractice", on_delete=models.CASCADE, related_name="theme_items")


class OrganisationBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=150)
    role = blocks.CharBlock(label=_("Role in the practice"), max_length=200, required=False)
    url = blocks.URLBlock(label=_("Website"), required=False)

    class Meta:
        icon = "group"
        label = _("Organisation")
        template = "practices/blocks/organisation_block.html"


class LearningPractice(PreviewWhileAdded, ViewRestrictionsInOneQuery, RoutablePageMixin, Page):
    """One municipality's learning trajectory (lerende praktijk)."""

    municipality = models.ForeignKey(
        "municipalities.Municipality",
        on_delete=models.PROTECT,
        related_name="practices",
        verbose_name=_("municipality"),
    )
    summary = models.TextField(_("summary"), max_length=400, help_text=_("One or two sentences for lists and search."))
    status = models.CharField(_("status"), max_length=10, choices=PracticeStatus.choices, default=PracticeStatus.ACTIVE)
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    themes = ClusterTaggableManager(through=PracticeTheme, verbose_name=_("themes"), blank=True)
    effective_elements = ParentalManyToManyField(
        EffectiveElement, blank=True, related_name="practices", verbose_name=_("effective elements")
    )
    # How often (in weeks) the trekker is asked to reflect on the open leervragen.
    reflection_interval_weeks = models.PositiveSmallIntegerField(
        _("reflection every … weeks"), default=6, validators=[MinValueValidator(1), MaxValueValidator(26)]
    )
    residents_involvement = models.TextField(
        _("residents and experts by experience involved"),
        max_length=2000,
        blank=True,
        help_text=_("Which residents and experts by experience take part, and how."),
    )
    approach = StreamField(ContentStreamBlock(), verbose_name=_("approach"), blank=True)
    organisations = StreamField(
        [("organisation", OrganisationBlock())], verbose_name=_("involved organisations"), blank=True
    )
    results = StreamField(ContentStreamBlock(), verbose_name=_("results"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("municipality"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Status and period")
        ),
        FieldPanel("themes"),
        FieldPanel("effective_elements", widget=forms.CheckboxSelectMultiple),
        FieldPanel("approach"),
        FieldPanel("organisations"),
        FieldPanel("residents_involvement"),
        FieldPanel("reflection_interval_weeks"),
        FieldPanel("results"),
        HelpPanel(
            content=_(
                "Who takes part (the trekker and other participants) and the learning questions are managed "
                "under Lerende praktijken › Deelnemers and › Leervragen, so that they change at once, "
                "without publishing."
            )
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.RelatedFields("learning_questions", [index.SearchField("text")]),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.RelatedFields("municipality", [index.SearchField("name")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("status"),
    ]

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = ["practices.ExperienceReport"]

    objects = PageManager.from_queryset(LearningPracticeQuerySet)()

    class Meta:
        verbose_name = _("learning practice")
        verbose_name_plural = _("learning practices")

    @classmethod
    def served_queryset(cls, queryset, request):
        """The practice page reads the municipality and what the reader's own parts need
        with the practice itself (lerendnetwerk.page_serving). The sizes of its lists are
        counted with the lists, when those parts are not kept (lerendnetwerk.shared_fragments)."""
        queryset = queryset.select_related("municipality").annotate(
            **{name: annotation() for name, annotation in SERVED_ANNOTATIONS.items()},
        )
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.is_active:  # the reader's role (viewer_role)
            role = PracticeMembership.objects.filter(practice=models.OuterRef("pk"), member_id=user.pk)
            # (the reader's roles, editor or moderator, come remembered: members.admin_access)
            queryset = queryset.annotate(served_viewer_role=models.Subquery(role.order_by().values("role")[:1]))
        return queryset

    SHARED_CONTEXT = (
        "leads",
        "learning_questions",
        "practice_elements",
        "lead_count",
        "experiences",
        "lessons",
        "upcoming_events",
        "practice_themes",
    )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        user = request.user
        # What every reader of an audience sees alike (lists, trekkers) is read only when
        # those parts are not kept (templates/practices/learning_practice.html,
        # lerendnetwerk.shared_fragments); the reader's role is their own.
        context.update(shared_fragments.lazy_context(lambda: self._shared_context(request), self.SHARED_CONTEXT))
        viewer_role = self.viewer_role(user)
        context.update(
            {
                "viewer_role": viewer_role,
                "can_share_experience": user.is_authenticated
                and user.is_active
                and (viewer_role is not None or user.is_editor),
            }
        )
        return context

    def _shared_context(self, request):
        practice = self
        user = request.user
        experiences = (
            ExperienceReport.objects.child_of(practice)
            .live()
            .public()
            .select_related("author")
            .order_by("-first_published_at", "-pk")
        )
        # Lessons, meetings and the closed forum space point at the practice; the
        # practice page reads them through those relations (those apps build on this one).
        lessons = practice.lessons.live().public().order_by("-first_published_at", "-pk")
        # Both lists in pages of their own (?ervaringen=2, ?lessen=2).
        sizes = self._list_sizes()
        experience_page = page_of(
            experiences,
            settings.PRACTICE_PAGE_LIST_SIZE,
            request.GET.get("ervaringen"),
            count=sizes["size_of_experiences"],
        )
        lesson_page = page_of(
            lessons, settings.PRACTICE_PAGE_LIST_SIZE, request.GET.get("lessen"), count=sizes["size_of_lessons"]
        )
        upcoming_events = list(practice.events.upcoming().prefetch_related(None)[:UPCOMING_EVENTS_SHOWN])
        # The trekkers whose profile the audience (visitors, members) may see.
        leads = self.visible_leads(user, complete=False)
        complete_cards(leads)
        # The themes of the practice, its meetings, its lessons and its trekkers in one query.
        prefetch_themes([practice], upcoming_events, list(lesson_page), *card_theme_groups(leads))
        themes_prefetched(leads)
        return {
            "leads": leads,
            "learning_questions": self.learning_questions_with_experiences(),
            # With their page (knowledge app), read through the relation's name.
            "practice_elements": practice.effective_elements.select_related("page").order_by("name"),
            "lead_count": sizes["size_of_leads"],
            "experiences": experience_page,
            "lessons": lesson_page,
            "upcoming_events": upcoming_events,
            "practice_themes": practice.themes.all(),
        }

    def _list_sizes(self):
        """How many trekkers, published experiences and lessons the practice has, in one
        query (read with its lists, when those parts of the page are not kept)."""
        # Lessons are the knowledge app's (it builds on this one): reached through the relation.
        Lesson = type(self)._meta.get_field("lessons").related_model
        experiences = (
            ExperienceReport.objects.live()
            .public()
            .filter(path__startswith=models.OuterRef("path"), depth=models.OuterRef("depth") + 1)
        )
        lessons = Lesson.objects.live().public().filter(source_practices=models.OuterRef("pk"))
        leads = PracticeMembership.objects.filter(practice=models.OuterRef("pk"), role=PracticeRole.LEAD)
        names = ("size_of_leads", "size_of_experiences", "size_of_lessons")
        sizes = (
            LearningPractice.objects.filter(pk=self.pk)
            .annotate(
                size_of_leads=count_of(leads),
                size_of_experiences=count_of(experiences),
                size_of_lessons=count_of(lessons),
            )
            .values(*names)
            .first()
        )
        # None for the preview of a practice being added (lerendnetwerk.page_serving).
        return sizes or dict.fromkeys(names, 0)

    def viewer_role(self, user):
        """The role `user` has in this practice, or None (read with the page when it was
        served, else one query for a member)."""
        if not (user.is_authenticated and user.is_active):
            return None
        if hasattr(self, "served_viewer_role"):
            return self.served_viewer_role
        return self.memberships.filter(member_id=user.pk).order_by().values_list("role", flat=True).first()

    @path("ervaring-delen/", name="share_experience")
    def share_experience(self, request):
        practice = self
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not services.can_share_experience(request.user, practice):
            raise PermissionDenied
        initial = {"themes": list(practice.themes.all())}
        question_id = request.GET.get("leervraag", "")
        if question_id.isascii() and question_id.isdigit():  # "share an experience about this leervraag"
            initial["learning_question"] = int(question_id)
        form = ExperienceForm(
            request.POST or None,
            request.FILES or None,
            initial=initial,
            practice=practice,
            elements=element_choices(practice),
        )
        if request.method == "POST" and form.is_valid():
            data = form.experience_data()
            services.share_experience(request.user, practice, **data)
            if data["submit"]:
                messages.success(
                    request,
                    gettext(
                        "Thank you! Your experience has been sent to the editors. "
                        "You will get an e-mail when they have looked at it."
                    ),
                )
            else:
                messages.success(request, gettext("Your experience has been saved as a draft. Only you can see it."))
            return redirect("practices:my_experiences")
        return render(
            request,
            "practices/experience_form.html",
            {"form": form, "practice": practice, "file_needs_reselecting": form.file_needs_reselecting(request)},
        )

    def learning_questions_with_experiences(self):
        """The leervragen with their elements and the published experiences written for
        each (what was learned so far), in three queries."""
        published = ExperienceReport.objects.child_of(self).live().public().order_by("-first_published_at")
        return list(
            self.learning_questions.prefetch_related(
                "elements", Prefetch("experiences", queryset=published, to_attr="published_experiences")
            )
        )

    def visible_leads(self, user, *, complete=True):
        """The practice's trekkers whose profile `user` may see (MemberProfile.with_card_data)."""
        return list(
            MemberProfile.objects.visible_to(user)
            .filter(member__practice_memberships__practice=self, member__practice_memberships__role=PracticeRole.LEAD)
            .with_card_data(complete=complete)
        )

    @cached_property
    def leads(self):
        return [membership.member for membership in self.memberships.all() if membership.is_lead]
