from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_out
from django.db.models.signals import post_delete, post_migrate, post_save, pre_save
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class MembersConfig(AppConfig):
    default = True  # this module also holds MemberAdminConfig
    name = "members"
    verbose_name = _("Members")

    def ready(self):
        from allauth.mfa.signals import authenticator_added
        from wagtail import hooks

        from . import admin_access, mfa, roles, services, sessions
        from .models import Member

        # The account menu's link to the admin, remembered per member (members/admin_access.py).
        admin_access.connect()

        post_save.connect(services.create_profile_for_new_member, sender=Member, dispatch_uid="member-profile")
        # Logging out, being deactivated or a new password ends all of a member's sessions
        # and sockets.
        user_logged_out.connect(sessions.end_sessions_on_logout, dispatch_uid="member-sessions-logout")
        pre_save.connect(sessions.remember_session_ending_fields, sender=Member, dispatch_uid="member-sessions-active")
        post_save.connect(
            sessions.end_sessions_on_deactivation_or_new_password, sender=Member, dispatch_uid="member-sessions-off"
        )
        post_delete.connect(sessions.end_sessions_on_delete, sender=Member, dispatch_uid="member-sessions-delete")
        hooks.register("after_bulk_action", sessions.end_sessions_after_bulk_deactivation)
        # Setting up an authenticator app counts as passing the second factor.
        authenticator_added.connect(mfa.record_second_factor_set_up, dispatch_uid="member-mfa-set-up")
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
