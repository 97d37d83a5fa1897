"""The learning networks in the admin. Editors make networks as pages (Leernetwerken in the
page tree); here they see and manage who takes part, the requests, the invitations and the
shelves. Changes that have a rule go through the same actions the coordinators use on the
site (membership.py, shelf.py): the last coordinator stays, a removed member's access ends
at once. Requests are decided on the network's management page, for editors and
coordinators alike (the list links there)."""

from django import forms
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views.generic.models import DeleteView, IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from lerendnetwerk.forms import SingleLineFieldsViewSetMixin
from lerendnetwerk.spreadsheets import FormulaSafeIndexView

from . import membership
from .records import (
    SHELF_PAGE_TYPES,
    NetworkInvitation,
    NetworkMembership,
    NetworkMembershipRequest,
    NetworkRole,
    ShelfItem,
)


class MembershipAdminForm(forms.ModelForm):
    """The admin's form keeps the rule of the site: a network keeps a coordinator."""

    def clean(self):
        data = super().clean()
        instance = self.instance
        if instance.pk and instance.network_id:
            stored = NetworkMembership.objects.filter(pk=instance.pk).values_list("role", "network_id").first()
            leaves_coordination = (
                stored
                and stored[0] == NetworkRole.COORDINATOR
                and (
                    data.get("role") != NetworkRole.COORDINATOR
                    or (data.get("network") and data["network"].pk != stored[1])
                )
            )
            if leaves_coordination and (
                NetworkMembership.objects.filter(network_id=stored[1], role=NetworkRole.COORDINATOR).count() == 1
            ):
                raise forms.ValidationError(
                    _("A network always has a coordinator. Make someone else coordinator first.")
                )
        return data


class MembershipDeleteView(DeleteView):
    """Removing goes through membership.remove_member (the last coordinator stays)."""

    def form_valid(self, form):
        try:
            membership.remove_member(self.request.user, self.object)
        except membership.NetworkError as error:
            messages.error(self.request, error.message)
            return HttpResponseRedirect(self.get_success_url())
        messages.success(self.request, self.get_success_message())
        return HttpResponseRedirect(self.get_success_url())


class NetworkMembershipViewSet(SingleLineFieldsViewSetMixin, ModelViewSet):
    model = NetworkMembership
    icon = "group"
    menu_label = _("Members")
    url_prefix = "leernetwerken/leden"
    list_display = ["member", "network", "role", "created_at"]
    list_filter = ["network", "role"]
    search_fields = ["member__first_name", "member__last_name", "member__email", "network__title"]
    search_backend_name = None
    form_fields = ["network", "member", "role"]
    index_view_class = FormulaSafeIndexView
    delete_view_class = MembershipDeleteView
    list_export = ["member.display_name", "member.email", "network", "role", "created_at"]
    export_headings = {"member.display_name": _("member"), "member.email": _("e-mail address")}

    def get_form_class(self, for_update=False):
        return forms.modelform_factory(
            self.model, form=MembershipAdminForm, formfield_callback=self.formfield_for_dbfield, fields=self.form_fields
        )


class RequestIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.is_pending:
            url = reverse("networks:manage", args=[instance.network_id]) + "#requests-heading"
            buttons.append(MenuItem(_("Decide on the network's page"), url=url, icon_name="check", priority=5))
        return buttons


class NetworkRequestViewSet(SingleLineFieldsViewSetMixin, ModelViewSet):
    """Requests to join, for the editors' overview; decided on the network's management page."""

    model = NetworkMembershipRequest
    icon = "mail"
    menu_label = _("Requests to join")
    url_prefix = "leernetwerken/verzoeken"
    list_display = ["member", "network", "status", "created_at", "decided_at"]
    list_filter = ["network", "status"]
    search_fields = ["member__first_name", "member__last_name", "network__title", "message"]
    search_backend_name = None
    form_fields = ["message"]
    inspect_view_enabled = True
    index_view_class = RequestIndexView


class InvitationDeleteView(DeleteView):
    """Deleting an open invitation withdraws it (membership.withdraw_invitation)."""

    def form_valid(self, form):
        try:
            membership.withdraw_invitation(self.request.user, self.object)
        except membership.NetworkError as error:
            messages.error(self.request, error.message)
        else:
            messages.success(self.request, self.get_success_message())
        return HttpResponseRedirect(self.get_success_url())


class NetworkInvitationViewSet(SingleLineFieldsViewSetMixin, ModelViewSet):
    model = NetworkInvitation
    icon = "mail"
    menu_label = _("Invitations")
    url_prefix = "leernetwerken/uitnodigingen"
    list_display = ["email", "network", "role", "created_at", "accepted_at"]
    list_filter = ["network", "role"]
    search_fields = ["email", "network__title"]
    search_backend_name = None
    form_fields = ["role"]
    inspect_view_enabled = True
    delete_view_class = InvitationDeleteView


class ShelfItemViewSet(SingleLineFieldsViewSetMixin, ModelViewSet):
    """The shelves of the networks: Wagtail's page chooser, limited to lessons and dossiers."""

    model = ShelfItem
    icon = "doc-full"
    menu_label = _("Shelves")
    url_prefix = "leernetwerken/planken"
    list_display = ["page", "network", "sort_order"]
    list_filter = ["network"]
    search_fields = ["page__title", "network__title"]
    search_backend_name = None
    panels = [FieldPanel("network"), PageChooserPanel("page", list(SHELF_PAGE_TYPES)), FieldPanel("sort_order")]


class NetworksAdminGroup(ViewSetGroup):
    menu_label = _("Learning networks")
    menu_icon = "group"
    menu_order = 210
    items = [NetworkMembershipViewSet, NetworkRequestViewSet, NetworkInvitationViewSet, ShelfItemViewSet]


@hooks.register("register_admin_viewset")
def register_networks_admin():
    return NetworksAdminGroup()
