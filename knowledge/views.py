"""Context for the knowledge pages (Wagtail pages call these from get_context)."""

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from practices.models import LearningPractice
from practices.views import _with_leads
from themes.models import Theme

from .models import KnowledgeDossier, Lesson, LessonIndexPage


class LessonFilterForm(forms.Form):
    hide_optional_marks = True

    theme = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=Theme.objects.order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label=_("All themes"),
    )


def _lessons():
    return Lesson.objects.live().public().prefetch_related("themes").order_by("-first_published_at", "-pk")


def knowledge_index_context(request, page):
    dossiers = KnowledgeDossier.objects.child_of(page).live().public().select_related("theme").order_by("title")
    lesson_index = LessonIndexPage.objects.child_of(page).live().first()
    return {"dossiers": dossiers, "latest_lessons": _lessons()[:4], "lesson_index": lesson_index}


def lesson_index_context(request, page):
    form = LessonFilterForm(request.GET or None)
    theme = form.cleaned_data.get("theme") if form.is_bound and form.is_valid() else None
    lessons = _lessons().child_of(page)
    if theme is not None:
        lessons = lessons.filter(theme_items__tag=theme)
    page_obj = Paginator(lessons, settings.LESSON_INDEX_PAGE_SIZE).get_page(request.GET.get("page"))
    return {"form": form, "page_obj": page_obj, "lessons": page_obj.object_list, "is_filtered": theme is not None}


def dossier_context(request, dossier):
    lessons = _lessons().filter(dossiers=dossier) | _lessons().filter(theme_items__tag=dossier.theme_id)
    practices = _with_leads(
        LearningPractice.objects.live().public().filter(theme_items__tag=dossier.theme_id)
    ).order_by("title")
    return {
        "related_lessons": lessons.distinct()[:6],
        "related_practices": practices.distinct(),
        "related_elements": dossier.related_elements.all(),
    }


def lesson_context(request, lesson):
    return {
        "source_practices": lesson.source_practices.live().public().select_related("municipality"),
        "source_experiences": lesson.source_experiences.live().public(),
        "lesson_dossiers": lesson.dossiers.live().public(),
        "lesson_themes": lesson.themes.all(),
    }
