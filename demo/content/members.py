from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.core.files.uploadedfile import SimpleUploadedFile

from members import services
from members.models import Member
from members.roles import Role
from municipalities.models import Municipality
from themes.models import Theme

from .avatars import avatar_png
from .pages import days_ago
from .people import DEMO_PASSWORD, DEMO_PEOPLE

# Tussenvoegsels, longest first, as they appear in DEMO_PEOPLE's last names.
SURNAME_PREFIXES = sorted(
    ["van der", "van den", "van de", "van 't", "in 't", "van", "de", "den", "der", "ten", "ter", "te", "op"],
    key=len,
    reverse=True,
)


def split_surname(surname):
    """ "van der Meer" -> ("van der", "Meer")."""
    for prefix in SURNAME_PREFIXES:
        if surname.lower().startswith(prefix + " "):
            return surname[: len(prefix)], surname[len(prefix) + 1 :]
    return "", surname


def load():
    from django.contrib.auth.models import Group

    groups = {role: Group.objects.get(name=role.group_name) for role in Role}
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    municipalities = {m.cbs_code: m for m in Municipality.objects.all()}
    password_hash = make_password(DEMO_PASSWORD)  # hashing is slow on purpose: do it once
    members = []
    for person in DEMO_PEOPLE:
        name_prefix, last_name = split_surname(person["last_name"])
        member, created = Member.objects.get_or_create(email=person["email"])
        if created:
            member.password = password_hash
        member.is_superuser = member.is_staff = bool(person.get("is_superuser"))
        member.date_joined = days_ago(person["date_joined_days_ago"])
        member.save()
        member.groups.set([groups[Role(role)] for role in person["roles"]])
        EmailAddress.objects.update_or_create(
            user=member, email=member.email, defaults={"verified": True, "primary": True}
        )
        photo = None
        if person["has_photo"] and not member.profile.photo_id:
            photo = SimpleUploadedFile(
                "portret.png", avatar_png(person["first_name"], person["last_name"]), content_type="image/png"
            )
        services.update_profile(
            member,
            first_name=person["first_name"],
            name_prefix=name_prefix,
            last_name=last_name,
            profile_fields={
                "organisation": person["organisation"],
                "job_title": person["job_title"],
                "municipality": municipalities.get(person["municipality"]),
                "bio": person["bio"],
                "visibility": person["visibility"],
                "show_email": person["show_email"],
            },
            interests=[themes[slug] for slug in person["interests"]],
            expertise=[themes[slug] for slug in person["expertise"]],
            photo=photo,
        )
        members.append(member)
    return members


def demo_logins():
    """The accounts to try the site with, one per role."""
    wanted = [
        ("beheerder@lerendnetwerk.example", "beheerder (alles)"),
        ("redacteur@lerendnetwerk.example", "redacteur"),
        ("moderator@lerendnetwerk.example", "moderator"),
        ("trekker@zwolle.example", "gemeentetrekker"),
        ("associate@wijkteam-utrecht.example", "Associate Member"),
        ("lid@gemeente-delft.example", "lid"),
    ]
    return [(email, description, DEMO_PASSWORD) for email, description in wanted]


# The Wagtail admin requires two-factor authentication. The demo's admin accounts get an
# authenticator app with this (public, demo-only) key, so `make run` can show the admin:
# add it to an authenticator app, or print a code with `oathtool --totp -b <key>`.
DEMO_TOTP_SECRET = "LERENDNETWERKDEMOSLEUTELZWOLLE23"  # noqa: S105 - public demo key, demo data only
DEMO_ADMIN_EMAILS = ("beheerder@lerendnetwerk.example", "redacteur@lerendnetwerk.example")


def give_admins_an_authenticator():
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP

    from members.models import Member

    for member in Member.objects.filter(email__in=DEMO_ADMIN_EMAILS):
        if not Authenticator.objects.filter(user=member, type=Authenticator.Type.TOTP).exists():
            TOTP.activate(member, DEMO_TOTP_SECRET)
