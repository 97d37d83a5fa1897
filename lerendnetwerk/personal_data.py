"""Personal data, app by app. Each app that keeps personal data about members answers for it
in its own `<app>/privacy.py`: one `PersonalData` class per kind of data, which exports it
(the member's download) and erases it (when the member deletes their account), and may purge
what is past its retention period. The classes are registered with `@register`; the privacy
app finds the modules (autodiscovery, like Wagtail's wagtail_hooks) and only orchestrates:
the order, the transaction, the ZIP and the schedule. See docs/privacy.md.

After pretix's data shredders (one class per kind of data with export and erase) and
Misago's archive_user_data/anonymize_user_data signals (each app answers for its own rows).
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import override

DELETED_EMAIL_DOMAIN = "verwijderd.invalid"  # .invalid never resolves (RFC 2606): no mail goes out


def deleted_member_email(member):
    """The unique address that replaces a deleted member's address."""
    return f"verwijderd-lid-{member.pk}@{DELETED_EMAIL_DOMAIN}"


def deleted_member_name():
    """How a deleted member is named where a name is stored (attendee lists, applications,
    mentions): the same words the forum shows for a post without an author."""
    with override(settings.LANGUAGE_CODE):
        return _("Former member")


@dataclass(frozen=True)
class Section:
    """One JSON file of the download and how index.html introduces it. Kinds that add to
    another kind's file (the consents) name only its key."""

    key: str
    title: str = ""
    description: str = ""

    @property
    def filename(self):
        return f"{self.key}.json"


@dataclass(frozen=True)
class Retention:
    """A retention period in days, which the settings may change."""

    setting: str
    default_days: int

    @property
    def days(self):
        return int(getattr(settings, self.setting, self.default_days))


@dataclass(frozen=True)
class Purged:
    """What a purge removed (or, in a dry run, would remove): `count` rows of `what`."""

    key: str
    count: int
    what: str


@dataclass
class Export:
    """What every kind's export() may use besides the member: files for the ZIP next to the
    JSON files (the profile photo) and absolute links to the site."""

    member: object
    files: list = field(default_factory=list)

    def add_file(self, path, content, *, title=""):
        """A file in the ZIP; with a title, index.html links to it."""
        self.files.append({"path": path, "content": content, "title": title})
        return path

    @staticmethod
    def absolute(path):
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path if path else ""


@dataclass(frozen=True)
class Erasure:
    """What every kind's erase() gets: the member (still with their name and addresses), the
    addresses that identify them and the moment of deletion. Only verified addresses
    identify a member (Member.verified_email_addresses): rows carrying an address someone
    only typed may be anyone's."""

    member: object
    addresses: frozenset
    now: datetime

    @property
    def placeholder_email(self):
        return deleted_member_email(self.member)

    @property
    def placeholder_name(self):
        return deleted_member_name()


class PersonalData:
    """One kind of personal data an app keeps about members. Subclass it in `<app>/privacy.py`
    and decorate the subclass with `@register`.

    - `key`: unique name of the kind.
    - `section` and `position`: the download's file this kind fills (None: not exported) and
      its place in the download; kinds sharing a section are merged in position order.
    - `models`: the models ("app_label.modelname") whose rows about the member this kind
      answers for: pointing at the member or their profile, or found by their address. When
      the account is deleted, after every erase(), the remaining rows pointing at the member
      are deleted (`on_delete=CASCADE`) or lose the member (`SET_NULL`), except those of the
      models in `kept`, which erase() anonymised and which stay with the placeholder.
    - `erase_order`: erase() runs in this order (lower first) in one transaction.
    - `retention`: the periods its purge() uses, shown on the privacy page.
    - `labels`: readable names of its fields for index.html.
    """

    key = ""
    section = None
    position = 0
    models = ()
    kept = ()
    erase_order = 500
    retention = ()
    labels = {}

    def export(self, member, export):
        """The section's data: JSON-serialisable (dates allowed). Only the member's own data:
        others involved are described, never named."""
        return None

    def erase(self, erasure):
        """Anonymise or delete what the final sweep cannot (files, texts, kept rows)."""

    def deletion_summary(self, member, now):
        """Counts the member sees before deleting ({name: number}, read by the template)."""
        return {}

    def purge(self, now, *, dry_run):
        """Remove what is past its retention period (dry_run: only count). A list of Purged."""
        return []


_registry = {}


def register(kind):
    """Class decorator: registers one instance of the PersonalData subclass under its key."""
    if not kind.key or kind.key in _registry:
        raise ValueError(f"Personal data kind {kind.__name__} needs a key of its own, not {kind.key!r}.")
    _registry[kind.key] = kind()
    return kind


def kinds():
    """Every registered kind, in registration order."""
    return list(_registry.values())


def registered(key):
    """The registered kind with this key."""
    return _registry[key]


def discover():
    """Import every installed app's privacy module, which registers its kinds."""
    from django.utils.module_loading import autodiscover_modules

    autodiscover_modules("privacy")
