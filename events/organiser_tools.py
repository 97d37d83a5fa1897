"""What the organisers' attendee list on the site shows (events.organiser_views.attendees):
confirmed attendees, the waitlist in its order, those still to confirm their e-mail address
and those who cancelled; seats and counts per kind of attendance; the log of messages to
the attendees. In a fixed number of queries, whatever the number of attendees (the counts
are made from the listed registrations, as services.attendance_summary makes them).

No e-mail addresses: the organisers reach the attendees through the message form
(events.messaging); the editors' admin has the full list."""

from django.db.models import Count, Q

from . import messaging
from .records import Attendance, MessageAudience, Registration, RegistrationStatus
from .services import attendee_registrations


def attendee_list(event):
    # The workshops are in the CSV, not on the page.
    registrations = list(attendee_registrations(event).prefetch_related(None).select_related("member"))
    by_status = {status: [] for status in RegistrationStatus.values}
    for registration in registrations:
        by_status[registration.status].append(registration)
    return {
        "event": event,
        "confirmed": by_status[RegistrationStatus.CONFIRMED],
        "waitlisted": by_status[RegistrationStatus.WAITLISTED],
        "pending": by_status[RegistrationStatus.PENDING],
        "cancelled": by_status[RegistrationStatus.CANCELLED],
        "summary": _summary(event, registrations),
        "hybrid": len(event.attendance_options) > 1,
        "message_log": list(messaging.messages_of(event)),
    }


def _summary(event, registrations):
    """services.attendance_summary, counted from the registrations the page lists already:
    per kind of attendance the seats (capacity, confirmed, left), the waitlist and who is
    present."""
    summary = []
    for attendance in event.attendance_options:
        of_kind = [registration for registration in registrations if registration.attendance == attendance]
        confirmed = [r for r in of_kind if r.status == RegistrationStatus.CONFIRMED]
        capacity = event.capacity_for(attendance)
        summary.append(
            {
                "attendance": attendance,
                "label": Attendance(attendance).label,
                "capacity": capacity,
                "taken": len(confirmed),
                "left": None if capacity is None else max(capacity - len(confirmed), 0),
                "waitlisted": sum(1 for r in of_kind if r.status == RegistrationStatus.WAITLISTED),
                "present": sum(1 for r in confirmed if r.checked_in_at is not None),
            }
        )
    return summary


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
