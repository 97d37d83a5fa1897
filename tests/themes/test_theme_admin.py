"""Themes are curated: in the Wagtail admin editors choose from the list, they do not type
new ones, and the dossier's theme chooser shows and searches every theme."""

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse

from events.models import EventPage
from members.roles import Role
from tests import pages
from tests.factories import MemberFactory
from tests.support.second_factor import client_with_second_factor
from themes.models import Theme

pytestmark = pytest.mark.django_db


def themes_field(page_class):
    form_class = page_class.get_edit_handler().get_form_class()
    return form_class.base_fields["themes"]


def test_a_pages_themes_are_checkboxes_of_the_curated_themes_without_quotes():
    field = themes_field(EventPage)

    assert isinstance(field.widget, forms.CheckboxSelectMultiple)
    html = field.widget.render("themes", [], attrs={"id": "id_themes"})
    assert 'type="checkbox"' in html
    assert "Integraal werken" in html and "&quot;Integraal werken&quot;" not in html
    assert html.count('type="checkbox"') == Theme.objects.count()


def test_a_new_theme_cannot_be_made_from_a_pages_theme_field():
    field = themes_field(EventPage)
    with pytest.raises(ValidationError):
        field.clean(["Nieuw thema van een redacteur"])
    assert not Theme.objects.filter(name="Nieuw thema van een redacteur").exists()


def test_the_chosen_themes_are_saved_on_the_page():
    event = pages.event()
    field = themes_field(EventPage)
    chosen = Theme.objects.filter(slug__in=["integraal-werken", "eenzaamheid"])

    EventPage._meta.get_field("themes").save_form_data(event, field.clean([str(theme.pk) for theme in chosen]))
    event.save()

    assert set(EventPage.objects.get(pk=event.pk).themes.values_list("slug", flat=True)) == {
        "integraal-werken",
        "eenzaamheid",
    }


def test_the_dossier_theme_chooser_shows_every_theme_and_searches(client):
    client_with_second_factor(client, MemberFactory(roles=[Role.EDITOR]))
    chooser = reverse("wagtailsnippetchoosers_themes_theme:choose")
    results = reverse("wagtailsnippetchoosers_themes_theme:choose_results")

    page = client.get(chooser).json()["html"]
    assert Theme.objects.count() > 10
    assert all(theme.name in page for theme in Theme.objects.all())
    assert 'name="q"' in page

    found = client.get(results, {"q": "armoe"}).content.decode()
    assert "Aanpak armoede" in found
    assert "Eenzaamheid" not in found
