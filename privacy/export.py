"""Export my data (AVG articles 15 and 20): everything the platform keeps about one member,
as JSON files in a ZIP with a readable index.html.

Only the member's own data goes in. Where a record involves someone else (a reply, a
notification about another member's post, a decision by an editor) the export describes
it without that person: "a reply in the discussion X", never their name or address.
Mentions of other members in the member's own texts are replaced by a neutral word.
"""

import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

from allauth.account.models import EmailAddress
from django.apps import apps
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from events.models import CalendarToken, Registration
from forum.models import CategoryFollow, ModerationAction, Post, PostReport, Reaction, Thread, ThreadFollow
from forum.services import MENTION
from members.models import AssociateMembershipRequest, MemberProfile, address_matches
from notifications.models import Notification, NotificationKind, NotificationPreference
from practices.models import ExperienceReport, PracticeApplication, PracticeMembership


@dataclass(frozen=True)
class Section:
    """One file of the export and how index.html introduces it."""

    key: str
    title: str
    description: str

    @property
    def filename(self):
        return f"{self.key}.json"


SECTIONS = [
    Section("account", gettext_lazy("Account"), gettext_lazy("Your name, e-mail address, roles and account dates.")),
    Section(
        "profile",
        gettext_lazy("Profile"),
        gettext_lazy("What your profile shows: organisation, job title, municipality, about me and themes."),
    ),
    Section(
        "email_addresses",
        gettext_lazy("E-mail addresses"),
        gettext_lazy("Your e-mail addresses and whether they are verified."),
    ),
    Section(
        "consents",
        gettext_lazy("Consents and choices"),
        gettext_lazy(
            "Who may see your profile and e-mail address, which attendee lists show you, and which e-mails you receive."
        ),
    ),
    Section(
        "two_factor_authentication",
        gettext_lazy("Two-factor authentication"),
        gettext_lazy("Which second steps you set up and when you last used them (never the secrets themselves)."),
    ),
    Section(
        "associate_membership_requests",
        gettext_lazy("Associate Member requests"),
        gettext_lazy("Your requests to become an Associate Member and the decisions on them."),
    ),
    Section(
        "practice_memberships",
        gettext_lazy("Learning practices"),
        gettext_lazy("The learning practices you take part in, and your role."),
    ),
    Section(
        "experiences",
        gettext_lazy("Experiences"),
        gettext_lazy("The experiences you shared, with their latest text and status."),
    ),
    Section(
        "practice_applications",
        gettext_lazy("Applications as a learning practice"),
        gettext_lazy("Applications in which you are the contact person (found by your e-mail address)."),
    ),
    Section(
        "forum_threads", gettext_lazy("Discussions you started"), gettext_lazy("Titles and places of your discussions.")
    ),
    Section(
        "forum_posts",
        gettext_lazy("Posts"),
        gettext_lazy("Your posts in the forum with their earlier versions. Only your own texts."),
    ),
    Section(
        "forum_reactions", gettext_lazy("Reactions"), gettext_lazy("The posts you marked as useful or agreed with.")
    ),
    Section("forum_follows", gettext_lazy("Follows"), gettext_lazy("The discussions and categories you follow.")),
    Section(
        "forum_reports", gettext_lazy("Reports"), gettext_lazy("Posts you reported to the moderators, and the outcome.")
    ),
    Section(
        "moderation_actions",
        gettext_lazy("Moderation"),
        gettext_lazy("What you did as a moderator (only when you have that role)."),
    ),
    Section(
        "registrations",
        gettext_lazy("Meeting registrations"),
        gettext_lazy("Your registrations for meetings, with your answers and workshop choices."),
    ),
    Section(
        "calendar_feed",
        gettext_lazy("Personal calendar feed"),
        gettext_lazy("Whether you have a personal calendar link (the secret link itself is not included)."),
    ),
    Section(
        "notifications",
        gettext_lazy("Notifications"),
        gettext_lazy("Your notifications, described without the names of the people involved."),
    ),
    Section(
        "notification_preferences",
        gettext_lazy("Notification settings"),
        gettext_lazy("Which notifications you receive by e-mail and how often you get a summary."),
    ),
]


def _absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path if path else ""


def _own_text(markdown, member):
    """The member's text without other members' mention handles (@anna-de-vries-12
    carries that person's name); the member's own handle stays."""
    neutral = "@" + _("member")
    return MENTION.sub(lambda match: match.group(0) if int(match.group(2)) == member.pk else neutral, markdown)


# The sections, one function each


def _account(member):
    return {
        "first_name": member.first_name,
        "surname_prefix": member.name_prefix,
        "last_name": member.last_name,
        "email": member.email,
        "roles": [str(role.label) for role in member.roles],
        "is_active": member.is_active,
        "date_joined": member.date_joined,
        "last_login": member.last_login,
    }


def _profile(member, photo_path):
    profile = MemberProfile.objects.select_related("municipality", "photo").get(member=member)
    return {
        "organisation": profile.organisation,
        "job_title": profile.job_title,
        "municipality": profile.municipality.name if profile.municipality else None,
        "about_me": profile.bio,
        "themes_of_interest": sorted(theme.name for theme in profile.interests.all()),
        "themes_of_expertise": sorted(theme.name for theme in profile.expertise.all()),
        "photo": photo_path,
        "created_at": profile.created_at,
        "updated_at": profile.updated_at,
    }


def _email_addresses(member):
    return [
        {"email": address.email, "verified": address.verified, "primary": address.primary}
        for address in EmailAddress.objects.filter(user=member).order_by("-primary", "email")
    ]


def _registrations_query(member):
    """The member's registrations, and guest registrations made with an address they verified."""
    return Q(member=member) | (Q(member__isnull=True) & address_matches("email", member.verified_email_addresses()))


def _consents(member):
    profile = MemberProfile.objects.get(member=member)
    preference = NotificationPreference.objects.filter(member=member).first()
    registrations = Registration.objects.filter(_registrations_query(member)).select_related("event")
    return {
        "profile_visibility": str(profile.get_visibility_display()),
        "show_email_to_members": profile.show_email,
        "attendee_lists": [
            {"event": registration.event.title, "start": registration.event.start, "shown": registration.public_consent}
            for registration in registrations.order_by("event__start")
        ],
        "email_on_mentions": preference.email_mentions if preference else True,
        "email_on_replies": preference.email_replies if preference else True,
        "email_about_what_i_shared": preference.email_contributions if preference else True,
        "summary_email": str(preference.get_digest_display()) if preference else None,
    }


def _two_factor(member):
    if not apps.is_installed("allauth.mfa"):
        return []
    from allauth.mfa.models import Authenticator

    # The data column holds the secrets (TOTP key, recovery codes): never exported.
    return [
        {
            "kind": str(authenticator.get_type_display()),
            "created_at": authenticator.created_at,
            "last_used_at": authenticator.last_used_at,
        }
        for authenticator in Authenticator.objects.filter(user=member).order_by("created_at")
    ]


def _associate_requests(member):
    return [
        {
            "motivation": request.motivation,
            "status": str(request.get_status_display()),
            "requested_at": request.created_at,
            "decided_at": request.decided_at,
            "note_to_you": request.decision_note,
        }
        for request in AssociateMembershipRequest.objects.filter(member=member).order_by("created_at")
    ]


def _practice_memberships(member):
    return [
        {
            "learning_practice": membership.practice.title,
            "role": str(membership.get_role_display()),
            "since": membership.created_at,
            "url": _absolute(membership.practice.url) if membership.practice.live else "",
        }
        for membership in PracticeMembership.objects.filter(member=member).select_related("practice")
    ]


def _experiences(member):
    from practices.services import experience_statuses

    experiences = list(ExperienceReport.objects.filter(author=member).order_by("pk"))
    statuses = experience_statuses(experiences)
    result = []
    for experience in experiences:
        latest = experience.get_latest_revision_as_object()
        result.append(
            {
                "title": latest.title,
                "learning_practice": experience.get_parent().title,
                "status": statuses[experience.pk].label,
                "text": latest.body_markdown,
                "themes": sorted(theme.name for theme in latest.themes.all()),
                "attachment": latest.attachment.title if latest.attachment else None,
                "first_published_at": experience.first_published_at,
                "url": _absolute(experience.url) if experience.live else "",
            }
        )
    return result


def _practice_applications(member):
    applications = PracticeApplication.objects.filter(
        address_matches("contact_email", member.verified_email_addresses())
    )
    return [
        {
            "municipality": application.municipality.name,
            "contact_person": application.contact_name,
            "email": application.contact_email,
            "telephone": application.contact_phone,
            "job_title": application.job_title,
            "themes": sorted(theme.name for theme in application.themes.all()),
            "learning_questions": application.learning_questions,
            "status": str(application.get_status_display()),
            "received_at": application.created_at,
        }
        for application in applications.select_related("municipality").prefetch_related("themes")
    ]


def _threads(member):
    return [
        {
            "title": thread.title,
            "category": thread.category.name,
            "is_question": thread.is_question,
            "started_at": thread.created_at,
            "url": _absolute(thread.get_absolute_url()),
        }
        for thread in Thread.objects.filter(author=member).select_related("category").order_by("created_at")
    ]


def _posts(member):
    posts = (
        Post.objects.filter(author=member)
        .select_related("thread", "reply_to")
        .prefetch_related("revisions")
        .order_by("created_at", "pk")
    )
    return [
        {
            "discussion": post.thread.title,
            "number": post.sequence,
            "url": _absolute(post.get_absolute_url()),
            "in_reply_to_post_number": post.reply_to.sequence if post.reply_to_id else None,
            "text": _own_text(post.body_markdown, member),
            "posted_at": post.created_at,
            "edited_at": post.edited_at,
            "deleted_by_you": post.is_deleted,
            "hidden_by_a_moderator": post.is_hidden,
            "earlier_versions": [
                {"text": _own_text(revision.body_markdown, member), "written_at": revision.written_at}
                for revision in post.revisions.all()
            ],
        }
        for post in posts
    ]


def _reactions(member):
    return [
        {
            "reaction": str(reaction.get_kind_display()),
            "discussion": reaction.post.thread.title,
            "post_number": reaction.post.sequence,
            "url": _absolute(reaction.post.get_absolute_url()),
            "at": reaction.created_at,
        }
        for reaction in Reaction.objects.filter(member=member).select_related("post__thread").order_by("created_at")
    ]


def _follows(member):
    return {
        "discussions": [
            {
                "title": follow.thread.title,
                "url": _absolute(follow.thread.get_absolute_url()),
                "since": follow.created_at,
            }
            for follow in ThreadFollow.objects.filter(member=member).select_related("thread").order_by("created_at")
        ],
        "categories": [
            {
                "name": follow.category.name,
                "url": _absolute(follow.category.get_absolute_url()),
                "since": follow.created_at,
            }
            for follow in CategoryFollow.objects.filter(member=member).select_related("category").order_by("created_at")
        ],
    }


def _reports(member):
    return [
        {
            "discussion": report.post.thread.title,
            "post_number": report.post.sequence,
            "url": _absolute(report.post.get_absolute_url()),
            "reason": report.reason,
            "reported_at": report.created_at,
            "handled_at": report.resolved_at,
            "handling": report.resolution,
        }
        for report in PostReport.objects.filter(reporter=member).select_related("post__thread").order_by("created_at")
    ]


def _moderation_actions(member):
    # The detail line is left out: it can quote another member's report.
    return [
        {"action": str(action.get_kind_display()), "discussion": action.thread.title, "at": action.created_at}
        for action in ModerationAction.objects.filter(actor=member).select_related("thread").order_by("created_at")
    ]


def _registrations(member):
    registrations = (
        Registration.objects.filter(_registrations_query(member))
        .select_related("event")
        .prefetch_related("workshops")
        .order_by("event__start", "pk")
    )
    return [
        {
            "event": registration.event.title,
            "start": registration.event.start,
            "end": registration.event.end,
            "url": _absolute(registration.event.url) if registration.event.live else "",
            "as_guest": registration.is_guest,
            "name": registration.name,
            "email": registration.email,
            "attendance": str(registration.get_attendance_display()),
            "status": str(registration.get_status_display()),
            "answers": [
                {"question": answer.get("label", ""), "answer": answer.get("answer", "")}
                for answer in registration.answers or []
                if isinstance(answer, dict)
            ],
            "workshops": [f"{workshop.slot}: {workshop.title}" for workshop in registration.workshops.all()],
            "on_the_attendee_list": registration.public_consent,
            "registered_at": registration.created_at,
            "confirmed_at": registration.confirmed_at,
            "waitlisted_at": registration.waitlisted_at,
            "cancelled_at": registration.cancelled_at,
            "present_at": registration.checked_in_at,
        }
        for registration in registrations
    ]


def _calendar_feed(member):
    token = CalendarToken.objects.filter(member=member).first()
    return {"has_personal_feed": token is not None, "link_made_at": token.created_at if token else None}


NOTIFICATION_TEXTS = {
    NotificationKind.MENTION: gettext_lazy("You were mentioned in the discussion “%(title)s”."),
    NotificationKind.REPLY: gettext_lazy("A reply to you in the discussion “%(title)s”."),
    NotificationKind.ANSWER: gettext_lazy("Your reply was marked as the answer in “%(title)s”."),
    NotificationKind.THREAD_ACTIVITY: gettext_lazy("A new post in the discussion “%(title)s”, which you follow."),
    NotificationKind.CATEGORY_ACTIVITY: gettext_lazy("A new post in “%(title)s”, in a category you follow."),
    NotificationKind.CHANGES_REQUESTED: gettext_lazy("The editors asked for a change to your experience “%(title)s”."),
    NotificationKind.EXPERIENCE_PUBLISHED: gettext_lazy("Your experience “%(title)s” was published."),
    NotificationKind.REACTION: gettext_lazy("Reactions to your post in the discussion “%(title)s”."),
    NotificationKind.POST_HIDDEN: gettext_lazy("A moderator hid your post in the discussion “%(title)s”."),
}


def _notification_title(notification):
    if notification.thread:
        return notification.thread.title
    return notification.experience.title if notification.experience else ""


def _notification_url(notification):
    if notification.post:
        return _absolute(notification.post.get_absolute_url())
    if notification.experience and notification.experience.live:
        return _absolute(notification.experience.url)
    return ""


NOTIFICATION_NO_LONGER_READABLE = gettext_lazy("A notification about a discussion you can no longer read.")


def _notifications(member):
    # Who caused the notification (the actor) is another member: left out on purpose. A
    # discussion the member may no longer read (a practice they left) is not named either.
    notifications = (
        Notification.objects.filter(recipient=member)
        .select_related("thread", "post", "experience")
        .order_by("created_at")
    )
    readable = set(Notification.objects.readable_by(member).values_list("pk", flat=True))
    result = []
    for notification in notifications:
        if notification.pk in readable:
            description = str(NOTIFICATION_TEXTS.get(notification.kind, "%(title)s")) % {
                "title": _notification_title(notification)
            }
            # The editor's request for changes or the moderator's reason: addressed to the member.
            message, url = notification.message, _notification_url(notification)
        else:
            description, message, url = str(NOTIFICATION_NO_LONGER_READABLE), "", ""
        result.append(
            {
                "kind": notification.kind,
                "description": description,
                "message": message,
                "url": url,
                "created_at": notification.created_at,
                "read_at": notification.read_at,
                "emailed_at": notification.emailed_at,
            }
        )
    return result


def _notification_preferences(member):
    preference = NotificationPreference.objects.filter(member=member).first()
    if preference is None:
        return {"saved": False}
    return {
        "saved": True,
        "email_on_mentions": preference.email_mentions,
        "email_on_replies": preference.email_replies,
        "email_about_what_i_shared": preference.email_contributions,
        "summary_email": str(preference.get_digest_display()),
        "last_summary_at": preference.last_digest_at,
    }


def _photo(member):
    """(path in the ZIP, bytes) of the member's profile photo, or None."""
    profile = MemberProfile.objects.select_related("photo").get(member=member)
    if profile.photo is None or not profile.photo.file:
        return None
    try:
        with profile.photo.file.open("rb") as photo_file:
            content = photo_file.read()
    except FileNotFoundError:
        return None
    return f"photo/{PurePosixPath(profile.photo.file.name).name}", content


# Putting it together


def personal_data(member, photo_path=None):
    """{section key: data} for every section, in SECTIONS order."""
    data = {
        "account": _account(member),
        "profile": _profile(member, photo_path),
        "email_addresses": _email_addresses(member),
        "consents": _consents(member),
        "two_factor_authentication": _two_factor(member),
        "associate_membership_requests": _associate_requests(member),
        "practice_memberships": _practice_memberships(member),
        "experiences": _experiences(member),
        "practice_applications": _practice_applications(member),
        "forum_threads": _threads(member),
        "forum_posts": _posts(member),
        "forum_reactions": _reactions(member),
        "forum_follows": _follows(member),
        "forum_reports": _reports(member),
        "moderation_actions": _moderation_actions(member),
        "registrations": _registrations(member),
        "calendar_feed": _calendar_feed(member),
        "notifications": _notifications(member),
        "notification_preferences": _notification_preferences(member),
    }
    return {section.key: data[section.key] for section in SECTIONS}


# index.html: the same data, readable. Field names become labels; values are typed nodes
# that one recursive template shows (a template cannot tell a list from a date).

FIELD_LABELS = {
    "about_me": gettext_lazy("About me"),
    "action": gettext_lazy("Action"),
    "answer": gettext_lazy("Answer"),
    "answers": gettext_lazy("Answers"),
    "as_guest": gettext_lazy("As a guest"),
    "at": gettext_lazy("When"),
    "attachment": gettext_lazy("Attachment"),
    "attendance": gettext_lazy("Attendance"),
    "attendee_lists": gettext_lazy("Attendee lists"),
    "cancelled_at": gettext_lazy("Cancelled at"),
    "categories": gettext_lazy("Categories"),
    "category": gettext_lazy("Category"),
    "confirmed_at": gettext_lazy("Confirmed at"),
    "contact_person": gettext_lazy("Contact person"),
    "created_at": gettext_lazy("Created at"),
    "date_joined": gettext_lazy("Member since"),
    "decided_at": gettext_lazy("Decided at"),
    "deleted_by_you": gettext_lazy("Deleted by you"),
    "description": gettext_lazy("Description"),
    "discussion": gettext_lazy("Discussion"),
    "discussions": gettext_lazy("Discussions"),
    "earlier_versions": gettext_lazy("Earlier versions"),
    "edited_at": gettext_lazy("Edited at"),
    "email": gettext_lazy("E-mail address"),
    "email_on_mentions": gettext_lazy("E-mail when someone mentions me"),
    "email_on_replies": gettext_lazy("E-mail when someone replies to me"),
    "email_about_what_i_shared": gettext_lazy("E-mail about what the editors and moderators do with what I shared"),
    "emailed_at": gettext_lazy("E-mailed at"),
    "end": gettext_lazy("End"),
    "event": gettext_lazy("Meeting"),
    "first_name": gettext_lazy("First name"),
    "first_published_at": gettext_lazy("First published at"),
    "handled_at": gettext_lazy("Handled at"),
    "handling": gettext_lazy("Handling"),
    "has_personal_feed": gettext_lazy("Has a personal calendar link"),
    "hidden_by_a_moderator": gettext_lazy("Hidden by a moderator"),
    "in_reply_to_post_number": gettext_lazy("In reply to post number"),
    "is_active": gettext_lazy("Active"),
    "is_question": gettext_lazy("Question"),
    "job_title": gettext_lazy("Job title"),
    "kind": gettext_lazy("Kind"),
    "last_used_at": gettext_lazy("Last used at"),
    "last_login": gettext_lazy("Last login"),
    "last_name": gettext_lazy("Last name"),
    "last_summary_at": gettext_lazy("Last summary at"),
    "learning_practice": gettext_lazy("Learning practice"),
    "learning_questions": gettext_lazy("Learning questions"),
    "message": gettext_lazy("Message"),
    "link_made_at": gettext_lazy("Link made at"),
    "motivation": gettext_lazy("Motivation"),
    "municipality": gettext_lazy("Municipality"),
    "name": gettext_lazy("Name"),
    "note_to_you": gettext_lazy("Note to you"),
    "number": gettext_lazy("Number"),
    "on_the_attendee_list": gettext_lazy("On the attendee list"),
    "organisation": gettext_lazy("Organisation"),
    "photo": gettext_lazy("Photo"),
    "post_number": gettext_lazy("Post number"),
    "posted_at": gettext_lazy("Posted at"),
    "present_at": gettext_lazy("Present at"),
    "primary": gettext_lazy("Primary"),
    "profile_visibility": gettext_lazy("Who can see my profile"),
    "question": gettext_lazy("Question"),
    "reaction": gettext_lazy("Reaction"),
    "read_at": gettext_lazy("Read at"),
    "reason": gettext_lazy("Reason"),
    "received_at": gettext_lazy("Received at"),
    "registered_at": gettext_lazy("Registered at"),
    "reported_at": gettext_lazy("Reported at"),
    "requested_at": gettext_lazy("Requested at"),
    "role": gettext_lazy("Role"),
    "roles": gettext_lazy("Roles"),
    "saved": gettext_lazy("Saved"),
    "show_email_to_members": gettext_lazy("Show my e-mail address to members"),
    "shown": gettext_lazy("Shown"),
    "since": gettext_lazy("Since"),
    "start": gettext_lazy("Start"),
    "started_at": gettext_lazy("Started at"),
    "status": gettext_lazy("Status"),
    "summary_email": gettext_lazy("Summary by e-mail"),
    "surname_prefix": gettext_lazy("Surname prefix"),
    "telephone": gettext_lazy("Telephone"),
    "text": gettext_lazy("Text"),
    "themes": gettext_lazy("Themes"),
    "themes_of_expertise": gettext_lazy("Themes of expertise"),
    "themes_of_interest": gettext_lazy("Themes of interest"),
    "title": gettext_lazy("Title"),
    "updated_at": gettext_lazy("Updated at"),
    "url": gettext_lazy("Address on the site"),
    "verified": gettext_lazy("Verified"),
    "waitlisted_at": gettext_lazy("On the waitlist since"),
    "workshops": gettext_lazy("Workshops"),
    "written_at": gettext_lazy("Written at"),
}


def readable(value):
    """A typed node for privacy/export/value.html."""
    if isinstance(value, dict):
        return {
            "kind": "map",
            "entries": [(FIELD_LABELS.get(key, key.replace("_", " ")), readable(item)) for key, item in value.items()],
        }
    if isinstance(value, list | tuple):
        return {"kind": "list", "items": [readable(item) for item in value]} if value else {"kind": "empty"}
    if isinstance(value, bool):
        return {"kind": "bool", "value": value}
    if value is None or value == "":
        return {"kind": "empty"}
    if hasattr(value, "tzinfo"):
        return {"kind": "datetime", "value": value}
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return {"kind": "link", "value": value}
    return {"kind": "text", "value": value}


def _as_json(value):
    return json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


def _count(value):
    if isinstance(value, list):
        return len(value)
    if isinstance(value, dict) and all(isinstance(item, list) for item in value.values()):
        return sum(len(item) for item in value.values())
    return None


def export_archive(member, *, now=None):
    """The ZIP (bytes) a member downloads: one JSON file per section, the profile photo,
    and index.html that explains the files (plain HTML, no scripts)."""
    now = now or timezone.now()
    photo = _photo(member)
    data = personal_data(member, photo_path=photo[0] if photo else None)
    sections = [
        {
            "title": section.title,
            "description": section.description,
            "filename": section.filename,
            "count": _count(data[section.key]),
            "json": _as_json(data[section.key]),
            "readable": readable(data[section.key]),
        }
        for section in SECTIONS
    ]
    index = render_to_string(
        "privacy/export/index.html",
        {"member": member, "made_at": now, "sections": sections, "photo_path": photo[0] if photo else None},
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("index.html", index)
        for section in sections:
            archive.writestr(section["filename"], section["json"])
        if photo:
            archive.writestr(*photo)
    return buffer.getvalue()


def archive_filename(now=None):
    now = timezone.localtime(now or timezone.now())
    return f"lerend-netwerk-mijn-gegevens-{now:%Y-%m-%d}.zip"
