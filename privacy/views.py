from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_http_methods

from . import export as data_export
from . import services
from .forms import DeleteAccountForm


@login_required
def overview(request):
    return render(request, "privacy/overview.html", {"retention": _retention()})


@login_required
@require_http_methods(["GET", "POST"])
def export(request):
    """GET explains; POST downloads the ZIP (a form button, so that link previews and
    prefetching never build an export)."""
    if request.method == "POST":
        response = HttpResponse(data_export.export_archive(request.user), content_type="application/zip")
        response["Content-Disposition"] = f'attachment; filename="{data_export.archive_filename()}"'
        add_never_cache_headers(response)
        return response
    return render(request, "privacy/export.html", {"sections": data_export.sections()})


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    form = DeleteAccountForm(request.POST or None, member=request.user, request=request)
    if request.method == "POST" and form.is_valid():
        try:
            services.delete_account(request.user)
        except services.AccountDeletionRefused as refusal:
            messages.error(request, refusal.message)
            return redirect("privacy:overview")
        logout(request)
        return redirect("privacy:account_deleted")
    return render(
        request,
        "privacy/delete_account.html",
        {"form": form, "summary": services.deletion_summary(request.user)},
    )


def account_deleted(request):
    return render(request, "privacy/account_deleted.html")


def _retention():
    return {period.setting: period.days for period in services.retention_periods()}
