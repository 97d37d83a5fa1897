"""The editors' decision on an application in the Wagtail admin: "Accept" and "Decline",
next to the application's edit view and in the list (wired in wagtail_hooks). The
services in decisions.py do the work; these parse the form and report the outcome."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from . import decisions
from .models import PracticeIndexPage
from .records import PracticeApplication
from .team_forms import AcceptApplicationForm, DeclineApplicationForm

URL_NAMESPACE = "practiceapplication"


def is_undecided(application):
    return application.decided_at is None and application.status not in (
        PracticeApplication.Status.ACCEPTED,
        PracticeApplication.Status.DECLINED,
    )


class DecisionView(PermissionCheckedMixin, WagtailAdminTemplateMixin, View):
    model = PracticeApplication
    permission_required = "change"
    template_name = "practices/admin/decision.html"
    header_icon = "form"
    form_class = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        applications = PracticeApplication.objects.select_related("municipality")
        self.application = get_object_or_404(applications, pk=kwargs["pk"])

    def get_page_subtitle(self):
        return str(self.application)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(f"{URL_NAMESPACE}:index"), "label": PracticeApplication._meta.verbose_name_plural},
            {"url": reverse(f"{URL_NAMESPACE}:edit", args=[self.application.pk]), "label": str(self.application)},
            {"url": "", "label": self.page_title},
        ]

    def edit_url(self):
        return reverse(f"{URL_NAMESPACE}:edit", args=[self.application.pk])

    def render(self, form, status=200):
        context = self.get_context_data(form=form, application=self.application, cancel_url=self.edit_url())
        return TemplateResponse(self.request, self.template_name, context, status=status)

    def get(self, request, *args, **kwargs):
        if not is_undecided(self.application):
            messages.error(request, decisions.AlreadyDecided(self.application).message)
            return redirect(self.edit_url())
        return self.render(self.form_class(initial=self.initial()))

    def post(self, request, *args, **kwargs):
        form = self.form_class(request.POST)
        if not form.is_valid():
            return self.render(form)
        try:
            self.decide(form.cleaned_data)
        except (decisions.AlreadyDecided, decisions.NoPracticeIndex) as error:
            messages.error(request, error.message)
            return redirect(self.edit_url())
        return redirect(reverse(f"{URL_NAMESPACE}:index"))

    def initial(self):
        return {}


class AcceptApplicationView(DecisionView):
    page_title = gettext_lazy("Accept the application")
    form_class = AcceptApplicationForm
    submit_label = gettext_lazy("Accept and start the practice")

    def initial(self):
        application = self.application
        return {
            "title": _("Learning practice %(municipality)s") % {"municipality": application.municipality.name},
            "themes": list(application.themes.all()),
            "trekker_email": application.contact_email,
        }

    def decide(self, data):
        practice = decisions.accept_application(self.request.user, self.application, **data)
        messages.success(
            self.request,
            _(
                "The application is accepted. The practice “%(title)s” is saved as a draft page; "
                "publish it when it starts."
            )
            % {"title": practice.title},
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        index = PracticeIndexPage.objects.first()
        context["no_index"] = index is None
        return context


class DeclineApplicationView(DecisionView):
    page_title = gettext_lazy("Decline the application")
    form_class = DeclineApplicationForm
    submit_label = gettext_lazy("Decline")

    def decide(self, data):
        decisions.decline_application(self.request.user, self.application, reason=data["reason"])
        messages.success(self.request, _("The application is declined. The contact person gets an e-mail."))
