"""What the organisers' attendee list on the site shows (events.organiser_views.attendees):
confirmed attendees, the waitlist in its order, those still to confirm their e-mail address
and those who cancelled; seats and counts per kind of attendance; the log of messages to
the attendees. In a fixed number of queries, whatever the number of attendees.

No e-mail addresses: the organisers reach the attendees through the message form
(events.messaging); the editors' admin has the full list."""

from django.db.models import Count, Q

from . import messaging
from .records import MessageAudience, Registration, RegistrationStatus
from .services import attendance_summary, attendee_registrations


def attendee_list(event):
    registrations = list(attendee_registrations(event).select_related("member"))
    by_status = {status: [] for status in RegistrationStatus.values}
    for registration in registrations:
        by_status[registration.status].append(registration)
    return {
        "event": event,
        "confirmed": by_status[RegistrationStatus.CONFIRMED],
        "waitlisted": by_status[RegistrationStatus.WAITLISTED],
        "pending": by_status[RegistrationStatus.PENDING],
        "cancelled": by_status[RegistrationStatus.CANCELLED],
        "summary": attendance_summary(event),
        "hybrid": len(event.attendance_options) > 1,
        "message_log": list(messaging.messages_of(event)),
    }


def audience_counts(event):
    """{MessageAudience value: number of attendees} for the message form, in one query."""
    counts = Registration.objects.filter(event=event).aggregate(
        confirmed=Count("pk", filter=Q(status=RegistrationStatus.CONFIRMED)),
        waitlisted=Count("pk", filter=Q(status=RegistrationStatus.WAITLISTED)),
    )
    return {
        MessageAudience.CONFIRMED: counts["confirmed"],
        MessageAudience.WAITLIST: counts["waitlisted"],
        MessageAudience.BOTH: counts["confirmed"] + counts["waitlisted"],
    }
