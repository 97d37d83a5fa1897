"""When someone leaves the circle a meeting is for: a member who leaves a learning network,
or is removed from it, is no longer registered for the network's upcoming meetings that are
only for its members (`circle_only`). Their seat goes to the waitlist (services.cancel) and
they get a mail saying why. Their registrations for the network's meetings in the public
calendar stay: anyone may come to those.

networks.membership sends `membership_ended` inside its transaction (networks sits below
events and does not call it), so the membership ends and the registrations are cancelled
together or not at all; the mails go out after commit."""

from django.utils import timezone

from . import services
from .records import Registration, RegistrationStatus


def registrations_for_members_only(member, network, now=None):
    """The member's active registrations for the network's upcoming meetings only for its
    members (live or not: a meeting waiting for the editors keeps its registrations too)."""
    now = now or timezone.now()
    return (
        Registration.objects.filter(
            member=member,
            event__network=network,
            event__circle_only=True,
            event__start__gt=now,
            event__cancelled_at__isnull=True,
            status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED, RegistrationStatus.PENDING],
        )
        .select_related("event")
        .order_by("event__start", "pk")
    )


def cancel_after_leaving(network, member, removed_by=None, now=None):
    """Cancel what `registrations_for_members_only` finds, each through services.cancel (the
    deadline for attendees does not apply: the platform cancels). Returns them."""
    cancelled = []
    for registration in registrations_for_members_only(member, network, now=now):
        cancelled.append(
            services.cancel(
                registration,
                by_editor=True,
                now=now,
                mail="left_network",
                network=network,
                removed=removed_by is not None and removed_by.pk != member.pk,
            )
        )
    return cancelled


def membership_ended(sender, network, member, removed_by=None, **kwargs):
    """networks.signals.membership_ended (connected in EventsConfig.ready)."""
    cancel_after_leaving(network, member, removed_by=removed_by)
