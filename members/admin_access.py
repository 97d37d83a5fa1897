"""What a member's pages ask of their account on every request, remembered: whether the
account menu shows the link to the Wagtail admin, and the member's roles.

`perms.wagtailadmin.access_admin` in the layout made Django's ModelBackend read all of the
member's permissions (their own and their groups': two queries) on every page a member
opened, and the roles (`Member.roles`: who may moderate a discussion, edit a practice) were
a query of their own on the pages that ask. Both are remembered in the cache per member, in
one entry that a request reads once (the account menu reads it anyway), and forgotten, for
everyone at once, whenever a member's groups or permissions or a group's permissions
change, or a group or permission is deleted (MembersConfig.ready connects `forget`).
`forget` deletes the generation both at once and when the change commits, so a request that
read the old groups while the change was under way remembers them under a generation that
is gone by then.

The admin link only decides whether a link is shown: access to the admin is always checked
by Wagtail itself (and members.middleware asks for the second factor) with `has_perm`.
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


def _key(member):
    return f"members:access:{member.pk}"


def _remembered(member):
    """{"generation", "admin", "roles"} of `member`: what is kept with the generation it was
    read in (both come in one cache read, once per instance, so once per request for the
    reader); None for what is not known yet."""
    entry = getattr(member, "_remembered_access", None)
    if entry is None:
        key = _key(member)
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY) or _generation()
        kept = found.get(key)
        admin, roles = kept[1:] if kept is not None and kept[0] == generation else (None, None)
        entry = member._remembered_access = {"generation": generation, "admin": admin, "roles": roles}
    return entry


def _remember(member, entry, **values):
    entry.update(values)
    cache.set(_key(member), (entry["generation"], entry["admin"], entry["roles"]), TIMEOUT)


def shows_admin_link(user):
    """Whether `user` may open the Wagtail admin, as far as a link to it is concerned."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or hasattr(user, "_perm_cache"):
        return user.has_perm(ADMIN_PERMISSION)  # no query: everything is allowed, or already read
    entry = _remembered(user)
    if entry["admin"] is None:
        _remember(user, entry, admin=user.has_perm(ADMIN_PERMISSION))
    return entry["admin"]


def role_bits(member):
    """The member's roles as `members.models.role_bits_of` numbers them: remembered, read
    from their groups once per change (`Member.roles` asks this)."""
    from .models import role_bits_of

    entry = _remembered(member)
    if entry["roles"] is None:
        _remember(member, entry, roles=role_bits_of(member.groups.values_list("name", flat=True)))
    return entry["roles"]


def forget(instance=None, **kwargs):
    """Everyone's answers are read again (now, and once the change is committed); a member
    whose groups changed through `member.groups` forgets them at once."""
    from .models import Member

    if isinstance(instance, Member):
        for name in ("_remembered_access", "_role_flags"):
            instance.__dict__.pop(name, None)
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
    """Whether `user` is an active editor (`Member.is_editor`, from the remembered roles). For
    what a page shows and as the first step of a check that then asks Wagtail's own page
    permissions."""
    return bool(user.is_authenticated and user.is_active and user.is_editor)
