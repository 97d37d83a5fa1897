"""The project's page QuerySets leave out private sections exactly as Wagtail's `public()`
does, without the extra query Wagtail spends reading the view restrictions first."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from home.models import HomePage
from knowledge.models import KnowledgeDossier, KnowledgeIndexPage
from practices.models import LearningPractice, PracticeIndexPage
from practices.records import ExperienceReport
from tests import pages
from tests.factories import ThemeFactory


def restrict(page, restriction_type=PageViewRestriction.LOGIN, **fields):
    PageViewRestriction.objects.create(page=page, restriction_type=restriction_type, **fields)


def test_public_leaves_out_restricted_pages_and_everything_under_them(db):
    open_practice = pages.practice("Open praktijk")
    closed_practice = pages.practice("Besloten praktijk")
    password_practice = pages.practice("Praktijk met wachtwoord")
    experience_under_closed = pages.experience(closed_practice, "Ervaring in een besloten praktijk")
    experience_under_open = pages.experience(open_practice, "Ervaring in een open praktijk")
    restrict(closed_practice)
    restrict(password_practice, PageViewRestriction.PASSWORD, password="geheim")

    assert set(LearningPractice.objects.public()) == {open_practice}
    assert set(LearningPractice.objects.not_public()) == {closed_practice, password_practice}
    assert set(ExperienceReport.objects.public()) == {experience_under_open}
    assert set(ExperienceReport.objects.not_public()) == {experience_under_closed}


def test_public_agrees_with_wagtails_own_on_every_page_type(db):
    index = pages.practice_index()
    pages.practice("Onder de index")
    pages.knowledge_index()
    hidden_dossier = pages.dossier(ThemeFactory().slug, title="Besloten dossier")
    pages.dossier(ThemeFactory().slug, title="Open dossier")
    restrict(index)
    restrict(hidden_dossier, PageViewRestriction.GROUPS)

    wagtail_public = set(Page.objects.public().values_list("pk", flat=True))
    for model in (HomePage, PracticeIndexPage, LearningPractice, KnowledgeIndexPage, KnowledgeDossier):
        ours = set(model.objects.public().values_list("pk", flat=True))
        assert ours == wagtail_public & set(model.objects.values_list("pk", flat=True)), model.__name__
    assert not LearningPractice.objects.public().exists()
    assert KnowledgeDossier.objects.public().get().title == "Open dossier"


def test_public_pages_are_read_in_one_query(db):
    practice = pages.practice("Open praktijk")
    restrict(pages.practice("Besloten praktijk"))

    with CaptureQueriesContext(connection) as queries:
        found = list(LearningPractice.objects.live().public())

    assert found == [practice]
    assert len(queries) == 1
