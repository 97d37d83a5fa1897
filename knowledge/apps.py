from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = _("Knowledge")

    def ready(self):
        from django.db.models.signals import post_delete
        from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

        from practices import signals as practice_signals

        from . import lesson_drafts
        from .models import LessonIndexPage

        # A practice's submitted end evaluation becomes a lesson draft for the editors.
        practice_signals.evaluation_submitted.connect(
            lesson_drafts.evaluation_submitted, dispatch_uid="lesson-draft-from-evaluation"
        )

        # The lesson feeds' paths in every page's <head> (LessonIndexPage.feed_paths):
        # forgotten when the index, or a page above it, changes where it lives.
        forget = LessonIndexPage.forget_feed_paths
        page_published.connect(forget, sender=LessonIndexPage, dispatch_uid="lesson-feeds-published")
        page_unpublished.connect(forget, sender=LessonIndexPage, dispatch_uid="lesson-feeds-unpublished")
        post_delete.connect(forget, sender=LessonIndexPage, dispatch_uid="lesson-feeds-deleted")
        page_slug_changed.connect(forget, dispatch_uid="lesson-feeds-slug")
        post_page_move.connect(forget, dispatch_uid="lesson-feeds-moved")
