"""The personal data of the members app: the account, the profile, e-mail addresses,
two-factor authentication, Associate Member requests, sessions, and what the CMS (Wagtail)
keeps about a member. Exported and erased through the privacy app (docs/privacy.md)."""

from datetime import timedelta
from pathlib import PurePosixPath

from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy

from lerendnetwerk.personal_data import PersonalData, Purged, Retention, Section, deleted_member_name, register

from .models import AssociateMembershipRequest, Member, MemberProfile, ProfileVisibility
from .sessions import end_all_sessions

UNVERIFIED_ACCOUNTS = Retention("PRIVACY_UNVERIFIED_ACCOUNT_DAYS", 30)


@register
class Account(PersonalData):
    """The member row stays as an anonymous, inactive placeholder, so that what others built
    on keeps its shape. It is erased last; roles (groups) and permissions go with the sweep.
    Retention: accounts that never verified an address nor logged in."""

    key = "account"
    section = Section(
        "account", gettext_lazy("Account"), gettext_lazy("Your name, e-mail address, roles and account dates.")
    )
    position = 100
    models = ("members.member", "members.member_groups", "members.member_user_permissions")
    erase_order = 900
    retention = (UNVERIFIED_ACCOUNTS,)
    labels = {
        "date_joined": gettext_lazy("Member since"),
        "first_name": gettext_lazy("First name"),
        "is_active": gettext_lazy("Active"),
        "last_login": gettext_lazy("Last login"),
        "last_name": gettext_lazy("Last name"),
        "roles": gettext_lazy("Roles"),
        "surname_prefix": gettext_lazy("Surname prefix"),
    }

    def export(self, member, export):
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

    def erase(self, erasure):
        member = erasure.member
        member.first_name = member.name_prefix = member.last_name = ""
        member.email = erasure.placeholder_email
        member.is_active = member.is_staff = member.is_superuser = False
        member.last_login = None
        member.set_unusable_password()
        member.save()

    def purge(self, now, *, dry_run):
        accounts = unverified_accounts(now=now)
        count = accounts.count()
        if not dry_run:
            for member in accounts:
                with transaction.atomic():
                    _delete_unverified_account(member)
        return [Purged("unverified_accounts", count, "unverified accounts")]


def unverified_accounts(*, now):
    """Accounts that never verified an address nor logged in, older than the retention
    period. Accounts an editor made without any address, and staff, are left alone."""
    cutoff = now - timedelta(days=UNVERIFIED_ACCOUNTS.days)
    addresses = EmailAddress.objects.filter(user=OuterRef("pk"))
    return (
        Member.objects.filter(date_joined__lt=cutoff, last_login__isnull=True, is_staff=False, is_superuser=False)
        .filter(Exists(addresses.filter(verified=False)))
        .exclude(Exists(addresses.filter(verified=True)))
    )


def _delete_unverified_account(member):
    profile = MemberProfile.objects.select_related("photo").filter(member=member).first()
    if profile is not None and profile.photo is not None:
        profile.photo.delete()
    member.delete()


@register
class Profile(PersonalData):
    """The profile stays (every member has one) and is emptied; the photo is deleted."""

    key = "profile"
    section = Section(
        "profile",
        gettext_lazy("Profile"),
        gettext_lazy("What your profile shows: organisation, job title, municipality, about me and themes."),
    )
    position = 200
    models = ("members.memberprofile", "members.profileinterest", "members.profileexpertise")
    kept = ("members.memberprofile",)
    erase_order = 500
    labels = {
        "about_me": gettext_lazy("About me"),
        "created_at": gettext_lazy("Created at"),
        "job_title": gettext_lazy("Job title"),
        "municipality": gettext_lazy("Municipality"),
        "organisation": gettext_lazy("Organisation"),
        "photo": gettext_lazy("Photo"),
        "themes_of_expertise": gettext_lazy("Themes of expertise"),
        "themes_of_interest": gettext_lazy("Themes of interest"),
        "updated_at": gettext_lazy("Updated at"),
    }

    def export(self, member, export):
        profile = MemberProfile.objects.select_related("municipality", "photo").get(member=member)
        return {
            "organisation": profile.organisation,
            "job_title": profile.job_title,
            "municipality": profile.municipality.name if profile.municipality else None,
            "about_me": profile.bio,
            "themes_of_interest": sorted(theme.name for theme in profile.interests.all()),
            "themes_of_expertise": sorted(theme.name for theme in profile.expertise.all()),
            "photo": _export_photo(profile, export),
            "created_at": profile.created_at,
            "updated_at": profile.updated_at,
        }

    def erase(self, erasure):
        profile = MemberProfile.objects.select_related("photo").get(member=erasure.member)
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


def _export_photo(profile, export):
    """The profile photo as uploaded, as a file in the ZIP; its path, or None."""
    if profile.photo is None or not profile.photo.file:
        return None
    try:
        with profile.photo.file.open("rb") as photo_file:
            content = photo_file.read()
    except FileNotFoundError:
        return None
    path = f"photo/{PurePosixPath(profile.photo.file.name).name}"
    return export.add_file(path, content, title=gettext_lazy("Your profile photo:"))


@register
class EmailAddresses(PersonalData):
    """allauth's addresses: deleted with the account (the sweep)."""

    key = "email_addresses"
    section = Section(
        "email_addresses",
        gettext_lazy("E-mail addresses"),
        gettext_lazy("Your e-mail addresses and whether they are verified."),
    )
    position = 300
    models = ("account.emailaddress",)
    labels = {"email": gettext_lazy("E-mail address"), "primary": gettext_lazy("Primary")}

    def export(self, member, export):
        return [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=member).order_by("-primary", "email")
        ]


@register
class ProfileConsents(PersonalData):
    """The consents file starts with the profile's choices; the meetings and notifications
    apps add theirs. Erased with the profile."""

    key = "profile_consents"
    section = Section(
        "consents",
        gettext_lazy("Consents and choices"),
        gettext_lazy(
            "Who may see your profile and e-mail address, which attendee lists show you, and which e-mails you receive."
        ),
    )
    position = 400
    labels = {
        "profile_visibility": gettext_lazy("Who can see my profile"),
        "show_email_to_members": gettext_lazy("Show my e-mail address to members"),
    }

    def export(self, member, export):
        profile = MemberProfile.objects.get(member=member)
        return {
            "profile_visibility": str(profile.get_visibility_display()),
            "show_email_to_members": profile.show_email,
        }


@register
class TwoFactorAuthentication(PersonalData):
    """allauth's authenticators: deleted with the account (the sweep). Never exported: the
    secrets (TOTP key, recovery codes) in their data column."""

    key = "two_factor_authentication"
    section = Section(
        "two_factor_authentication",
        gettext_lazy("Two-factor authentication"),
        gettext_lazy("Which second steps you set up and when you last used them (never the secrets themselves)."),
    )
    position = 500
    models = ("mfa.authenticator",)
    labels = {"last_used_at": gettext_lazy("Last used at")}

    def export(self, member, export):
        if not apps.is_installed("allauth.mfa"):
            return []
        from allauth.mfa.models import Authenticator

        return [
            {
                "kind": str(authenticator.get_type_display()),
                "created_at": authenticator.created_at,
                "last_used_at": authenticator.last_used_at,
            }
            for authenticator in Authenticator.objects.filter(user=member).order_by("created_at")
        ]


@register
class AssociateMembershipRequests(PersonalData):
    """The member's requests go with the account; the editor who decided is not exported."""

    key = "associate_membership_requests"
    section = Section(
        "associate_membership_requests",
        gettext_lazy("Associate Member requests"),
        gettext_lazy("Your requests to become an Associate Member and the decisions on them."),
    )
    position = 600
    models = ("members.associatemembershiprequest",)
    labels = {
        "decided_at": gettext_lazy("Decided at"),
        "motivation": gettext_lazy("Motivation"),
        "note_to_you": gettext_lazy("Note to you"),
        "requested_at": gettext_lazy("Requested at"),
    }

    def export(self, member, export):
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


@register
class Sessions(PersonalData):
    """Every session of the member ends now; their sockets close after commit. (Expired
    sessions of everyone go with the privacy app's retention purge.)"""

    key = "sessions"
    erase_order = 800

    def erase(self, erasure):
        end_all_sessions(erasure.member)


@register
class AdminTraces(PersonalData):
    """What Wagtail keeps about a member (as an editor, or as the subject of an editor's
    work). Its rows are deleted or lose the member with the sweep: user profile, editing
    sessions, form states, API tokens, comments and replies, page subscriptions (CASCADE);
    page owner and lock, revisions, uploads, workflow and task states (SET_NULL). The audit
    log (DO_NOTHING) keeps pointing at the placeholder; its entries *about* the member or
    their profile carry their name as label, which goes. The avatar file goes after commit."""

    key = "admin_traces"
    models = (
        "wagtailusers.userprofile",
        "wagtailadmin.editingsession",
        "wagtailadmin.formstate",
        "wagtailcore.apitoken",
        "wagtailcore.comment",
        "wagtailcore.commentreply",
        "wagtailcore.pagesubscription",
        "wagtailcore.page",
        "wagtailcore.revision",
        "wagtailcore.uploadedfile",
        "wagtailcore.workflowstate",
        "wagtailcore.taskstate",
        "wagtailcore.modellogentry",
        "wagtailcore.pagelogentry",
        "wagtaildocs.document",
        "wagtailimages.image",
    )
    erase_order = 600

    def erase(self, erasure):
        from wagtail.models import ModelLogEntry
        from wagtail.users.models import UserProfile

        member = erasure.member
        profile = UserProfile.objects.filter(user=member).first()
        if profile is not None and profile.avatar:
            avatar = profile.avatar
            transaction.on_commit(lambda: avatar.delete(save=False))
        for instance in (member, MemberProfile.objects.get(member=member)):
            ModelLogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(instance), object_id=str(instance.pk)
            ).update(label=deleted_member_name(), data={})
