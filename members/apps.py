from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class MembersConfig(AppConfig):
    default = True  # this module also holds MemberAdminConfig
    name = "members"
    verbose_name = _("Members")

    def ready(self):
        from . import roles, services
        from .models import Member

        post_save.connect(services.create_profile_for_new_member, sender=Member, dispatch_uid="member-profile")
        # Role groups need every app's permissions, which are created app by app after
        # `migrate`; the last app's signal comes when all of them exist.
        last_app_with_models = [config for config in self.apps.get_app_configs() if config.models_module][-1]
        post_migrate.connect(
            roles.sync_role_groups_after_migrate, sender=last_app_with_models, dispatch_uid="member-roles"
        )


class MemberAdminConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with the admin forms for members (INSTALLED_APPS uses this)."""

    default = False
    user_viewset = "members.admin_views.MemberViewSet"
