"""The summary of an experience in lists: its first words, cut at a word."""

import pytest

from practices.models import ExperienceReport

# Making a page object reads its content type (Wagtail's Page.__init__): once per process,
# unless a test before emptied Django's content type cache, so these ask for the database.
pytestmark = pytest.mark.django_db


def test_a_summary_that_ends_a_sentence_gets_no_ellipsis_after_it():
    body = "<p>" + "woord " * 38 + "klaar is.</p><p>Daarna komt nog meer tekst.</p>"
    summary = ExperienceReport(body_html=body).summary
    assert summary.endswith("klaar is.")
    assert len(summary.split()) == 40


def test_a_summary_cut_mid_sentence_ends_with_an_ellipsis_after_a_whole_word():
    body = "<p>" + "woord " * 45 + "</p>"
    assert ExperienceReport(body_html=body).summary == " ".join(["woord"] * 40) + "…"


def test_a_summary_shows_characters_not_html_entities():
    assert ExperienceReport(body_html="<p>Zorg &amp; welzijn</p>").summary == "Zorg & welzijn"
