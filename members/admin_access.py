"""Whether the account menu shows the link to the Wagtail admin, without two permission
queries on every page.

`perms.wagtailadmin.access_admin` in the layout made Django's ModelBackend read all of the
member's permissions (their own and their groups': two queries) on every page a member
opened. The answer is remembered in the cache per member and forgotten, for everyone at
once, whenever a member's groups or permissions or a group's permissions change, or a group
or permission is deleted (MembersConfig.ready connects `forget`).

It only decides whether a link is shown. Access to the admin is always checked by Wagtail
itself (and members.middleware asks for the second factor) with `has_perm`, never with this.
"""

import uuid

from django.core.cache import cache
from django.db import transaction

from .mfa import ADMIN_PERMISSION

GENERATION_KEY = "members:admin-access:generation"
TIMEOUT = 24 * 3600


def _generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        generation = cache.get(GENERATION_KEY)
    return generation


def shows_admin_link(user):
    """Whether `user` may open the Wagtail admin, as far as a link to it is concerned."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or hasattr(user, "_perm_cache"):
        return user.has_perm(ADMIN_PERMISSION)  # no query: everything is allowed, or already read
    # The answer is kept with the generation it was read in: both come in one cache read.
    key = f"members:admin-access:{user.pk}"
    found = cache.get_many([GENERATION_KEY, key])
    generation = found.get(GENERATION_KEY) or _generation()
    kept = found.get(key)
    if kept is not None and kept[0] == generation:
        return kept[1]
    allowed = user.has_perm(ADMIN_PERMISSION)
    cache.set(key, (generation, allowed), TIMEOUT)
    return allowed


def forget(**kwargs):
    """Everyone's answer is read again (now, and once the change is committed)."""
    cache.delete(GENERATION_KEY)
    transaction.on_commit(lambda: cache.delete(GENERATION_KEY))


def connect():
    from django.contrib.auth.models import Group, Permission
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from .models import Member

    for through in (Member.groups.through, Member.user_permissions.through, Group.permissions.through):
        m2m_changed.connect(forget, sender=through, dispatch_uid=f"admin-access-{through._meta.label}")
    for model in (Group, Permission):
        post_delete.connect(forget, sender=model, dispatch_uid=f"admin-access-deleted-{model._meta.label}")
    # Roles are groups found by name: a renamed group changes who has a role.
    post_save.connect(forget, sender=Group, dispatch_uid="admin-access-group-saved")


def is_editor(user):
    """Whether `user` is an editor (`Member.is_editor`), remembered per member like the admin
    link and forgotten with it on any change to groups. For what a page shows and as the
    first step of a check that then asks Wagtail's own page permissions."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    key = f"members:is-editor:{_generation()}:{user.pk}"
    found = cache.get(key)
    if found is None:
        found = user.is_editor
        cache.set(key, found, TIMEOUT)
    return found
