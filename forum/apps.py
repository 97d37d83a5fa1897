from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    name = "forum"
    verbose_name = _("Forum")

    def ready(self):
        from django.db.models import OuterRef, Subquery
        from django.db.models.signals import m2m_changed, post_delete
        from wagtail.signals import page_published

        from members.models import Member
        from networks.models import LearningNetwork, NetworkMembership
        from practices.models import LearningPractice, PracticeMembership, read_with_practice_page

        from . import services
        from .models import Category

        # The practice page reads its closed space with the practice (forum_spaces).
        space = Category.objects.filter(practice=OuterRef("pk")).order_by()
        read_with_practice_page("served_space_pk", lambda: Subquery(space.values("pk")[:1]))
        read_with_practice_page("served_space_slug", lambda: Subquery(space.values("slug")[:1]))

        page_published.connect(services.practice_published, sender=LearningPractice, dispatch_uid="forum-space")
        post_delete.connect(services.membership_ended, sender=PracticeMembership, dispatch_uid="forum-access")
        # A learning network's closed discussions: made when it is published, closed at once
        # for a member who leaves or is removed.
        page_published.connect(services.network_published, sender=LearningNetwork, dispatch_uid="forum-network-space")
        post_delete.connect(services.membership_ended, sender=NetworkMembership, dispatch_uid="forum-network-access")
        # A role taken away (editor, moderator: they read every closed space).
        m2m_changed.connect(services.roles_changed, sender=Member.groups.through, dispatch_uid="forum-roles")
