"""Registration for meetings: the rules in one place, views and the admin stay thin.

No overbooking: every change that takes or frees a seat runs inside
`transaction.atomic()` after locking the event's row (`SELECT … FOR UPDATE`), so the
count of confirmed registrations and the decision based on it cannot interleave with
another registration for the same event. A unique constraint stops double registration.
E-mails go out after commit (lerendnetwerk.mail), so a rolled-back change sends nothing.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Case, Count, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery, Value, When
from django.db.models.functions import Coalesce, Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from lerendnetwerk.mail import send_templated

from .ical import event_calendar
from .records import Attendance, CalendarToken, Registration, RegistrationStatus, Workshop, new_calendar_token

CANCEL_SALT = "events.cancel"
GUEST_SALT = "events.guest"
GUEST_LINK_MAX_AGE = 3 * 24 * 3600


class RegistrationError(Exception):
    """A rule that stops this registration; the message is for the person registering."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass
class Choice:
    """What someone chose when registering (the form's cleaned data, as the service wants it)."""

    attendance: str = Attendance.IN_PERSON
    answers: list = None
    workshops: list = None
    public_consent: bool = False

    def __post_init__(self):
        self.answers = list(self.answers or [])
        self.workshops = list(self.workshops or [])


# Reading


def seats_taken(event, attendance):
    return Registration.objects.filter(event=event, attendance=attendance).confirmed().count()


def seats_left(event, attendance):
    """Free seats of one kind, or None when the meeting has no limit for it."""
    capacity = event.capacity_for(attendance)
    if capacity is None:
        return None
    return max(capacity - seats_taken(event, attendance), 0)


def seats_taken_annotations():
    """Annotations for a query of meetings: the seats taken (confirmed) of each attendance
    option, which `seat_summary` then reads instead of a query of its own (the meeting's
    page reads them with the page)."""
    return {
        f"seats_taken_{attendance.value}": Coalesce(
            Subquery(
                Registration.objects.filter(event=OuterRef("pk"), attendance=attendance)
                .confirmed()
                .values("event")
                .annotate(n=Count("pk"))
                .values("n")
            ),
            0,
        )
        for attendance in Attendance
    }


def seat_summary(event):
    """Per attendance option: capacity, taken and left, in one query (none when the
    meeting was read with `seats_taken_annotations`)."""
    counts = {attendance: getattr(event, f"seats_taken_{attendance.value}", None) for attendance in Attendance}
    if None in counts.values():
        counts = dict(
            Registration.objects.filter(event=event)
            .confirmed()
            .values_list("attendance")
            .annotate(n=Count("pk"))
            .values_list("attendance", "n")
        )
    summary = []
    for attendance in event.attendance_options:
        capacity = event.capacity_for(attendance)
        taken = counts.get(attendance, 0)
        summary.append(
            {
                "attendance": attendance,
                "label": Attendance(attendance).label,
                "capacity": capacity,
                "taken": taken,
                "left": None if capacity is None else max(capacity - taken, 0),
            }
        )
    return summary


def workshop_places_left(event):
    """{workshop id: places left (None = no limit)} for the event's workshops, in one query."""
    workshops = event.workshops.all()
    if isinstance(workshops, QuerySet):
        workshops = list(
            workshops.annotate(
                taken=Count("registrations", filter=Q(registrations__status=RegistrationStatus.CONFIRMED))
            ).order_by("sort_order", "pk")
        )
    else:
        # The admin's preview: the workshops as its form holds them, in memory (modelcluster);
        # the places taken read by their keys (a workshop being added has none).
        workshops = sorted(workshops, key=lambda workshop: (workshop.sort_order or 0, workshop.pk or 0))
        taken = dict(
            Workshop.registrations.through.objects.filter(
                workshop__in=[workshop.pk for workshop in workshops if workshop.pk],
                registration__status=RegistrationStatus.CONFIRMED,
            )
            .values("workshop")
            .annotate(taken=Count("pk"))
            .values_list("workshop", "taken")
        )
        for workshop in workshops:
            workshop.taken = taken.get(workshop.pk, 0)
    # The same rows are the meeting's workshops by slot (its page and form): read once.
    event.__dict__.setdefault("workshop_slots", event.group_workshops(workshops))
    return {w.pk: None if w.capacity is None else max(w.capacity - w.taken, 0) for w in workshops}


def registration_for(event, member):
    if not member.is_authenticated:
        return None
    return Registration.objects.filter(event=event, member=member).first()


def with_waitlist_position(registrations):
    """Annotate `waitlist_position` (1 = next in line) on waitlisted registrations."""
    ahead = (
        Registration.objects.filter(
            event=OuterRef("event"),
            attendance=OuterRef("attendance"),
            status=RegistrationStatus.WAITLISTED,
        )
        .filter(
            Q(waitlisted_at__lt=OuterRef("waitlisted_at"))
            | Q(waitlisted_at=OuterRef("waitlisted_at"), pk__lte=OuterRef("pk"))
        )
        .order_by()
        .values("event")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return registrations.annotate(waitlist_position=Subquery(ahead))


# What Mijn bijeenkomsten shows of a registration and its meeting: a meeting read whole is
# a Wagtail page of some sixty columns, and building eleven of them took half the page's
# CPU (docs/performance.md).
MY_MEETINGS_FIELDS = (
    "event_id",
    "attendance",
    "status",
    "event__title",
    "event__url_path",
    "event__start",
    "event__end",
    "event__format",
    "event__venue",
    "event__municipality_id",
    "event__municipality__name",
    "event__series_id",
    "event__series__title",
    "event__cancellation_deadline",
)


def registrations_of(member):
    """A member's registrations for Mijn bijeenkomsten, upcoming first."""
    return with_waitlist_position(
        Registration.objects.filter(member=member)
        .select_related("event", "event__series", "event__municipality")
        .only(*MY_MEETINGS_FIELDS)
        .order_by("event__start")
    )


# The attendee list in the admin

# Only the waitlist is in line; everyone else alphabetically (the same on every database,
# whatever it does with NULLs, since the other rows all have NULL here).
_WAITLIST_ORDER = Case(When(status=RegistrationStatus.WAITLISTED, then="waitlisted_at"))
_STATUS_ORDER = Case(
    When(status=RegistrationStatus.CONFIRMED, then=Value(0)),
    When(status=RegistrationStatus.WAITLISTED, then=Value(1)),
    When(status=RegistrationStatus.PENDING, then=Value(2)),
    default=Value(3),
    output_field=IntegerField(),
)


def attendee_registrations(event):
    """All registrations of the meeting with what the list shows, in a fixed number of queries:
    confirmed first, then the waitlist in its order, then the rest."""
    registrations = with_waitlist_position(Registration.objects.filter(event=event))
    return registrations.prefetch_related(
        Prefetch("workshops", queryset=Workshop.objects.order_by("sort_order"))
    ).order_by(_STATUS_ORDER, _WAITLIST_ORDER, Lower("name"), "pk")


def attendance_summary(event):
    """Per kind of attendance: seats (capacity, confirmed, left), waitlist and present."""
    extra = Registration.objects.filter(event=event).aggregate(
        **{
            f"{name}_{attendance.value}": Count("pk", filter=Q(attendance=attendance) & condition)
            for attendance in Attendance
            for name, condition in (
                ("waitlisted", Q(status=RegistrationStatus.WAITLISTED)),
                ("present", Q(status=RegistrationStatus.CONFIRMED, checked_in_at__isnull=False)),
            )
        }
    )
    summary = seat_summary(event)
    for kind in summary:
        attendance = Attendance(kind["attendance"]).value
        kind["waitlisted"] = extra[f"waitlisted_{attendance}"]
        kind["present"] = extra[f"present_{attendance}"]
    return summary


# Changing


def _lock(event):
    """The event's row, locked until the transaction ends: every seat decision for this
    event happens one at a time."""
    event_page = Registration._meta.get_field("event").related_model
    return event_page.objects.select_for_update(of=("self",)).get(pk=event.pk)


def _check_window(event, now):
    if not event.live:
        raise RegistrationError(_("This meeting is not published."))
    state = event.registration_state(now)
    if state == "not_yet":
        raise RegistrationError(_("Registration has not opened yet."))
    if state == "closed":
        raise RegistrationError(_("Registration for this meeting has closed."))


def _check_choice(event, choice):
    if choice.attendance not in event.attendance_options:
        raise RegistrationError(_("Choose how you will take part."), field="attendance")
    slots = set()
    for workshop in choice.workshops:
        if workshop.event_id != event.pk:
            raise RegistrationError(_("Choose a workshop of this meeting."))
        if workshop.slot in slots:
            raise RegistrationError(_("Choose one workshop per time slot."))
        slots.add(workshop.slot)


def _full_workshops(registration, workshops):
    """The chosen workshops that have no place left for this registration."""
    full = []
    for workshop in workshops:
        if workshop.capacity is None:
            continue
        taken = workshop.registrations.confirmed().exclude(pk=registration.pk).count()
        if taken >= workshop.capacity:
            full.append(workshop)
    return full


def _has_seat(event, attendance):
    capacity = event.capacity_for(attendance)
    return capacity is None or seats_taken(event, attendance) < capacity


def _place(event, registration, workshops, now, *, announce=True):
    """Confirm the registration when a seat and its workshops are free; otherwise put it
    on the waitlist. Call with the event locked. `announce`: mail the outcome (a series
    registration sends one mail for all its sessions instead: events.series)."""
    if _has_seat(event, registration.attendance):
        full = _full_workshops(registration, workshops)
        if full:
            raise RegistrationError(
                _("The workshop “%(title)s” is full. Please choose another one.") % {"title": full[0].title},
                field="workshops",
            )
        registration.status = RegistrationStatus.CONFIRMED
        registration.confirmed_at = now
        registration.waitlisted_at = None
    else:
        registration.status = RegistrationStatus.WAITLISTED
        registration.waitlisted_at = now
        registration.confirmed_at = None
    registration.cancelled_at = None
    registration.save()
    registration.workshops.set(workshops)
    if announce:
        _send_status_mail(registration)
    return registration


def _apply_choice(registration, choice):
    registration.attendance = choice.attendance
    registration.answers = choice.answers
    registration.public_consent = choice.public_consent


def register_member(event, member, choice, *, by_editor=False, now=None, announce=True):
    """Register a member: confirmed when there is a seat, otherwise on the waitlist.
    Editors adding someone by hand skip the registration window, not the capacity.
    `announce=False`: no mail (the caller tells the member itself)."""
    if by_editor:
        already = _("%(name)s is already registered for this meeting.") % {"name": member}
    else:
        already = _("You are already registered for this meeting.")
    return _register(
        event,
        choice,
        member=member,
        name=member.display_name,
        email=member.email,
        already=already,
        check_window=not by_editor,
        now=now,
        announce=announce,
    )


def add_guest(event, name, email, choice, *, now=None):
    """An editor registers a guest by name and e-mail address. Unlike a guest on the site,
    no confirmation link is needed: the editor vouches for the address, so the
    registration takes a seat (or a place on the waitlist) at once. The registration
    window does not apply, the capacity does."""
    return _register(
        event,
        choice,
        member=None,
        name=name,
        email=email,
        already=_("%(email)s is already registered for this meeting.") % {"email": email},
        check_window=False,
        now=now,
    )


def _register(event, choice, *, member, name, email, already, check_window, now, announce=True):
    """Register a member, or a guest (`member` None) by e-mail address, under the event's
    lock. Someone who cancelled before gets their old registration back; someone who is
    registered already gets the message `already`, also when a request for the same person
    got there first."""
    now = now or timezone.now()
    _check_choice(event, choice)
    try:
        with transaction.atomic():
            event = _lock(event)
            if check_window:
                _check_window(event, now)
            same_person = Q(member=member) if member else Q(member__isnull=True, email__iexact=email)
            registration = Registration.objects.select_for_update().filter(same_person, event=event).first()
            if registration and registration.is_active:
                raise RegistrationError(already)
            if registration is None:
                registration = Registration(event=event, member=member, created_at=now)
            registration.name = name
            registration.email = email
            _apply_choice(registration, choice)
            return _place(event, registration, choice.workshops, now, announce=announce)
    except IntegrityError as error:  # a request for the same person got there first
        raise RegistrationError(already) from error


def request_guest_registration(event, name, email, choice, *, now=None):
    """A guest registers: the registration waits until they confirm their e-mail address.
    Whatever the state, the answer to the guest is the same ("check your e-mail"), so the
    form does not reveal who is registered. The event's row is locked first, as for every
    registration: a second request with the same address (a double click, a retry) waits
    and then finds the first one's registration instead of colliding with it."""
    now = now or timezone.now()
    if not event.is_open_to_guests:
        raise RegistrationError(_("This meeting is for members only. Please log in to register."))
    _check_window(event, now)
    _check_choice(event, choice)
    with transaction.atomic():
        event = _lock(event)
        existing = (
            Registration.objects.select_for_update()
            .filter(event=event, member__isnull=True, email__iexact=email)
            .first()
        )
        if existing and existing.is_active:
            _send(existing, "already_registered")
            return existing
        registration = existing or Registration(event=event, member=None, created_at=now)
        registration.name = name
        registration.email = email
        registration.status = RegistrationStatus.PENDING
        _apply_choice(registration, choice)
        registration.save()
        registration.workshops.set(choice.workshops)
        _send(registration, "guest_confirm", confirm_url=guest_confirm_url(registration))
        return registration


def confirm_guest(registration, *, now=None):
    """The guest opened the link in the e-mail: now the registration takes a seat (or a
    place on the waitlist). Opening the link twice changes nothing."""
    now = now or timezone.now()
    with transaction.atomic():
        event = _lock(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != RegistrationStatus.PENDING:
            return registration
        _check_window(event, now)
        return _place(event, registration, list(registration.workshops.all()), now)


def cancel(registration, *, by_editor=False, now=None, announce=True, mail="cancelled", **mail_context):
    """Cancel a registration; a freed seat goes to the first on the waitlist at once.
    Attendees may cancel until the event's deadline; editors always can. `mail`: the mail
    the attendee gets (events/email/<mail>), with `mail_context` added to its context;
    `announce=False`: no mail to the attendee (the caller tells them itself). The promoted
    person is always told."""
    now = now or timezone.now()
    with transaction.atomic():
        event = _lock(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == RegistrationStatus.CANCELLED:
            return registration
        if not by_editor and not event.cancellation_open(now):
            raise RegistrationError(
                _("Cancelling through the site is no longer possible. Please contact the organisers.")
            )
        had_seat = registration.status == RegistrationStatus.CONFIRMED
        was_pending = registration.status == RegistrationStatus.PENDING
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        if not was_pending and announce:
            _send(registration, mail, **mail_context)
        if had_seat:
            promote_waitlist(event, registration.attendance, now=now)
        return registration


def promote_waitlist(event, attendance, *, now=None):
    """Give free seats to the waitlist in order. Someone whose chosen workshop is full
    keeps their place in line and the next person gets the seat. Call with the event
    locked (inside the transaction that freed the seat)."""
    now = now or timezone.now()
    promoted = []
    for candidate in Registration.objects.filter(event=event, attendance=attendance).waitlist_order():
        if not _has_seat(event, attendance):
            break
        if _full_workshops(candidate, candidate.workshops.all()):
            continue
        candidate.status = RegistrationStatus.CONFIRMED
        candidate.confirmed_at = now
        candidate.save(update_fields=["status", "confirmed_at"])
        _send(candidate, "promoted", attach_ics=True)
        promoted.append(candidate)
    return promoted


def fill_free_seats(event, *, now=None):
    """After an editor raised the capacity: promote from the waitlist."""
    with transaction.atomic():
        event = _lock(event)
        return [r for attendance in event.attendance_options for r in promote_waitlist(event, attendance, now=now)]


def set_present(registration, present, *, now=None):
    """Check an attendee in at the door (or undo it)."""
    now = now or timezone.now()
    if registration.status != RegistrationStatus.CONFIRMED:
        raise RegistrationError(_("Only confirmed attendees can be checked in."))
    registration.checked_in_at = now if present else None
    registration.save(update_fields=["checked_in_at"])
    return registration


def send_reminders(*, now=None):
    """Remind confirmed attendees of meetings that start within EVENT_REMINDER_HOURS.
    Each registration is claimed with a conditional UPDATE before its mail is queued, so
    two workers running at once (or a rerun) never send a reminder twice."""
    now = now or timezone.now()
    horizon = now + timedelta(hours=settings.EVENT_REMINDER_HOURS)
    due = Registration.objects.confirmed().filter(
        reminder_sent_at__isnull=True, event__live=True, event__start__gt=now, event__start__lte=horizon
    )
    sent = 0
    for registration in due.select_related("event"):
        with transaction.atomic():
            claimed = Registration.objects.filter(
                pk=registration.pk, status=RegistrationStatus.CONFIRMED, reminder_sent_at__isnull=True
            ).update(reminder_sent_at=now)
            if claimed:
                _send(registration, "reminder", attach_ics=True)
                sent += 1
    return sent


# Personal calendar feed


def calendar_token_for(member):
    token, _created = CalendarToken.objects.get_or_create(member=member)
    return token


def regenerate_calendar_token(member):
    """A new secret for the personal feed; the old URL stops working at once."""
    token = calendar_token_for(member)
    token.token = new_calendar_token()
    token.save(update_fields=["token", "created_at"])
    return token


# Links in e-mails


def cancel_token(registration):
    return signing.dumps([registration.pk, registration.email.lower()], salt=CANCEL_SALT)


def registration_from_cancel_token(token):
    try:
        pk, email = signing.loads(token, salt=CANCEL_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return Registration.objects.select_related("event").filter(pk=pk, email__iexact=email).first()


def guest_confirm_token(registration):
    return signing.dumps([registration.pk, registration.email.lower()], salt=GUEST_SALT)


def registration_from_guest_token(token):
    try:
        pk, email = signing.loads(token, salt=GUEST_SALT, max_age=GUEST_LINK_MAX_AGE)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return Registration.objects.select_related("event").filter(pk=pk, email__iexact=email).first()


def _absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def absolute_url(path):
    """The site's address before `path`, for links in mails."""
    return _absolute(path)


def cancel_url(registration):
    return _absolute(reverse("events:cancel_by_link", args=[cancel_token(registration)]))


def guest_confirm_url(registration):
    return _absolute(reverse("events:guest_confirm", args=[guest_confirm_token(registration)]))


# E-mail

_STATUS_MAILS = {RegistrationStatus.CONFIRMED: "confirmed", RegistrationStatus.WAITLISTED: "waitlisted"}


def _send_status_mail(registration):
    kind = _STATUS_MAILS[registration.status]
    _send(registration, kind, attach_ics=registration.status == RegistrationStatus.CONFIRMED)


def send_to_attendee(registration, kind, **extra):
    """The mail `events/email/<kind>` to one attendee, with the meeting and the usual link
    to cancel (sent after commit)."""
    _send(registration, kind, **extra)


def _send(registration, kind, *, attach_ics=False, **extra):
    event = registration.event
    context = {
        "registration": registration,
        "event": event,
        "event_url": _absolute(event.url) if event.url else settings.WAGTAILADMIN_BASE_URL,
        "cancel_url": cancel_url(registration),
        "show_online_link": registration.status == RegistrationStatus.CONFIRMED and bool(event.online_url),
        **extra,
    }
    attachments = []
    if attach_ics:
        ics = event_calendar(event, registration=registration)
        attachments.append(("bijeenkomst.ics", ics, "text/calendar; charset=utf-8; method=PUBLISH"))
    with override(settings.LANGUAGE_CODE):
        send_templated(f"events/email/{kind}", context, to=[registration.email], attachments=attachments)
