"""What editors do with registrations in the Wagtail admin, on top of `events.services`.

The seat rules are not repeated here: adding someone by hand goes through the same lock
(`services._lock`) and the same placement (`services._place`) as a registration on the
site, so a full meeting puts the person on the waitlist, whoever adds them.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import services
from .models import Registration
from .services import RegistrationError


def add_member(event, member, choice, *, now=None):
    """An editor registers an existing member: confirmed when there is a seat, otherwise
    on the waitlist. The registration window does not apply, the capacity does."""
    if Registration.objects.active().filter(event=event, member=member).exists():
        # Checked again under the lock by register_member; this gives the editor a message
        # about the member rather than the one addressed to the member themselves.
        raise RegistrationError(_("%(name)s is already registered for this meeting.") % {"name": member})
    return services.register_member(event, member, choice, by_editor=True, now=now)


def add_guest(event, name, email, choice, *, now=None):
    """An editor registers a guest by name and e-mail address. Unlike a guest on the site,
    no confirmation link is needed: the editor vouches for the address, so the
    registration takes a seat (or a place on the waitlist) at once."""
    now = now or timezone.now()
    services._check_choice(event, choice)
    already = RegistrationError(_("%(email)s is already registered for this meeting.") % {"email": email})
    try:
        with transaction.atomic():
            event = services._lock(event)
            registration = (
                Registration.objects.select_for_update()
                .filter(event=event, member__isnull=True, email__iexact=email)
                .first()
            )
            if registration and registration.is_active:
                raise already
            if registration is None:
                registration = Registration(event=event, member=None, created_at=now)
            registration.name = name
            registration.email = email
            services._apply_choice(registration, choice)
            return services._place(event, registration, choice.workshops, now)
    except IntegrityError as error:  # the same guest was added at the same moment
        raise already from error
