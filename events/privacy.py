"""The personal data of the meetings: registrations (also guest registrations made with one
of the member's verified addresses), attendee-list consents and the personal calendar feed.
Exported and erased through the privacy app (docs/privacy.md)."""

from datetime import timedelta

from django.db.models import Q
from django.utils.translation import gettext_lazy

from lerendnetwerk.personal_data import DELETED_EMAIL_DOMAIN, PersonalData, Purged, Retention, Section, register
from members.models import address_matches

from .evaluation import answer_text
from .models import (
    CalendarToken,
    EvaluationInvitation,
    EvaluationParticipation,
    EvaluationResponse,
    EventMessage,
    EventPage,
    EventSeries,
    Registration,
    RegistrationStatus,
    SeriesRegistration,
)
from .services import cancel

UNCONFIRMED_GUEST_REGISTRATIONS = Retention("PRIVACY_UNCONFIRMED_GUEST_REGISTRATION_DAYS", 30)


def registrations_of(member, addresses):
    """The member's registrations, and guest registrations made with an address they verified."""
    return Registration.objects.filter(
        Q(member=member) | (Q(member__isnull=True) & address_matches("email", addresses))
    )


@register
class Registrations(PersonalData):
    """Registrations for meetings that have not started are cancelled as by an editor (so the
    waitlist moves up); then every registration, past ones included, is anonymised. Status,
    workshops and check-in stay for the attendance figures. Retention: guest registrations
    never confirmed by e-mail."""

    key = "registrations"
    section = Section(
        "registrations",
        gettext_lazy("Meeting registrations"),
        gettext_lazy("Your registrations for meetings, with your answers and workshop choices."),
    )
    position = 1600
    models = ("events.registration",)
    kept = ("events.registration",)
    erase_order = 100  # first: the cancellation mail goes to the member's address
    retention = (UNCONFIRMED_GUEST_REGISTRATIONS,)
    labels = {
        "answer": gettext_lazy("Answer"),
        "answers": gettext_lazy("Answers"),
        "as_guest": gettext_lazy("As a guest"),
        "attendance": gettext_lazy("Attendance"),
        "cancelled_at": gettext_lazy("Cancelled at"),
        "confirmed_at": gettext_lazy("Confirmed at"),
        "event": gettext_lazy("Meeting"),
        "on_the_attendee_list": gettext_lazy("On the attendee list"),
        "present_at": gettext_lazy("Present at"),
        "question": gettext_lazy("Question"),
        "registered_at": gettext_lazy("Registered at"),
        "waitlisted_at": gettext_lazy("On the waitlist since"),
        "workshops": gettext_lazy("Workshops"),
    }

    def export(self, member, export):
        registrations = (
            registrations_of(member, member.verified_email_addresses())
            .select_related("event")
            .prefetch_related("workshops")
            .order_by("event__start", "pk")
        )
        return [
            {
                "event": registration.event.title,
                "start": registration.event.start,
                "end": registration.event.end,
                "url": export.absolute(registration.event.url) if registration.event.live else "",
                "as_guest": registration.is_guest,
                "name": registration.name,
                "email": registration.email,
                "attendance": str(registration.get_attendance_display()),
                "status": str(registration.get_status_display()),
                "answers": [
                    {"question": answer.get("label", ""), "answer": answer.get("answer", "")}
                    for answer in registration.answers or []
                    if isinstance(answer, dict)
                ],
                "workshops": [f"{workshop.slot}: {workshop.title}" for workshop in registration.workshops.all()],
                "on_the_attendee_list": registration.public_consent,
                "registered_at": registration.created_at,
                "confirmed_at": registration.confirmed_at,
                "waitlisted_at": registration.waitlisted_at,
                "cancelled_at": registration.cancelled_at,
                "present_at": registration.checked_in_at,
            }
            for registration in registrations
        ]

    def erase(self, erasure):

        registrations = registrations_of(erasure.member, erasure.addresses).select_related("event")
        for registration in registrations:
            if registration.status != RegistrationStatus.CANCELLED and registration.event.start > erasure.now:
                cancel(registration, by_editor=True, now=erasure.now)
        for registration in registrations:
            # A guest row must stay unique per meeting by address, so each gets its own.
            email = (
                erasure.placeholder_email
                if registration.member_id
                else f"verwijderde-gast-{registration.pk}@{DELETED_EMAIL_DOMAIN}"
            )
            Registration.objects.filter(pk=registration.pk).update(
                name=erasure.placeholder_name, email=email, answers=[], public_consent=False
            )

    def deletion_summary(self, member, now):
        upcoming = Registration.objects.filter(member=member, event__start__gt=now).exclude(
            status=RegistrationStatus.CANCELLED
        )
        return {"upcoming_registrations": upcoming.count()}

    def purge(self, now, *, dry_run):
        cutoff = now - timedelta(days=UNCONFIRMED_GUEST_REGISTRATIONS.days)
        guests = Registration.objects.filter(
            member__isnull=True, status=RegistrationStatus.PENDING, created_at__lt=cutoff
        )
        count = guests.count()
        if not dry_run:
            guests.delete()
        return [Purged("unconfirmed_guest_registrations", count, "unconfirmed guest registrations")]


@register
class AttendeeListConsents(PersonalData):
    """Which attendee lists show the member: part of the consents file (erased with the
    registrations)."""

    key = "attendee_list_consents"
    section = Section("consents")
    position = 410
    labels = {"attendee_lists": gettext_lazy("Attendee lists"), "shown": gettext_lazy("Shown")}

    def export(self, member, export):
        registrations = registrations_of(member, member.verified_email_addresses()).select_related("event")
        return {
            "attendee_lists": [
                {
                    "event": registration.event.title,
                    "start": registration.event.start,
                    "shown": registration.public_consent,
                }
                for registration in registrations.order_by("event__start")
            ]
        }


@register
class CalendarFeed(PersonalData):
    """The personal calendar link: deleted with the account (the sweep); never exported."""

    key = "calendar_feed"
    section = Section(
        "calendar_feed",
        gettext_lazy("Personal calendar feed"),
        gettext_lazy("Whether you have a personal calendar link (the secret link itself is not included)."),
    )
    position = 1700
    models = ("events.calendartoken",)
    labels = {
        "has_personal_feed": gettext_lazy("Has a personal calendar link"),
        "link_made_at": gettext_lazy("Link made at"),
    }

    def export(self, member, export):
        token = CalendarToken.objects.filter(member=member).first()
        return {"has_personal_feed": token is not None, "link_made_at": token.created_at if token else None}


@register
class EvaluationResponses(PersonalData):
    """The member's evaluations of meetings: their answers when the evaluation was not
    anonymous; for an anonymous one only that they filled it in (the answers are stored
    without a link to anyone, so they are not the member's personal data and stay for the
    results). Invitations to evaluate are listed too. All of it goes with the account
    (the sweep deletes the rows that point at the member, the named answers with them)."""

    key = "evaluation_responses"
    section = Section(
        "meeting_evaluations",
        gettext_lazy("Meeting evaluations"),
        gettext_lazy(
            "Your answers to the evaluations of meetings. Of an anonymous evaluation only that you filled it in: "
            "the answers themselves are not linked to you."
        ),
    )
    position = 1650
    models = (
        "events.evaluationresponse",
        "events.evaluationparticipation",
        "events.evaluationinvitation",
    )
    labels = {
        "anonymous": gettext_lazy("Anonymous"),
        "answers": gettext_lazy("Answers"),
        "answer": gettext_lazy("Answer"),
        "event": gettext_lazy("Meeting"),
        "invited_at": gettext_lazy("Invited at"),
        "question": gettext_lazy("Question"),
        "submitted_on": gettext_lazy("Submitted on"),
    }

    def export(self, member, export):
        named = {
            response.event_id: response
            for response in EvaluationResponse.objects.filter(member=member).prefetch_related("answers")
        }
        invited = dict(EvaluationInvitation.objects.filter(member=member).values_list("event_id", "sent_at"))
        answered = set(EvaluationParticipation.objects.filter(member=member).values_list("event_id", flat=True))
        event_ids = set(named) | set(invited) | answered
        events = EventPage.objects.filter(pk__in=event_ids).order_by("start", "pk")
        rows = []
        for event in events:
            response = named.get(event.pk)
            rows.append(
                {
                    "event": event.title,
                    "start": event.start,
                    "invited_at": invited.get(event.pk),
                    "anonymous": event.pk in answered and response is None,
                    "submitted_on": response.submitted_on if response else None,
                    "answers": [
                        {"question": answer.question_text, "answer": answer_text(answer)}
                        for answer in (response.answers.all() if response else [])
                    ],
                }
            )
        return rows


@register
class OrganisedMeetings(PersonalData):
    """Meetings the member made on the site for their network or practice. The meeting
    stays (it belongs to the network or the practice and its attendees); on deletion of
    the account only the link to its organiser goes (the foreign key is set to empty)."""

    key = "organised_meetings"
    section = Section(
        "organised_meetings",
        gettext_lazy("Meetings you organised"),
        gettext_lazy("Meetings you made on the site for your learning network or practice."),
    )
    position = 1660
    models = ("events.eventpage", "events.eventseries")
    labels = {
        "event": gettext_lazy("Meeting"),
        "start": gettext_lazy("Start"),
        "series": gettext_lazy("Series"),
        "created_at": gettext_lazy("Created at"),
    }

    def export(self, member, export):
        meetings = [
            {"event": event.title, "start": event.start}
            for event in EventPage.objects.filter(organised_by=member).order_by("start", "pk")
        ]
        series = [
            {"series": item.title, "created_at": item.created_at}
            for item in EventSeries.objects.filter(organised_by=member).order_by("created_at", "pk")
        ]
        return meetings + series


@register
class SeriesRegistrations(PersonalData):
    """Registrations for a whole series. The registrations for its sessions are
    `Registrations` (cancelled and anonymised there); these rows go with the account."""

    key = "series_registrations"
    section = Section(
        "series_registrations",
        gettext_lazy("Series registrations"),
        gettext_lazy("Your registrations for series of meetings; your place per session is under registrations."),
    )
    position = 1610
    models = ("events.seriesregistration",)
    labels = {
        "series": gettext_lazy("Series"),
        "attendance": gettext_lazy("Attendance"),
        "on_the_attendee_list": gettext_lazy("On the attendee list"),
        "registered_at": gettext_lazy("Registered at"),
        "cancelled_at": gettext_lazy("Cancelled at"),
    }

    def export(self, member, export):
        return [
            {
                "series": registration.series.title,
                "attendance": str(registration.get_attendance_display()),
                "on_the_attendee_list": registration.public_consent,
                "registered_at": registration.created_at,
                "cancelled_at": registration.cancelled_at,
            }
            for registration in SeriesRegistration.objects.filter(member=member)
            .select_related("series")
            .order_by("created_at", "pk")
        ]


@register
class SentMeetingMessages(PersonalData):
    """Messages the member sent, as an organiser, to the attendees of a meeting. The message
    stays in the meeting's log for its other organisers (it was sent to the attendees and
    belongs to the meeting); on deletion of the account only the link to its sender goes
    (the foreign key is set to empty)."""

    key = "sent_meeting_messages"
    section = Section(
        "sent_meeting_messages",
        gettext_lazy("Messages to attendees"),
        gettext_lazy("Messages you sent as an organiser to the attendees of a meeting."),
    )
    position = 1670
    models = ("events.eventmessage",)
    labels = {
        "event": gettext_lazy("Meeting"),
        "sent_at": gettext_lazy("Sent at"),
        "audience": gettext_lazy("Sent to"),
        "subject": gettext_lazy("Subject"),
        "message": gettext_lazy("Message"),
        "recipients": gettext_lazy("Number of recipients"),
    }

    def export(self, member, export):
        return [
            {
                "event": message.event.title,
                "sent_at": message.sent_at,
                "audience": message.get_audience_display(),
                "subject": message.subject,
                "message": message.body,
                "recipients": message.recipient_count,
            }
            for message in EventMessage.objects.filter(sender=member).select_related("event").order_by("sent_at", "pk")
        ]
