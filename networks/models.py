"""The pages of learning networks: the index (Leernetwerken, with a theme filter) and the
network itself, its space: description, coordinators, members as far as their profiles
allow, the shelf, the way in (join, ask, accept an invitation) and, through the forum's
template tag, its closed discussions. The data below them is in records.py; what members
do is in views.py and membership.py."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from lerendnetwerk.blocks import ContentStreamBlock
from lerendnetwerk.page_queries import PageManager, PageQuerySet
from lerendnetwerk.page_serving import PreviewWhileAdded
from members.models import MemberProfile
from themes.models import ThemedItemBase

from . import membership, shelf
from .forms import NetworkFilterForm, RequestForm
from .records import (
    SHELF_PAGE_TYPES,
    MembershipMode,
    NetworkInvitation,
    NetworkMembership,
    NetworkMembershipRequest,
    NetworkRole,
    RequestStatus,
    ShelfItem,
)

__all__ = [
    "SHELF_PAGE_TYPES",
    "LearningNetwork",
    "LearningNetworkQuerySet",
    "MembershipMode",
    "NetworkIndexPage",
    "NetworkInvitation",
    "NetworkMembership",
    "NetworkMembershipRequest",
    "NetworkRole",
    "NetworkTheme",
    "RequestStatus",
    "ShelfItem",
]

# How many member cards the network's page shows; the rest is counted.
MEMBERS_SHOWN = 48


class LearningNetworkQuerySet(PageQuerySet):
    def listed(self, reader=None):
        """Live, public networks with what a card shows: themes, the member count and
        whether `reader` is a member (`is_mine`)."""
        networks = (
            self.live()
            .public()
            .prefetch_related("themes")
            .annotate(member_count=models.Count("memberships", distinct=True))
        )
        if reader is not None and reader.is_authenticated:
            mine = NetworkMembership.objects.filter(network_id=models.OuterRef("pk"), member_id=reader.pk)
            networks = networks.annotate(is_mine=models.Exists(mine))
        return networks


class NetworkIndexPage(PreviewWhileAdded, Page):
    """Leernetwerken: every learning network, filtered by theme."""

    # The section's name in menus when the site is not shown in Dutch (home.navigation).
    section_name = _("Learning networks")

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["networks.LearningNetwork"]
    max_count = 1

    objects = PageManager()

    class Meta:
        verbose_name = _("learning network index")

    def route(self, request, path_components):
        """A network under this index, read as a LearningNetwork in one query (Wagtail's own
        route reads the page, then its specific page)."""
        if not path_components:
            return super().route(request, path_components)
        network = LearningNetwork.objects.child_of(self).filter(slug=path_components[0]).first()
        if network is None:
            raise Http404
        network._cached_parent_obj = self  # the page's breadcrumbs and theme links ask for it
        return network.route(request, path_components[1:])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = NetworkFilterForm(request.GET or None)
        filters = form.filters() if form.is_bound else {}
        networks = LearningNetwork.objects.child_of(self).listed(request.user)
        if "theme" in filters:
            networks = networks.filter(theme_items__tag=filters["theme"])
        networks = networks.order_by("title")
        page_obj = Paginator(networks, settings.NETWORK_INDEX_PAGE_SIZE).get_page(request.GET.get("page"))
        context.update(
            {"form": form, "page_obj": page_obj, "networks": page_obj.object_list, "is_filtered": bool(filters)}
        )
        return context


class NetworkTheme(ThemedItemBase):
    content_object = ParentalKey("networks.LearningNetwork", on_delete=models.CASCADE, related_name="theme_items")


class LearningNetwork(PreviewWhileAdded, Page):
    """A leernetwerk: professionals around one current issue, with coordinators (an adviser
    of the institute, often trekkers too), members and a way in (open, on request, by
    invitation). Meetings, reports and "what we learned" will point at it (docs/learning-networks.md)."""

    summary = models.TextField(_("summary"), max_length=400, help_text=_("One or two sentences for lists and search."))
    themes = ClusterTaggableManager(through=NetworkTheme, verbose_name=_("themes"), blank=True)
    description = StreamField(ContentStreamBlock(), verbose_name=_("description"), blank=True)
    membership_mode = models.CharField(
        _("who can become a member"),
        max_length=10,
        choices=MembershipMode.choices,
        default=MembershipMode.ON_REQUEST,
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("themes"),
        FieldPanel("membership_mode"),
        FieldPanel("description"),
        HelpPanel(
            content=_(
                "Coordinators, members, requests and the shelf are managed under Leernetwerken in the menu, or by "
                "the coordinators on the network's page: they change at once, without publishing. Publishing the "
                "network opens its closed discussions for its members."
            )
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("membership_mode"),
    ]

    parent_page_types = ["networks.NetworkIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(LearningNetworkQuerySet)()

    class Meta:
        verbose_name = _("learning network")
        verbose_name_plural = _("learning networks")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        user = request.user
        # Every membership with its member's profile, and whether `user` may see that profile
        # (MemberProfile.objects.visible_to, asked inside the same query): one query,
        # whatever the number of members.
        visible = MemberProfile.objects.visible_to(user).filter(member_id=models.OuterRef("member_id"))
        memberships = list(
            NetworkMembership.objects.filter(network_id=self.pk)
            .annotate(profile_visible=models.Exists(visible.filter(member__is_active=True)))
            .select_related("member__profile__municipality")
            .order_by("member__last_name", "member__first_name", "member__profile__pk")
        )
        access = membership.network_access(user, self, memberships=memberships)
        shown = [m for m in memberships if m.profile_visible]
        coordinators = [m.member.profile for m in shown if m.role == NetworkRole.COORDINATOR]
        members = [m.member.profile for m in shown if m.role != NetworkRole.COORDINATOR]
        context.update(
            {
                "network": self,
                "access": access,
                "coordinators": coordinators,
                "members": members[:MEMBERS_SHOWN],
                "member_count": len(memberships),
                "hidden_member_count": len(memberships) - len(coordinators) - min(len(members), MEMBERS_SHOWN),
                "shelf": shelf.shelf_of(self),
                "pending_request": None if access.is_member else membership.pending_request_of(user, self),
                "invitation": None if access.is_member else membership.open_invitation_for(user, self),
                "request_form": RequestForm(),
                "index": self.get_parent(),
            }
        )
        return context

    @property
    def admits_on_request(self):
        return self.membership_mode == MembershipMode.ON_REQUEST

    @property
    def is_open(self):
        return self.membership_mode == MembershipMode.OPEN

    @property
    def by_invitation(self):
        return self.membership_mode == MembershipMode.BY_INVITATION
