"""The organisers write to the attendees of their meeting (from their attendee list on the
site): to the confirmed attendees, the waitlist, or both.

- Who may: the meeting's organisers (events.organisers.may_organise: its editors, the
  coordinators of its network, the trekkers of its practice).
- The message is kept (EventMessage) with its text as typed and as HTML rendered once, at
  save (escaped, paragraphs): the log on the attendee list shows it to every organiser of
  the meeting, never to the attendees.
- Each recipient hears of it after commit, with the usual link to cancel their
  registration: a guest by mail from here (events/email/organiser_message); a member
  through lerendnetwerk.meeting_signals.organisers_messaged, which notifications turns into
  a notification in the bell and a mail as the member chose (events and notifications
  share a layer and may not import each other).
- A double submission sends nothing twice: the form carries a one-time key, unique on the
  message; the second request finds the first one's message (AlreadySent).
"""

from django.db import IntegrityError, transaction
from django.template.defaultfilters import linebreaks_filter
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _

from lerendnetwerk.forms import as_single_line
from lerendnetwerk.meeting_signals import organisers_messaged
from lerendnetwerk.text import without_bidi_controls

from . import organisers
from .records import EventMessage, MessageAudience, Registration, RegistrationStatus
from .services import cancel_url, send_to_attendee

SUBJECT_MAX_LENGTH = 150
BODY_MAX_LENGTH = 5000

_STATUSES = {
    MessageAudience.CONFIRMED: [RegistrationStatus.CONFIRMED],
    MessageAudience.WAITLIST: [RegistrationStatus.WAITLISTED],
    MessageAudience.BOTH: [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED],
}


class MessageError(Exception):
    """Why the message was not sent; the text is for the organiser."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


class AlreadySent(MessageError):
    """The same form was submitted before: its message went out then, not again now."""

    def __init__(self, sent):
        super().__init__(_("This message has already been sent; it was not sent again."))
        self.sent = sent


def recipients(event, audience):
    """The registrations the message goes to (with their member), in a fixed order."""
    return (
        Registration.objects.filter(event=event, status__in=_STATUSES[audience]).select_related("member").order_by("pk")
    )


def render_body(text):
    """The typed text as HTML, once: escaped, an empty line starts a new paragraph."""
    return linebreaks_filter(escape(text), autoescape=False)


def _clean(audience, subject, body):
    if audience not in MessageAudience.values:
        raise MessageError(_("Choose who gets the message."), field="audience")
    subject = as_single_line(subject or "")
    body = without_bidi_controls(body or "").strip()
    if not subject:
        raise MessageError(_("Write a subject."), field="subject")
    if len(subject) > SUBJECT_MAX_LENGTH:
        raise MessageError(_("The subject is too long."), field="subject")
    if not body:
        raise MessageError(_("Write a message."), field="body")
    if len(body) > BODY_MAX_LENGTH:
        raise MessageError(_("The message is too long."), field="body")
    return subject, body


def send_message(actor, event, *, audience, subject, body, key, now=None):
    """Send the organisers' message to the attendees in `audience` (MessageAudience) and keep
    it in the meeting's log. `key`: the form's one-time key (a UUID). Raises MessageError
    (nothing is saved or sent), AlreadySent when this key was used before."""
    now = now or timezone.now()
    if not organisers.may_organise(actor, event):
        raise MessageError(_("Only the organisers of this meeting can write to its attendees."))
    subject, body = _clean(audience, subject, body)
    earlier = EventMessage.objects.filter(idempotency_key=key).first()
    if earlier is not None:
        raise AlreadySent(earlier)
    try:
        with transaction.atomic():
            registrations = list(recipients(event, audience))
            if not registrations:
                raise MessageError(_nobody(audience), field="audience")
            message = EventMessage.objects.create(
                event=event,
                sender=actor,
                audience=audience,
                subject=subject,
                body=body,
                body_html=render_body(body),
                sent_at=now,
                recipient_count=len(registrations),
                idempotency_key=key,
            )
            _deliver(message, event, registrations)
    except IntegrityError as error:  # the same form, submitted twice at once: the first one won
        earlier = EventMessage.objects.filter(idempotency_key=key).first()
        if earlier is None:
            raise
        raise AlreadySent(earlier) from error
    return message


def _nobody(audience):
    if audience == MessageAudience.WAITLIST:
        return _("Nobody is on the waitlist: the message has not been sent.")
    if audience == MessageAudience.CONFIRMED:
        return _("Nobody has a confirmed seat: the message has not been sent.")
    return _("Nobody is registered: the message has not been sent.")


def _deliver(message, event, registrations):
    members = []
    for registration in registrations:
        registration.event = event
        if registration.member_id is None:
            send_to_attendee(registration, "organiser_message", message=message)
        else:
            members.append((registration.member, cancel_url(registration)))
    if members:
        organisers_messaged.send(sender=EventMessage, message=message, recipients=members)


def messages_of(event):
    """The meeting's message log, newest first, with who sent each (one query)."""
    return EventMessage.objects.filter(event=event).select_related("sender").order_by("-sent_at", "-pk")
