"""What follows the publication and the editors' review of a meeting made by its organisers
(events.organising), from Wagtail's signals (connected in EventsConfig.ready):

- `page_published`: the first time a meeting of a learning network is published (for its
  circle at once, or for the public calendar once the editors approve it), the network's
  members hear of it: networks.signals.meeting_announced, once per meeting
  (NetworkAnnouncement; a later change that is published again says nothing new). A
  series of sessions is announced once, with the first of its sessions to be published.
- `workflow_approved` / `workflow_rejected`: the organiser who submitted the meeting for
  the public calendar hears the editors' decision, with the editor's comment:
  lerendnetwerk.meeting_signals.meeting_moderated (notifications makes the bell
  notification and the mail).
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import WorkflowState

from lerendnetwerk.meeting_signals import meeting_moderated
from networks.signals import meeting_announced

from .models import EventPage
from .records import NetworkAnnouncement


def announce_to_network(event, *, now=None):
    """Tell the members of the meeting's network of it, once: only a live meeting of a
    network that has not ended and is not cancelled. Returns whether it was announced now."""
    now = now or timezone.now()
    if not event.network_id or not event.live or event.is_cancelled or event.end < now:
        return False
    try:
        with transaction.atomic():
            _announcement, created = NetworkAnnouncement.objects.get_or_create(event_id=event.pk)
    except IntegrityError:  # published twice at once: the other one announces it
        return False
    if not created:
        return False
    if event.series_id is not None and (
        NetworkAnnouncement.objects.filter(event__series_id=event.series_id).exclude(event_id=event.pk).exists()
    ):
        return False  # a series is announced once, with its first published session
    meeting_announced.send(sender=EventPage, network=event.network, event=event, organiser=event.organised_by)
    return True


def page_published(sender, instance, **kwargs):
    """page_published for an EventPage."""
    announce_to_network(instance)


def _organised_meeting(workflow_state):
    page = workflow_state.content_object
    page = getattr(page, "specific", page)
    if not isinstance(page, EventPage) or not (page.network_id or page.organising_practice_id):
        return None
    return page


def _comment(workflow_state):
    task_state = workflow_state.current_task_state
    return (task_state.comment or "") if task_state is not None else ""


def workflow_decided(sender, instance, user=None, **kwargs):
    """workflow_approved / workflow_rejected: the organiser who submitted the meeting hears
    the decision. Rejected here means Wagtail's "Request changes": the meeting waits for a
    new version from its organisers."""
    event = _organised_meeting(instance)
    organiser = instance.requested_by
    if event is None or organiser is None:
        return
    approved = instance.status == WorkflowState.STATUS_APPROVED
    if not approved and instance.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return
    meeting_moderated.send(
        sender=EventPage,
        event=EventPage.objects.get(pk=event.pk),
        organiser=organiser,
        editor=user,
        approved=approved,
        comment=_comment(instance),
    )
