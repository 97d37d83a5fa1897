"""Roles in the network, kept as Django groups with permissions.

The groups and their permissions are declared here and brought in line after every
`migrate` (see MembersConfig.ready), so a new permission reaches every deployment with
the migration that adds it. Editors grant roles in the Wagtail admin (Gebruikers).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ASSOCIATE_MEMBER = "associate_member", _("Associate Member")
    MUNICIPAL_LEAD = "municipal_lead", _("Municipal project lead")
    EDITOR = "editor", _("Editor")
    MODERATOR = "moderator", _("Moderator")

    @property
    def group_name(self):
        return ROLE_GROUP_NAMES[self]


# Group names as editors see them in the Wagtail admin. Changing one renames nothing
# by itself (the next `migrate` would create a second group): rename it in a data
# migration first, as members/migrations/0008 did for "Gemeente trekker".
ROLE_GROUP_NAMES = {
    Role.ASSOCIATE_MEMBER: "Associate Member",
    Role.MUNICIPAL_LEAD: "Gemeentetrekker",
    Role.EDITOR: "Redacteur",
    Role.MODERATOR: "Moderator",
}

# Model permissions per role, as "app_label.codename".
ROLE_PERMISSIONS = {
    Role.ASSOCIATE_MEMBER: [],
    Role.MUNICIPAL_LEAD: [],
    Role.EDITOR: [
        "wagtailadmin.access_admin",
        "members.view_member",
        "members.change_member",
        "members.view_associatemembershiprequest",
        "members.change_associatemembershiprequest",
        "themes.add_theme",
        "themes.change_theme",
        "themes.delete_theme",
        "municipalities.add_municipality",
        "municipalities.change_municipality",
        "municipalities.delete_municipality",
        "practices.add_effectiveelement",
        "practices.change_effectiveelement",
        "practices.delete_effectiveelement",
        "practices.view_practicemembership",
        "practices.add_practicemembership",
        "practices.change_practicemembership",
        "practices.delete_practicemembership",
        "practices.view_practiceapplication",
        "practices.change_practiceapplication",
        "practices.delete_practiceapplication",
        "practices.view_learningquestion",
        "practices.add_learningquestion",
        "practices.change_learningquestion",
        "practices.delete_learningquestion",
        "networks.view_networkmembership",
        "networks.add_networkmembership",
        "networks.change_networkmembership",
        "networks.delete_networkmembership",
        "networks.view_networkmembershiprequest",
        "networks.view_networkinvitation",
        "networks.delete_networkinvitation",
        "networks.view_shelfitem",
        "networks.add_shelfitem",
        "networks.change_shelfitem",
        "networks.delete_shelfitem",
        "forum.add_category",
        "forum.change_category",
        "forum.delete_category",
        "forum.view_moderationaction",
        "figures.add_indicator",
        "figures.change_indicator",
        "figures.delete_indicator",
        "figures.view_importrun",
        "figures.view_startanalysis",
    ],
    Role.MODERATOR: [
        # The moderation queue and log live in the Wagtail admin.
        "wagtailadmin.access_admin",
        "forum.view_postreport",
        "forum.change_postreport",
        "forum.view_moderationaction",
    ],
}

# Editors manage every page of the site.
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]

# Editors manage the images and documents of the editorial collection and see the
# attachments of experiences they review; members' profile photos stay out of sight.
EDITOR_COLLECTION_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]


def _permissions(names):
    from django.contrib.auth.models import Permission

    wanted = [name.split(".", 1) for name in names]
    found = {
        (permission.content_type.app_label, permission.codename): permission
        for permission in Permission.objects.filter(codename__in=[codename for _, codename in wanted]).select_related(
            "content_type"
        )
    }
    missing = [f"{app}.{codename}" for app, codename in wanted if (app, codename) not in found]
    if missing:
        raise LookupError(f"Unknown permissions for roles: {', '.join(missing)}")
    return [found[(app, codename)] for app, codename in wanted]


def ensure_collection(name):
    """The child collection of the root called `name`, created when missing."""
    from wagtail.models import Collection

    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def sync_role_groups():
    """Create the role groups and give each exactly the permissions declared above."""
    from django.conf import settings
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    groups = {}
    for role in Role:
        group, _created = Group.objects.get_or_create(name=role.group_name)
        group.permissions.set(_permissions(ROLE_PERMISSIONS[role]))
        groups[role] = group

    editors = groups[Role.EDITOR]
    root_page = Page.get_first_root_node()
    if root_page is not None:
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=EDITOR_PAGE_PERMISSIONS
        ):
            GroupPagePermission.objects.get_or_create(group=editors, page=root_page, permission=permission)

    if Collection.get_first_root_node() is not None:
        ensure_collection(settings.MEMBER_PHOTO_COLLECTION_NAME)
        for name in (settings.EDITORIAL_COLLECTION_NAME, settings.EXPERIENCE_ATTACHMENT_COLLECTION_NAME):
            collection = ensure_collection(name)
            for permission in _permissions(EDITOR_COLLECTION_PERMISSIONS):
                GroupCollectionPermission.objects.get_or_create(
                    group=editors, collection=collection, permission=permission
                )
    return groups


def sync_role_groups_after_migrate(sender, **kwargs):
    sync_role_groups()
