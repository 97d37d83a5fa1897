"""The bell's number: a member's unread notifications about what they may still read,
counted once and remembered in the cache until something changes it.

Every page a member opens shows the bell; counting costs a query that joins the forum's
access rule. The count is remembered per member with two version versions:

- the member's own version, renewed when one of their notifications is created, read or
  deleted, when they join or leave a practice or network (`push_unread_count`, which
  every such change already calls for the live bell), when their account is saved
  (active, superuser) or their groups change (editor, moderator: staff read every
  closed space);
- one version for everyone, renewed when the access rule's other inputs change: a
  category is saved or deleted (its practice or network), a thread moves to another
  category or is deleted, a group is saved or deleted.

A remembered count is used only while both versions are the ones it was counted under. The
versions are renewed at once and again after the transaction commits, so a count made by a
concurrent request from data before the commit is never used afterwards (it carries the
old version). A version missing from the cache (evicted) counts as a change.
"""

import secrets

from django.core.cache import cache
from django.db import transaction

COUNT_KEY = "notifications:unread:{}"
TOTAL_KEY = "notifications:readable:{}"
MEMBER_VERSION_KEY = "notifications:unread-version:{}"
ACCESS_VERSION_KEY = "notifications:unread-access-version"
READABLE_CATEGORIES_KEY = "forum:readable-categories:{}"
COUNT_SECONDS = 60 * 60


def unread_count(member):
    """Unread notifications about what the member may still read (the bell's number)."""
    from .models import Notification

    return remembered_with_access(COUNT_KEY, member, lambda: Notification.objects.readable_by(member).unread().count())


def readable_count(member):
    """All the member's notifications about what they may still read (the notification
    centre's number of pages), remembered as the bell's number is: the same changes renew
    it (a notification created or deleted, the member's access)."""
    from .models import Notification

    return remembered_with_access(TOTAL_KEY, member, lambda: Notification.objects.readable_by(member).count())


def readable_category_ids(member):
    """The ids of the forum categories `member` may read (sorted), remembered with their
    access: for lists of discussions kept for every member who may read the same ones
    (the start page's, search's)."""
    from forum.access import readable_categories

    return remembered_with_access(
        READABLE_CATEGORIES_KEY, member, lambda: sorted(readable_categories(member).values_list("pk", flat=True))
    )


def remembered_with_access(key_template, member, build):
    """What `build()` returns for `member`, remembered under `key_template` (with a {} for
    the member's id) until the member's version or the access version is renewed: for
    what depends on a member's notifications or on what they may read (the bell's number;
    which categories they may read, for the start page's discussions)."""
    count_key, member_key = key_template.format(member.pk), MEMBER_VERSION_KEY.format(member.pk)
    found = cache.get_many([count_key, member_key, ACCESS_VERSION_KEY])
    versions = (found.get(member_key), found.get(ACCESS_VERSION_KEY))
    remembered = found.get(count_key)
    if remembered is not None and None not in versions and remembered[:2] == versions:
        return remembered[2]
    if None in versions:
        versions = _versions_made(member_key, *versions)
    value = build()
    cache.set(count_key, (*versions, value), COUNT_SECONDS)
    return value


def _versions_made(member_key, member_version, access_version):
    """The missing versions, made (another request may make them at the same moment: add
    keeps the first)."""
    if member_version is None:
        cache.add(member_key, secrets.token_hex(8), timeout=None)
    if access_version is None:
        cache.add(ACCESS_VERSION_KEY, secrets.token_hex(8), timeout=None)
    found = cache.get_many([member_key, ACCESS_VERSION_KEY])
    return found.get(member_key), found.get(ACCESS_VERSION_KEY)


def _renew(key):
    cache.set(key, secrets.token_hex(8), timeout=None)


def forget_unread_count(member_id):
    """The member's count changed (or may have): now, and after commit."""
    key = MEMBER_VERSION_KEY.format(member_id)
    _renew(key)
    transaction.on_commit(lambda: _renew(key))


def forget_all_unread_counts():
    """Who may read which discussion changed: every member's count is made again."""
    _renew(ACCESS_VERSION_KEY)
    transaction.on_commit(lambda: _renew(ACCESS_VERSION_KEY))


# Signal receivers (connected in NotificationsConfig.ready)


def notification_changed(sender, instance, raw=False, **kwargs):
    """post_save/post_delete of a notification (also when a cascade deletes it)."""
    if not raw:
        forget_unread_count(instance.recipient_id)


def member_saved(sender, instance, raw=False, **kwargs):
    """post_save of a member: active or superuser may have changed."""
    if not raw:
        forget_unread_count(instance.pk)


def member_groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """m2m_changed of Member.groups, from either side: staff roles read every closed space."""
    if not action.startswith("post_"):
        return
    if not reverse:
        forget_unread_count(instance.pk)
    elif pk_set:
        for member_id in pk_set:
            forget_unread_count(member_id)
    else:  # group.user_set.clear(): whose it was is not known here
        forget_all_unread_counts()


def access_changed(sender, raw=False, **kwargs):
    """post_save/post_delete of a category or a group."""
    if not raw:
        forget_all_unread_counts()


def thread_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    """post_save of a thread: only a move to another category changes who may read it
    (new posts save the thread too; they leave the counts alone, as does a new thread,
    which nobody has a notification about yet)."""
    if not raw and not created and (update_fields is None or "category" in update_fields):
        forget_all_unread_counts()
