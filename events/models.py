"""Bijeenkomsten: the calendar (Wagtail pages) and registrations (live data).

The event page holds what editors publish (times, place, capacity, questions,
workshops); registrations are ordinary rows that change without publishing (records.py).
Capacity is enforced by the services in `events.services` under a row lock on the event
page. The pages' routes are answered by `events.pages`.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from lerendnetwerk import tree_cache
from lerendnetwerk.blocks import ContentStreamBlock
from lerendnetwerk.page_queries import PageManager, PageQuerySet
from lerendnetwerk.page_serving import PreviewWhileAdded, ViewRestrictionsInOneQuery
from themes.models import ThemedItemBase

from . import organisers, pages, services
from .blocks import ProgrammeSlotBlock
from .evaluation_records import (
    EvaluationAnswer,
    EvaluationInvitation,
    EvaluationKind,
    EvaluationParticipation,
    EvaluationQuestion,
    EvaluationResponse,
    ReportAnnouncement,
    StandardQuestion,
)
from .records import (
    Attendance,
    Audience,
    CalendarToken,
    EventFormat,
    EventMessage,
    EventType,
    MessageAudience,
    NetworkAnnouncement,
    Prefill,
    QuestionKind,
    Registration,
    RegistrationQuerySet,
    RegistrationQuestion,
    RegistrationStatus,
    Workshop,
    new_calendar_token,
)
from .reports import report_excerpt
from .series_records import EventSeries, SeriesRegistration

# The data below the pages, under the names every app has always imported them by.
__all__ = [
    "Attendance",
    "Audience",
    "CalendarToken",
    "EvaluationAnswer",
    "EvaluationInvitation",
    "EvaluationKind",
    "EvaluationParticipation",
    "EvaluationQuestion",
    "EvaluationResponse",
    "EventFormat",
    "EventIndexPage",
    "EventMessage",
    "EventPage",
    "EventPageQuerySet",
    "EventSeries",
    "EventTheme",
    "EventType",
    "MessageAudience",
    "NetworkAnnouncement",
    "Prefill",
    "QuestionKind",
    "Registration",
    "RegistrationQuerySet",
    "RegistrationQuestion",
    "RegistrationStatus",
    "ReportAnnouncement",
    "SeriesRegistration",
    "StandardQuestion",
    "Workshop",
    "new_calendar_token",
]


class EventIndexPage(PreviewWhileAdded, ViewRestrictionsInOneQuery, RoutablePageMixin, Page):
    """Bijeenkomsten: the calendar, as a list and as a month view, with the archive."""

    objects = PageManager()

    # The section's name in menus when the site is not shown in Dutch (home.navigation).
    section_name = _("Meetings")

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = _("event calendar")

    @classmethod
    def remembered(cls, request):
        """The calendar's page (there is one), remembered with the menus: the same for every
        reader, forgotten on any page change (lerendnetwerk.tree_cache)."""
        return tree_cache.remembered(request, "event-index", lambda: cls.objects.live().public().first())

    def listed_events(self):
        """The meetings in this calendar that anyone may see."""
        return EventPage.objects.child_of(self).listed()

    @path("", name="upcoming")
    def upcoming(self, request):
        return pages.event_index(request, index_page=self)

    @path("archief/", name="archive")
    def archive(self, request):
        return pages.event_archive(request, index_page=self)

    @path("reeks/<int:series_id>/", name="series")
    def series(self, request, series_id):
        return pages.series_page(request, index_page=self, series_id=series_id)

    @path("reeks/<int:series_id>/aanmelden/", name="series_register")
    def series_register(self, request, series_id):
        return pages.series_register(request, index_page=self, series_id=series_id)

    @path("reeks/<int:series_id>/afmelden/", name="series_cancel")
    def series_cancel(self, request, series_id):
        return pages.series_cancel(request, index_page=self, series_id=series_id)

    @path("ical/", name="feed")
    def feed(self, request):
        return pages.calendar_feed(request, index_page=self)

    @path("thema/<slug:theme_slug>/ical/", name="theme_feed")
    def theme_feed(self, request, theme_slug):
        return pages.calendar_feed(request, index_page=self, theme_slug=theme_slug)


class EventPageQuerySet(PageQuerySet):
    def listed(self):
        """Meetings anyone may see, with what a meeting's card shows. A network's or a
        practice's own meeting (circle_only) is never in the calendar, its feeds or search:
        its members find it on the network's page or in the practice's workspace."""
        return self.live().public().filter(circle_only=False).select_related("municipality").prefetch_related("themes")

    def visible_to(self, user):
        """The meetings `user` may see (events.organisers.visible_meetings): a meeting only for
        a network or practice is for its members and the editors. Pages of apps below events
        reach it through their relations, e.g. a lesson's `lesson.events`."""
        return organisers.visible_meetings(user, self)

    def upcoming(self):
        """Listed meetings that have not ended, the first one first."""
        return self.listed().filter(end__gte=timezone.now()).order_by("start")


class EventTheme(ThemedItemBase):
    content_object = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="theme_items")


class EventPage(PreviewWhileAdded, ViewRestrictionsInOneQuery, RoutablePageMixin, Page):
    """One meeting: when and where, the programme, who may come and how many."""

    event_type = models.CharField(_("type"), max_length=20, choices=EventType.choices, default=EventType.NATIONAL)
    format = models.CharField(_("format"), max_length=10, choices=EventFormat.choices, default=EventFormat.IN_PERSON)
    themes = ClusterTaggableManager(through=EventTheme, verbose_name=_("themes"), blank=True)
    summary = models.TextField(_("summary"), max_length=400, help_text=_("One or two sentences for lists and search."))
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))

    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.TextField(_("address"), blank=True, help_text=_("Street, postcode and town."))
    municipality = models.ForeignKey(
        "municipalities.Municipality",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("municipality"),
        help_text=_("Where the meeting takes place; used for the province filter."),
    )
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Shown only to confirmed attendees, and sent to them."),
    )

    description = StreamField(ContentStreamBlock(), verbose_name=_("description"), blank=True)
    programme = StreamField([("slot", ProgrammeSlotBlock())], verbose_name=_("programme"), blank=True)

    audience = models.CharField(_("audience"), max_length=10, choices=Audience.choices, default=Audience.MEMBERS)
    registration_opens = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes = models.DateTimeField(
        _("registration closes"), null=True, blank=True, help_text=_("Empty: until the meeting starts.")
    )
    cancellation_deadline = models.DateTimeField(
        _("attendees may cancel until"),
        null=True,
        blank=True,
        help_text=_("Empty: until the meeting starts. After this moment, only editors can cancel a registration."),
    )
    capacity_in_person = models.PositiveIntegerField(
        _("seats in person"), null=True, blank=True, help_text=_("Empty: no limit.")
    )
    capacity_online = models.PositiveIntegerField(
        _("seats online"), null=True, blank=True, help_text=_("Empty: no limit.")
    )

    report = StreamField(ContentStreamBlock(), verbose_name=_("report"), blank=True)
    # The report as a short plain text for lists (events.reports), kept up to date at save.
    report_excerpt = models.TextField(_("report excerpt"), blank=True, editable=False)
    related_lessons = ParentalManyToManyField(
        "knowledge.Lesson", blank=True, related_name="events", verbose_name=_("related lessons")
    )
    practices = ParentalManyToManyField(
        "practices.LearningPractice", blank=True, related_name="events", verbose_name=_("learning practices")
    )
    # Who holds the meeting (events.organisers): a learning network's coordinators, or the
    # trekkers of a practice for its own local meeting; empty for the institute's own.
    network = models.ForeignKey(
        "networks.LearningNetwork",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="meetings",
        verbose_name=_("learning network"),
        help_text=_("The learning network that holds this meeting; its coordinators organise it."),
    )
    organising_practice = models.ForeignKey(
        "practices.LearningPractice",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="own_meetings",
        verbose_name=_("organised by the practice"),
        help_text=_("A practice's own local meeting; its trekkers organise it."),
    )
    organised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organised by"),
    )
    circle_only = models.BooleanField(
        _("only for the network or practice"),
        default=False,
        help_text=_(
            "Only the network's members or the practice's participants (and the editors) see this meeting; "
            "it is not in the calendar, the feeds or search."
        ),
    )
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    # One session of a series (events.series): one registration covers all its sessions.
    series = models.ForeignKey(
        "events.EventSeries",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="sessions",
        verbose_name=_("series"),
        help_text=_("This meeting is one session of the series; registering for the series covers it."),
    )
    # The organiser's description as they typed it on the site (events.organising renders
    # it into `description` once, at save).
    description_text = models.TextField(_("description as typed"), blank=True, editable=False)

    discussion = models.ForeignKey(
        "forum.Thread",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("discussion"),
        help_text=_("A forum thread where attendees continue the conversation."),
    )

    evaluation_enabled = models.BooleanField(
        _("evaluation after the meeting"),
        default=False,
        help_text=_("Confirmed attendees are invited to fill in the evaluation when the meeting has ended."),
    )
    evaluation_anonymous = models.BooleanField(
        _("anonymous"), default=False, help_text=_("The answers are not linked to who gave them.")
    )
    evaluation_open_days = models.PositiveSmallIntegerField(
        _("open for (days)"), default=14, help_text=_("The evaluation closes this many days after the meeting ends.")
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("event_type"), FieldPanel("format")]),
        FieldPanel("summary"),
        FieldPanel("themes"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("address"), FieldPanel("municipality"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        FieldPanel("description"),
        FieldPanel("programme"),
        FieldPanel("practices"),
        MultiFieldPanel(
            [
                FieldPanel("network"),
                FieldPanel("organising_practice"),
                FieldPanel("circle_only"),
                FieldPanel("series", read_only=True),
            ],
            heading=_("Organisers"),
        ),
    ]
    registration_panels = [
        FieldPanel("audience"),
        FieldRowPanel([FieldPanel("registration_opens"), FieldPanel("registration_closes")]),
        FieldPanel("cancellation_deadline"),
        FieldRowPanel([FieldPanel("capacity_in_person"), FieldPanel("capacity_online")], heading=_("Capacity")),
        HelpPanel(
            content=_(
                "A hybrid meeting has separate seats in person and online. When seats run out, new registrations "
                "join the waitlist; when someone cancels, the first on the waitlist gets the seat automatically."
            )
        ),
        InlinePanel("questions", heading=_("Registration questions"), label=_("Question")),
        InlinePanel("workshops", heading=_("Workshops"), label=_("Workshop")),
    ]
    evaluation_panels = [
        FieldPanel("evaluation_enabled"),
        FieldRowPanel([FieldPanel("evaluation_anonymous"), FieldPanel("evaluation_open_days")]),
        InlinePanel("evaluation_questions", heading=_("Evaluation questions"), label=_("Question")),
    ]
    afterwards_panels = [FieldPanel("report"), FieldPanel("related_lessons"), FieldPanel("discussion")]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(registration_panels, heading=_("Registration")),
            ObjectList(evaluation_panels, heading=_("Evaluation")),
            ObjectList(afterwards_panels, heading=_("Afterwards")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("programme"),
        index.SearchField("venue"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("start"),
        index.FilterField("event_type"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(EventPageQuerySet)()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The end must be after the start.")
        if self.registration_opens and self.registration_closes and self.registration_closes <= self.registration_opens:
            errors["registration_closes"] = _("Registration must close after it opens.")
        if self.format in (EventFormat.ONLINE, EventFormat.HYBRID) and not self.online_url:
            errors["online_url"] = _("An online or hybrid meeting needs an online link.")
        if self.format in (EventFormat.IN_PERSON, EventFormat.HYBRID) and not (self.venue or self.address):
            errors["venue"] = _("A meeting in person needs a venue or an address.")
        if self.evaluation_open_days is not None and self.evaluation_open_days < 1:
            errors["evaluation_open_days"] = _("The evaluation must be open for at least one day.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # What lists show of the report, once, here (events.reports); also when a revision
        # is published, which saves the page.
        self.report_excerpt = report_excerpt(self.report.raw_data)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "report" in update_fields:
            kwargs["update_fields"] = {*update_fields, "report_excerpt"}
        return super().save(*args, **kwargs)

    def serve(self, request, *args, **kwargs):
        # A network's or practice's own meeting does not exist for anyone outside it:
        # its page, registering, cancelling and its iCal file answer 404.
        if not organisers.may_see(request.user, self):
            raise Http404
        return super().serve(request, *args, **kwargs)

    # What served_queryset reads is the same for every reader: kept (lerendnetwerk.page_serving).
    served_page_is_shared = True

    @classmethod
    def served_queryset(cls, queryset, request):
        """The meeting page reads its discussion (and the discussion's category, for the
        access check) and the seats taken with the meeting itself."""
        return queryset.select_related("discussion__category").annotate(**services.seats_taken_annotations())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(pages.event_context(request, self))
        return context

    @path("aanmelden/", name="register")
    def register(self, request):
        return pages.event_register(request, event=self)

    @path("afmelden/", name="cancel")
    def cancel(self, request):
        return pages.event_cancel(request, event=self)

    @path("ical/", name="ics")
    def ics(self, request):
        return pages.event_ics(request, event=self)

    # What the format allows

    @property
    def attendance_options(self):
        if self.format == EventFormat.HYBRID:
            return [Attendance.IN_PERSON, Attendance.ONLINE]
        if self.format == EventFormat.ONLINE:
            return [Attendance.ONLINE]
        return [Attendance.IN_PERSON]

    def capacity_for(self, attendance):
        return self.capacity_in_person if attendance == Attendance.IN_PERSON else self.capacity_online

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def is_open_to_guests(self):
        return self.audience == Audience.OPEN

    @property
    def effective_registration_closes(self):
        return self.registration_closes or self.start

    @property
    def effective_cancellation_deadline(self):
        return self.cancellation_deadline or self.start

    def cancellation_open(self, now=None):
        """Whether attendees may still cancel through the site (editors always can)."""
        return (now or timezone.now()) < self.effective_cancellation_deadline

    @property
    def is_cancelled(self):
        return self.cancelled_at is not None

    def registration_state(self, now=None):
        """'not_yet', 'open' or 'closed'."""
        now = now or timezone.now()
        if self.cancelled_at is not None:
            return "closed"
        if self.registration_opens and now < self.registration_opens:
            return "not_yet"
        if now >= self.effective_registration_closes:
            return "closed"
        return "open"

    @cached_property
    def workshop_slots(self):
        """Workshops grouped by time slot, in the editor's order: [(slot, [workshop, …]), …]."""
        return self.group_workshops(self.workshops.all())

    @staticmethod
    def group_workshops(workshops):
        slots = {}
        for workshop in workshops:
            slots.setdefault(workshop.slot, []).append(workshop)
        return list(slots.items())
