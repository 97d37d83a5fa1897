"""Privacy operations: deleting a member's account (AVG article 17) and removing personal
data that is no longer needed (retention). Views and the management command call these.

Deleting an account keeps the member's row as an anonymous, inactive placeholder, so that
what others built on (discussions, past meetings' attendance) stays consistent, and takes
the person out of everything: see docs/privacy.md for what happens to each kind of data.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta
from importlib import import_module

from allauth.account.models import EmailAddress
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from events.models import Registration, RegistrationStatus
from forum.models import Post, PostRevision, ThreadEvent
from forum.services import MENTION
from members.models import MemberProfile, ProfileVisibility, address_matches
from members.sessions import end_all_sessions
from practices.models import ExperienceReport, PracticeApplication

logger = logging.getLogger(__name__)

DELETED_EMAIL_DOMAIN = "verwijderd.invalid"  # .invalid never resolves (RFC 2606): no mail goes out

# Retention periods in days; each can be set in the settings.
RETENTION_DEFAULTS = {
    "PRIVACY_UNVERIFIED_ACCOUNT_DAYS": 30,
    "PRIVACY_UNCONFIRMED_GUEST_REGISTRATION_DAYS": 30,
    "PRIVACY_TASK_RESULT_DAYS": 14,
}


def retention_days(name):
    return int(getattr(settings, name, RETENTION_DEFAULTS[name]))


class AccountDeletionRefused(Exception):
    """This account cannot be deleted through the site; the message says why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


# What deleting an account will do (shown before the member confirms)


@dataclass(frozen=True)
class DeletionSummary:
    posts: int
    upcoming_registrations: int
    published_experiences: int
    unpublished_experiences: int


def deletion_summary(member, *, now=None):
    now = now or timezone.now()
    experiences = ExperienceReport.objects.filter(author=member)
    return DeletionSummary(
        posts=Post.objects.filter(author=member, is_deleted=False).count(),
        upcoming_registrations=Registration.objects.filter(member=member, event__start__gt=now)
        .exclude(status=RegistrationStatus.CANCELLED)
        .count(),
        published_experiences=experiences.filter(first_published_at__isnull=False).count(),
        unpublished_experiences=experiences.filter(first_published_at__isnull=True).count(),
    )


# Deleting an account

# Rows that point at a member and are deleted with the account unless listed here. Rows
# with SET_NULL lose the member (as if the row were deleted); DO_NOTHING rows (Wagtail's
# audit log) keep pointing at the anonymous placeholder.
KEPT_WITH_THE_PLACEHOLDER = {
    "members.memberprofile",  # emptied below; every member has one
    "events.registration",  # future ones cancelled, all anonymised below
    "forum.reaction",  # counts on other people's posts; the placeholder names nobody
}


def deleted_member_email(member):
    """The unique address that replaces a deleted member's address."""
    return f"verwijderd-lid-{member.pk}@{DELETED_EMAIL_DOMAIN}"


def deleted_member_name():
    """How a deleted member is named where a name is stored (attendee lists, applications):
    the same words the forum shows for a post without an author."""
    with override(settings.LANGUAGE_CODE):
        return _("Former member")


@transaction.atomic
def delete_account(member, *, now=None):
    """Delete a member's account and personal data in one transaction.

    Raises AccountDeletionRefused for superusers (the site must keep an administrator;
    another administrator removes the role first)."""
    now = now or timezone.now()
    member = get_user_model().objects.select_for_update().get(pk=member.pk)
    if member.is_superuser:
        raise AccountDeletionRefused(
            _("An administrator account cannot be deleted here. Ask another administrator to remove your rights first.")
        )
    addresses = member.verified_email_addresses()  # only those identify the member
    placeholder_email = deleted_member_email(member)
    placeholder_name = deleted_member_name()

    _cancel_and_anonymise_registrations(member, addresses, placeholder_email, placeholder_name, now)
    _anonymise_applications(addresses, placeholder_email, placeholder_name)
    _delete_unpublished_experiences(member)
    own_post_ids = list(Post.objects.filter(author=member).values_list("pk", flat=True))
    PostRevision.objects.filter(post_id__in=own_post_ids).delete()
    mentioning_post_ids = _forget_mentions(member)
    _empty_profile(member)
    _delete_wagtail_avatar(member)
    _anonymise_log_entries(member)
    _delete_finished_task_results(addresses)
    end_all_sessions(member)  # deletes the sessions now, closes the sockets after commit

    for relation in _relations_to(member):
        _release(relation, member)

    member.first_name = member.name_prefix = member.last_name = ""
    member.email = placeholder_email
    member.is_active = member.is_staff = member.is_superuser = False
    member.last_login = None
    member.set_unusable_password()
    member.save()

    replies_to_own_posts = Post.objects.filter(reply_to_id__in=own_post_ids).values_list("pk", flat=True)
    _rerender_thread_events({*own_post_ids, *mentioning_post_ids, *replies_to_own_posts})
    logger.info("Member %s deleted their account.", member.pk)
    return member


def _relations_to(member):
    """Every foreign key (and many-to-many table) that can point at a member."""
    return [
        field
        for field in type(member)._meta.get_fields(include_hidden=True)
        if field.auto_created and not field.concrete and (field.one_to_many or field.one_to_one)
    ]


def _release(relation, member):
    model = relation.related_model
    field = relation.field
    if model._meta.label_lower in KEPT_WITH_THE_PLACEHOLDER:
        return
    rows = model._base_manager.filter(**{field.name: member})
    if relation.on_delete is models.SET_NULL:
        rows.update(**{field.name: None})
    elif relation.on_delete is models.CASCADE:
        rows.delete()


def _cancel_and_anonymise_registrations(member, addresses, placeholder_email, placeholder_name, now):
    """Future registrations are cancelled as by an editor (so the waitlist moves up), then
    every registration (also guest registrations with an address the member verified) is
    anonymised.
    Past ones stay for the attendance figures."""
    from events.services import cancel

    registrations = Registration.objects.filter(
        Q(member=member) | (Q(member__isnull=True) & address_matches("email", addresses))
    ).select_related("event")
    for registration in registrations:
        if registration.status != RegistrationStatus.CANCELLED and registration.event.start > now:
            cancel(registration, by_editor=True, now=now)
    for registration in registrations:
        # A guest row must stay unique per meeting by address, so each gets its own.
        email = (
            placeholder_email
            if registration.member_id
            else f"verwijderde-gast-{registration.pk}@{DELETED_EMAIL_DOMAIN}"
        )
        Registration.objects.filter(pk=registration.pk).update(
            name=placeholder_name, email=email, answers=[], public_consent=False
        )


def _anonymise_applications(addresses, placeholder_email, placeholder_name):
    """The municipality's application stays; its contact person (one of the member's
    verified addresses) goes."""
    PracticeApplication.objects.filter(address_matches("contact_email", addresses)).update(
        contact_name=placeholder_name, contact_email=placeholder_email, contact_phone="", job_title=""
    )


def _delete_unpublished_experiences(member):
    """Experiences that were never published are the member's drafts: they go, with their
    attachment. Published experiences stay, without the author."""
    from wagtail.documents import get_document_model

    drafts = list(ExperienceReport.objects.filter(author=member, first_published_at__isnull=True))
    attachment_ids = set()
    for draft in drafts:
        for revision in draft.revisions.all():
            attachment_ids.add(revision.content.get("attachment"))
        attachment_ids.add(draft.attachment_id)
        draft.delete()
    attachment_ids.discard(None)
    still_used = set(
        ExperienceReport.objects.filter(attachment_id__in=attachment_ids).values_list("attachment_id", flat=True)
    )
    for document in get_document_model().objects.filter(pk__in=attachment_ids - still_used, uploaded_by_user=member):
        document.delete()


def _forget_mentions(member):
    """Posts (and earlier versions) that mention the member carry their name: in the handle
    (@anna-de-vries-12) and in the rendered link. The handle is replaced by "@Former member"
    and the text rendered again. Returns the ids of the posts that changed."""
    from forum.services import render_post_markdown

    # A coarse filter for the database (PostgreSQL and SQLite read it alike); MENTION decides.
    pattern = rf"@[a-z0-9-]*-{member.pk}([^0-9]|$)"
    replacement = "@" + deleted_member_name()

    def scrub(markdown):
        return MENTION.sub(lambda match: replacement if int(match.group(2)) == member.pk else match.group(0), markdown)

    changed = set()
    candidates = Post.objects.filter(Q(mentions=member) | Q(body_markdown__regex=pattern)).distinct()
    for post in candidates:
        markdown = scrub(post.body_markdown)
        post.body_markdown = markdown
        # Mentions of others stay as they were resolved when the post was written.
        post.body_html, _mentioned = render_post_markdown(markdown, post.mentions.all())
        post.save(update_fields=["body_markdown", "body_html"])
        changed.add(post.pk)
    for revision in PostRevision.objects.filter(body_markdown__regex=pattern).select_related("post"):
        revision.body_markdown = scrub(revision.body_markdown)
        revision.body_html, _mentioned = render_post_markdown(revision.body_markdown, revision.post.mentions.all())
        revision.save(update_fields=["body_markdown", "body_html"])
    Post.mentions.through.objects.filter(member=member).delete()
    return changed


def _rerender_thread_events(post_ids):
    """The thread's event log holds each post as it was rendered (with the author's name).
    Events of the changed posts get today's rendering, which names nobody."""
    from forum.services import post_html

    posts = Post.objects.filter(pk__in=post_ids).select_related("thread", "author", "reply_to__author")
    for post in posts:
        events = list(ThreadEvent.objects.filter(post=post, payload__has_key="html"))
        if not events:
            continue
        html = post_html(post)
        for event in events:
            event.payload = {**event.payload, "html": html}
        ThreadEvent.objects.bulk_update(events, ["payload"])


def _empty_profile(member):
    profile = MemberProfile.objects.select_related("photo").get(member=member)
    photo = profile.photo
    profile.photo = None
    profile.organisation = profile.job_title = profile.bio = ""
    profile.municipality = None
    profile.visibility = ProfileVisibility.MEMBERS
    profile.show_email = False
    profile.save()
    profile.interests.clear()
    profile.expertise.clear()
    if photo is not None:
        photo.delete()  # Wagtail removes the file and its renditions after commit


def _delete_wagtail_avatar(member):
    from wagtail.users.models import UserProfile

    profile = UserProfile.objects.filter(user=member).first()
    if profile is not None and profile.avatar:
        avatar = profile.avatar
        transaction.on_commit(lambda: avatar.delete(save=False))


def _anonymise_log_entries(member):
    """Wagtail's audit log keeps a label per object; for the member and their profile that
    label is their name."""
    from wagtail.models import ModelLogEntry

    profile = MemberProfile.objects.get(member=member)
    for instance in (member, profile):
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(instance), object_id=str(instance.pk)
        ).update(label=deleted_member_name(), data={})


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


def _session_store():
    return import_module(settings.SESSION_ENGINE).SessionStore


# Retention


@dataclass(frozen=True)
class PurgeResult:
    unverified_accounts: int
    unconfirmed_guest_registrations: int
    expired_sessions: int
    task_results: int


def unverified_accounts(*, now=None):
    """Accounts that never verified an address nor logged in, older than the retention
    period. Accounts an editor made without any address, and staff, are left alone."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=retention_days("PRIVACY_UNVERIFIED_ACCOUNT_DAYS"))
    addresses = EmailAddress.objects.filter(user=OuterRef("pk"))
    return (
        get_user_model()
        .objects.filter(date_joined__lt=cutoff, last_login__isnull=True, is_staff=False, is_superuser=False)
        .filter(Exists(addresses.filter(verified=False)))
        .exclude(Exists(addresses.filter(verified=True)))
    )


def purge_personal_data(*, now=None, dry_run=False):
    """Remove personal data past its retention period. With dry_run, only count."""
    now = now or timezone.now()
    accounts = unverified_accounts(now=now)
    guest_cutoff = now - timedelta(days=retention_days("PRIVACY_UNCONFIRMED_GUEST_REGISTRATION_DAYS"))
    guests = Registration.objects.filter(
        member__isnull=True, status=RegistrationStatus.PENDING, created_at__lt=guest_cutoff
    )
    sessions = _expired_sessions(now)
    task_results = _old_task_results(now)

    result = PurgeResult(
        unverified_accounts=accounts.count(),
        unconfirmed_guest_registrations=guests.count(),
        expired_sessions=sessions.count() if sessions is not None else 0,
        task_results=task_results.count() if task_results is not None else 0,
    )
    if dry_run:
        return result

    for member in accounts:
        with transaction.atomic():
            _delete_unverified_account(member)
    guests.delete()
    if sessions is not None:
        sessions.delete()
    else:
        _session_store().clear_expired()
    if task_results is not None:
        task_results.delete()
    logger.info("Purged personal data: %s", result)
    return result


def _delete_unverified_account(member):
    profile = MemberProfile.objects.select_related("photo").filter(member=member).first()
    if profile is not None and profile.photo is not None:
        profile.photo.delete()
    member.delete()


def _expired_sessions(now):
    """Expired sessions (they hold the member id and allauth's login records) as a queryset,
    or None when sessions are not kept in the database."""
    store = _session_store()
    if not hasattr(store, "get_model_class"):
        return None
    return store.get_model_class().objects.filter(expire_date__lt=now)


def _old_task_results(now):
    """Finished background tasks (sent mails: addresses and text) past the retention period."""
    if not apps.is_installed("django_tasks_db"):
        return None
    from django_tasks_db.models import DBTaskResult

    cutoff = now - timedelta(days=retention_days("PRIVACY_TASK_RESULT_DAYS"))
    return DBTaskResult.objects.finished().filter(finished_at__lt=cutoff)
