from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from events.models import EventIndexPage, EventPage
from forum.fragments import render_thread_rows
from forum.models import Thread
from knowledge.models import Lesson
from lerendnetwerk import page_serving, shared_fragments
from lerendnetwerk.blocks import ContentStreamBlock
from lerendnetwerk.page_queries import PageManager
from lerendnetwerk.page_serving import PreviewWhileAdded, ViewRestrictionsInOneQuery
from members.cards import profile_cards
from members.models import MemberProfile
from networks.membership import networks_of
from notifications.unread import readable_category_ids
from practices.models import ExperienceReport
from themes.prefetch import prefetch_themes


class HomePage(PreviewWhileAdded, ViewRestrictionsInOneQuery, Page):
    """The start page: what the network is, what is new and, for members, a personal start."""

    objects = PageManager()

    intro = models.TextField(_("introduction"), help_text=_("One or two sentences under the page title."))
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ContentPage",
        "practices.PracticeIndexPage",
        "networks.NetworkIndexPage",
        "knowledge.KnowledgeIndexPage",
        "events.EventIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Every page of the site is found from here: in two queries, however deep it lies."""
        return page_serving.route(self, request, path_components)

    SHARED_CONTEXT = ("upcoming_events", "event_index", "latest_lessons", "latest_experiences")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # What is new in the network is the same for every reader: read only when that
        # part is not kept (templates/home/home_page.html, lerendnetwerk.shared_fragments).
        context.update(shared_fragments.lazy_context(lambda: self._news(request), self.SHARED_CONTEXT))
        user = request.user
        if user.is_authenticated:
            context["active_threads"] = self._active_threads(request)
            profile = user.profile
            context["my_profile"] = profile
            context["my_networks"] = networks_of(user)
            # Which members to show, with the reader's access; their cards are kept for
            # every member (members/cards.py).
            context["my_themes"] = profile.themes  # read first: the colleagues' query uses them
            colleague_ids = MemberProfile.objects.colleague_ids(profile, 6)
            # The newest members are the same for every member (kept as a part is), but
            # for the reader themself: one more is read, and they are left out here.
            newest_ids = [
                pk
                for pk in shared_fragments.kept_value(
                    request, "home-newest-members", [], lambda: self._newest_member_ids(user, 4)
                )
                if pk != profile.pk
            ][:3]
            context["colleague_cards"], context["newest_member_cards"] = profile_cards(
                request, (colleague_ids, 4), (newest_ids, 3)
            )
        return context

    @staticmethod
    def _active_threads(request):
        """The four discussions with the latest activity that the reader may read: which
        categories they may read is remembered with their access (notifications.unread:
        renewed when they join or leave a closed space or their roles change, or a category
        changes), and the rows are kept for every member who may read the same categories
        (most members: the public ones), each row by what it shows (forum.fragments)."""
        readable = readable_category_ids(request.user)

        def rows():
            return render_thread_rows(list(Thread.objects.listed_in(readable)[:4]))

        return shared_fragments.kept_value(request, "home-active-threads", readable, rows)

    @staticmethod
    def _newest_member_ids(user, number):
        newest_first = MemberProfile.objects.visible_to(user).order_by("-member__date_joined")
        return list(newest_first.values_list("pk", flat=True)[:number])

    def _news(self, request):
        upcoming_events = list(EventPage.objects.upcoming().prefetch_related(None)[:3])
        latest_lessons = list(Lesson.objects.live().public().order_by("-first_published_at")[:3])
        # The themes of the meetings' and the lessons' cards, in one query.
        prefetch_themes(upcoming_events, latest_lessons)
        return {
            "upcoming_events": upcoming_events,
            # The calendar's page, remembered with the menus (the same for every reader).
            "event_index": EventIndexPage.remembered(request) if upcoming_events else None,
            "latest_lessons": latest_lessons,
            "latest_experiences": ExperienceReport.objects.live().public().order_by("-first_published_at")[:3],
        }


class ContentPage(PreviewWhileAdded, ViewRestrictionsInOneQuery, Page):
    """An editorial page: about the network, a section introduction, a statement."""

    objects = PageManager()

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)
    show_in_footer = models.BooleanField(
        _("show in footer"),
        default=False,
        help_text=_("For service pages such as the privacy or accessibility statement."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    promote_panels = Page.promote_panels + [FieldPanel("show_in_footer")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
