"""Privacy operations: deleting a member's account (AVG article 17) and removing personal
data that is no longer needed (retention). Views and the management command call these.

Each app answers for its own personal data in `<app>/privacy.py` (lerendnetwerk.personal_data);
this module only orchestrates: the order, the one transaction, and the sweep that deletes or
releases whatever still points at the member. Deleting an account keeps the member's row as
an anonymous, inactive placeholder, so that what others built on (discussions, past meetings'
attendance) stays consistent: see docs/privacy.md for what happens to each kind of data.
"""

import logging
from datetime import timedelta
from importlib import import_module
from types import SimpleNamespace

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from lerendnetwerk.personal_data import (
    Erasure,
    Purged,
    Retention,
    deleted_member_name,  # noqa: F401 - the name a deleted member gets
    kinds,
)

logger = logging.getLogger(__name__)

# Sent mail is kept as finished background tasks (their addresses and text): no app's rows.
TASK_RESULTS = Retention("PRIVACY_TASK_RESULT_DAYS", 14)


def retention_periods():
    """Every retention period, the apps' and this module's own."""
    return [period for kind in kinds() for period in kind.retention] + [TASK_RESULTS]


class AccountDeletionRefused(Exception):
    """This account cannot be deleted through the site; the message says why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


# What deleting an account will do (shown before the member confirms)


def deletion_summary(member, *, now=None):
    """The counts every kind gives (summary.posts, summary.upcoming_registrations, …)."""
    now = now or timezone.now()
    summary = {}
    for kind in kinds():
        summary.update(kind.deletion_summary(member, now))
    return SimpleNamespace(**summary)


# Deleting an account


def kept_with_the_placeholder():
    """Models whose rows stay (anonymised by their app) when the member goes; the sweep
    leaves them alone."""
    return {label for kind in kinds() for label in kind.kept}


@transaction.atomic
def delete_account(member, *, now=None):
    """Delete a member's account and personal data in one transaction: every app erases its
    own (in erase order), then the rows still pointing at the member are deleted or released.

    Raises AccountDeletionRefused for superusers (the site must keep an administrator;
    another administrator removes the role first)."""
    now = now or timezone.now()
    member = get_user_model().objects.select_for_update().get(pk=member.pk)
    if member.is_superuser:
        raise AccountDeletionRefused(
            _("An administrator account cannot be deleted here. Ask another administrator to remove your rights first.")
        )
    # Only verified addresses identify the member; read before any app erases them.
    erasure = Erasure(member=member, addresses=frozenset(member.verified_email_addresses()), now=now)
    for kind in sorted(kinds(), key=lambda kind: kind.erase_order):
        kind.erase(erasure)
    _delete_finished_task_results(erasure.addresses)

    kept = kept_with_the_placeholder()
    for relation in _relations_to(member):
        _release(relation, member, kept)
    logger.info("Member %s deleted their account.", member.pk)
    return member


def _relations_to(member):
    """Every foreign key (and many-to-many table) that can point at a member."""
    return [
        field
        for field in type(member)._meta.get_fields(include_hidden=True)
        if field.auto_created and not field.concrete and (field.one_to_many or field.one_to_one)
    ]


def _release(relation, member, kept):
    """Rows with SET_NULL lose the member (as if the row were deleted), CASCADE rows are
    deleted; DO_NOTHING rows (Wagtail's audit log) keep pointing at the placeholder."""
    model = relation.related_model
    field = relation.field
    if model._meta.label_lower in kept:
        return
    rows = model._base_manager.filter(**{field.name: member})
    if relation.on_delete is models.SET_NULL:
        rows.update(**{field.name: None})
    elif relation.on_delete is models.CASCADE:
        rows.delete()


def _delete_finished_task_results(addresses):
    """Sent mails are kept as task results (their addresses and text): those to the member's
    verified addresses go. Mails still waiting are sent first, and mail to an address the
    member only typed, removed by the retention purge."""
    if not apps.is_installed("django_tasks_db") or not addresses:
        return
    from django_tasks_db.models import DBTaskResult

    query = Q(pk__in=[])
    for address in addresses:
        query |= Q(args_kwargs__icontains=address)
    DBTaskResult.objects.finished().filter(query).delete()


# Retention


class PurgeResult:
    """What a purge removed, per kind of row (`result.unverified_accounts`), in order."""

    def __init__(self, purged):
        self.purged = list(purged)

    def __getattr__(self, key):
        for purged in self.__dict__.get("purged", ()):
            if purged.key == key:
                return purged.count
        raise AttributeError(key)

    def __str__(self):
        return ", ".join(f"{purged.count} {purged.what}" for purged in self.purged)


def purge_personal_data(*, now=None, dry_run=False):
    """Remove personal data past its retention period: each app's, then expired sessions and
    old task results. With dry_run, only count."""
    now = now or timezone.now()
    purged = [entry for kind in kinds() for entry in kind.purge(now, dry_run=dry_run)]
    purged.append(Purged("expired_sessions", _purge_expired_sessions(now, dry_run=dry_run), "expired sessions"))
    purged.append(Purged("task_results", _purge_old_task_results(now, dry_run=dry_run), "task results"))
    result = PurgeResult(purged)
    if not dry_run:
        logger.info("Purged personal data: %s", result)
    return result


def _session_store():
    return import_module(settings.SESSION_ENGINE).SessionStore


def _purge_expired_sessions(now, *, dry_run):
    """Expired sessions (they hold the member id and allauth's login records). Counted only
    when sessions are kept in the database; other stores clear their own."""
    store = _session_store()
    if not hasattr(store, "get_model_class"):
        if not dry_run:
            store.clear_expired()
        return 0
    sessions = store.get_model_class().objects.filter(expire_date__lt=now)
    count = sessions.count()
    if not dry_run:
        sessions.delete()
    return count


def _purge_old_task_results(now, *, dry_run):
    """Finished background tasks (sent mails: addresses and text) past the retention period."""
    if not apps.is_installed("django_tasks_db"):
        return 0
    from django_tasks_db.models import DBTaskResult

    cutoff = now - timedelta(days=TASK_RESULTS.days)
    results = DBTaskResult.objects.finished().filter(finished_at__lt=cutoff)
    count = results.count()
    if not dry_run:
        results.delete()
    return count
