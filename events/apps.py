from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Meetings")

    def ready(self):
        from wagtail.signals import page_published, workflow_approved, workflow_rejected

        from networks.signals import membership_ended

        from . import moderation
        from .evaluation import report_page_published
        from .leaving import membership_ended as cancel_after_leaving
        from .models import EventPage

        page_published.connect(_fill_free_seats, sender=EventPage, dispatch_uid="events-fill-free-seats")
        # A published report reaches the attendees (once).
        page_published.connect(report_page_published, sender=EventPage, dispatch_uid="events-report-published")
        # Who leaves a network (or is removed) is no longer registered for its meetings
        # only for members: in the same transaction (events.leaving).
        membership_ended.connect(cancel_after_leaving, dispatch_uid="events-cancel-after-leaving")
        # A session added to a series reaches the series' registrants.
        from .series import session_published

        page_published.connect(session_published, sender=EventPage, dispatch_uid="events-series-session-published")
        # A network's meeting, published for the first time, reaches the network's members (once).
        page_published.connect(moderation.page_published, sender=EventPage, dispatch_uid="events-network-announced")
        # The editors' decision on a meeting submitted for the public calendar reaches its organiser.
        workflow_approved.connect(moderation.workflow_decided, dispatch_uid="events-meeting-approved")
        workflow_rejected.connect(moderation.workflow_decided, dispatch_uid="events-meeting-returned")


def _fill_free_seats(sender, instance, **kwargs):
    """An editor may have raised the capacity: give the new seats to the waitlist."""
    from django.db import transaction

    from .services import fill_free_seats

    transaction.on_commit(lambda: fill_free_seats(instance))
