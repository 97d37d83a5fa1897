from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from lerendnetwerk.content_fragments import render_kept
from lerendnetwerk.paging import page_of
from members.models import name_fields

from . import sentences, services, unread
from .forms import PreferenceForm
from .models import Notification

PER_PAGE = 30

# What a notification shows of the member, the discussion and the organisers' message it is
# about: their names, its title, the message (not every column of the account or thread).
CENTRE_FIELDS = (
    *(field.name for field in Notification._meta.concrete_fields),
    *name_fields("actor"),
    "thread__title",
    "event_message__subject",
    "event_message__body_html",
)


ROW_TEMPLATE = "notifications/includes/notification.html"


def _row_shows(notification):
    """Everything a notification's row shows (its sentence holds every name and title)."""
    return (
        notification.pk,
        notification.is_unread,
        sentences.sentence_html(notification),
        notification.event_message.body_html if notification.event_message_id else None,
        notification.message,
        sentences.message_label(notification),
        notification.created_at,
    )


@login_required
def notification_centre(request):
    # The pages a notification is about: only their titles, all in one query (each page type
    # joined to Wagtail's page table, as related objects, took a query per type; joined into
    # the list's query, PostgreSQL spent 17 ms planning it: docs/performance.md).
    notifications = (
        Notification.objects.readable_by(request.user, category_ids=unread.readable_category_ids(request.user))
        .select_related("actor", "thread", "event_message")
        .only(*CENTRE_FIELDS)
    )
    # How many there are is remembered with the bell's number (notifications/unread.py).
    page_obj = page_of(notifications, PER_PAGE, request.GET.get("page"), count=unread.readable_count(request.user))
    page_obj.object_list = list(page_obj.object_list)
    sentences.read_page_titles(page_obj.object_list)
    # Each notification rendered once, kept by what it shows (lerendnetwerk.content_fragments).
    render_kept(ROW_TEMPLATE, page_obj.object_list, _row_shows, lambda notification: {"notification": notification})
    return render(
        request,
        "notifications/centre.html",
        {"page_obj": page_obj, "notifications": page_obj.object_list, "unread": services.unread_count(request.user)},
    )


@login_required
@require_POST
def mark_all_read(request):
    services.mark_read(request.user)
    messages.success(request, _("All notifications are marked as read."))
    return redirect("notifications:centre")


@login_required
def open_notification(request, notification_id):
    """Mark one notification read and go to what it is about."""
    notification = (
        Notification.objects.readable_by(request.user, category_ids=unread.readable_category_ids(request.user))
        .filter(pk=notification_id)
        .select_related("post__thread", "experience", "lesson", "network", "event")
        .first()
    )
    if notification is None:
        return redirect("notifications:centre")
    services.mark_read(request.user, [notification.pk])
    return redirect(notification.get_absolute_url())


@login_required
def preferences(request):
    preference = services.preference_for(request.user)
    form = PreferenceForm(request.POST or None, instance=preference)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your notification settings have been saved."))
        return redirect("notifications:preferences")
    return render(request, "notifications/preferences.html", {"form": form})


@csrf_exempt  # mail programs post the one-click unsubscribe (RFC 8058) without a session
def unsubscribe(request, token):
    """GET shows what the link does; POST (a click on the page, or the mail program's
    one-click request) does it. Link checkers that fetch the link change nothing."""
    try:
        signing.loads(token, salt=services.UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return render(request, "notifications/unsubscribe.html", {"invalid": True}, status=400)
    if request.method == "POST":
        _member, topic = services.unsubscribe(token)
        return render(request, "notifications/unsubscribe.html", {"done": True, "topic": topic})
    return render(request, "notifications/unsubscribe.html", {"token": token})
