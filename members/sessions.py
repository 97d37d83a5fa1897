"""A member's sessions end everywhere at once: when they log out (in any browser), when
they are deactivated (or deleted), and when their password changes.

On logout and deactivation all their sessions are deleted from the session store. A new
password (changed, set or reset through allauth, or saved any other way) ends every
session that was logged in with the old one: Django keeps a hash of the password in each
session and refuses a session whose hash no longer matches (allauth gives the browser
that made the change a new session with the new hash). In every case, after commit their open
WebSockets are told to close (`session.ended` to
the member's group, see lerendnetwerk.live; every socket closes with 4401, after which
the browser stops reconnecting). A socket authenticates only when it
connects, so without this it would stay open after its session ended. After a password
change no socket's session is still valid, also not in the browser that made the change:
Django gives that browser a new session key (`update_session_auth_hash` cycles it), so
every socket the member had open was authenticated with a session that has ended; the next
page opens new ones. See docs/security.md.

Sessions live in the database and are read from the cache (SESSION_ENGINE `cached_db`,
settings.base); a session does not record its member in a column of its own, so finding a
member's sessions means reading the unexpired rows. That is one pass over the session
table per logout. A session is ended through the session store (`SessionStore.delete`),
which removes the row and the cached copy: a session deleted only from the table would
live on in the cache until it expires.
"""

import logging
from importlib import import_module

from django.conf import settings
from django.contrib.auth import SESSION_KEY, get_user_model
from django.utils import timezone

from lerendnetwerk.live import close_member_sockets

logger = logging.getLogger(__name__)


def _session_store_class():
    return import_module(settings.SESSION_ENGINE).SessionStore


def session_keys_of(member):
    """The keys of the member's unexpired sessions (database-backed session engines)."""
    store_class = _session_store_class()
    if not hasattr(store_class, "get_model_class"):
        logger.warning("Session engine %s cannot list a member's sessions", settings.SESSION_ENGINE)
        return []
    member_id = str(member.pk)
    live = store_class.get_model_class().objects.filter(expire_date__gt=timezone.now())
    keys = []
    for session in live.only("session_key", "session_data").iterator(chunk_size=500):
        data = store_class().decode(session.session_data)
        if data.get(SESSION_KEY) == member_id:
            keys.append(session.session_key)
    return keys


def end_all_sessions(member):
    """Log the member out everywhere: delete their sessions now, and close their sockets
    once the transaction commits. Returns the number of sessions ended."""
    store_class = _session_store_class()
    keys = session_keys_of(member)
    for key in keys:
        store_class(session_key=key).delete()
    close_member_sockets(member.pk)
    logger.info("Ended %d session(s) of member %s", len(keys), member.pk)
    return len(keys)


# Signal receivers (connected in members.apps)


def end_sessions_on_logout(sender, request, user, **kwargs):
    """user_logged_out: logging out in one browser logs the member out in all of them."""
    if user is not None and user.pk is not None:
        end_all_sessions(user)


# The fields whose change ends sessions: is_active (deactivation) and password (the
# session auth hash is derived from it).
SESSION_ENDING_FIELDS = {"is_active", "password"}


def remember_session_ending_fields(sender, instance, raw=False, update_fields=None, **kwargs):
    """pre_save of a member: note whether they were active and their stored password, so
    that post_save sees a deactivation or a new password. Saves that cannot touch either
    (last_login at every login) cost no query."""
    instance._was_active = instance._stored_password = None
    if raw or instance.pk is None or (update_fields is not None and not SESSION_ENDING_FIELDS & set(update_fields)):
        return
    stored = type(instance)._base_manager.filter(pk=instance.pk).values_list("is_active", "password").first()
    if stored is not None:
        instance._was_active, instance._stored_password = stored


def end_sessions_on_deactivation_or_new_password(sender, instance, created, raw=False, **kwargs):
    """post_save of a member. Deactivated (e.g. in the Wagtail users admin): every session
    ends and every socket closes. A new password (allauth's change, set and reset,
    `manage.py changepassword`, a stronger hash at login, …): Django already refuses the
    sessions logged in with the old one, so only the sockets are left to close."""
    if raw or created:
        return
    if getattr(instance, "_was_active", None) and not instance.is_active:
        end_all_sessions(instance)
    elif getattr(instance, "_stored_password", None) not in (None, instance.password):
        close_member_sockets(instance.pk)


def end_sessions_on_delete(sender, instance, **kwargs):
    """post_delete of a member: their sessions and sockets end with the account."""
    end_all_sessions(instance)


def end_sessions_after_bulk_deactivation(request, action_type, objects, action_class_instance):
    """Wagtail hook after_bulk_action: the users listing's "set active state" updates the
    rows without saving them (no post_save), so the sessions are ended here."""
    if action_type != "set_active_state" or action_class_instance.model is not get_user_model():
        return
    if action_class_instance.cleaned_form.cleaned_data.get("mark_as_active"):
        return
    acting_id = request.user.pk  # Wagtail leaves the acting editor active
    for member in objects:
        if member.pk != acting_id:
            end_all_sessions(member)
