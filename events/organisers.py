"""Who holds a meeting, and who sees it: the one access rule for meetings made by the
people who hold them (docs/events.md, "Meetings made by their organisers").

- `may_organise(user, event)`: the editors (who may edit the page); the coordinators of
  the meeting's learning network; the trekkers of the practice whose own meeting it is.
- `may_see(user, event)`: everyone, unless the meeting is only for its circle
  (`circle_only`): then the network's members, the practice's participants and editors.
- `visible_meetings(user, events)`: the same rule inside a query, for lists.

This module reads no page model (events.models builds on it), only the memberships."""

from django.db.models import Exists, OuterRef, Q

from members.admin_access import is_editor
from members.models import Member
from members.roles import Role
from networks.membership import network_access
from networks.records import NetworkMembership, NetworkRole
from practices.records import PracticeMembership, PracticeRole
from practices.team import workspace_access


def _is_active(user):
    return bool(user is not None and user.is_authenticated and user.is_active)


def may_organise_for(user, *, network=None, practice=None):
    """Whether `user` may make a meeting for this network (its coordinators and the editors)
    or this practice (its trekkers and the editors)."""
    if not _is_active(user):
        return False
    if network is not None:
        return network_access(user, network).may_manage
    if practice is not None:
        return workspace_access(user, practice).may_manage
    return False


def may_organise(user, event):
    """Whether `user` organises `event`: editors, the coordinators of its network, the
    trekkers of its practice."""
    if not _is_active(user):
        return False
    if (
        event.network_id
        and NetworkMembership.objects.filter(
            network_id=event.network_id, member_id=user.pk, role=NetworkRole.COORDINATOR
        ).exists()
    ):
        return True
    if (
        event.organising_practice_id
        and PracticeMembership.objects.filter(
            practice_id=event.organising_practice_id, member_id=user.pk, role=PracticeRole.LEAD
        ).exists()
    ):
        return True
    # Whether the member is an editor is remembered (members.admin_access); who may edit
    # the page is then asked of Wagtail's own permissions.
    return is_editor(user) and event.permissions_for_user(user).can_edit()


def may_see(user, event):
    """Whether `user` may see `event` at all (its page, its feed, in a list)."""
    if not event.circle_only:
        return True
    if not _is_active(user):
        return False
    if user.is_editor:
        return True
    if event.network_id and NetworkMembership.objects.filter(network_id=event.network_id, member_id=user.pk).exists():
        return True
    return bool(
        event.organising_practice_id
        and PracticeMembership.objects.filter(practice_id=event.organising_practice_id, member_id=user.pk).exists()
    )


def visible_meetings(user, events):
    """`events` narrowed to what `user` may see (the rule of `may_see`, in one query: whether
    the member is an editor is asked inside it, so building the rule costs no query)."""
    if not _is_active(user):
        return events.filter(circle_only=False)
    if user.is_superuser:
        return events
    in_network = NetworkMembership.objects.filter(network_id=OuterRef("network_id"), member_id=user.pk)
    in_practice = PracticeMembership.objects.filter(practice_id=OuterRef("organising_practice_id"), member_id=user.pk)
    editor = Member.groups.through.objects.filter(member_id=user.pk, group__name=Role.EDITOR.group_name)
    return events.filter(Q(circle_only=False) | Exists(in_network) | Exists(in_practice) | Exists(editor))
