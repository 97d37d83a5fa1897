from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.model import ModelViewSet

from . import services
from .models import AssociateMembershipRequest


class AssociateRequestEditView(EditView):
    """Saving the form records the decision through the service (role, e-mail)."""

    def save_instance(self):
        return services.decide_associate_request(
            self.object,
            status=self.form.cleaned_data["status"],
            editor=self.request.user,
            note=self.form.cleaned_data["decision_note"],
        )


class AssociateRequestViewSet(ModelViewSet):
    model = AssociateMembershipRequest
    icon = "user"
    menu_label = _("Associate Member requests")
    menu_order = 620
    add_to_admin_menu = True
    url_prefix = "leden/associate-aanvragen"
    list_display = ["member", "status", "created_at", "decided_at"]
    list_filter = ["status"]
    search_fields = ["member__first_name", "member__last_name", "member__email", "motivation"]
    search_backend_name = None
    panels = [
        FieldPanel("member", read_only=True),
        FieldPanel("motivation", read_only=True),
        FieldPanel("created_at", read_only=True),
        FieldPanel("status"),
        FieldPanel("decision_note"),
    ]
    edit_view_class = AssociateRequestEditView
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_associate_requests():
    return AssociateRequestViewSet()
