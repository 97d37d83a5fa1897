"""Editors' path through the page admin: nothing is created before they save."""

import pytest
from django.urls import reverse

from home.models import ContentPage, HomePage
from members.roles import Role
from tests.factories import MemberFactory
from tests.support.second_factor import client_with_second_factor

pytestmark = pytest.mark.django_db


def form_controllers(html):
    start = html.index('id="page-edit-form"')
    return html[start : html.index(">", start)]


def test_the_new_page_form_does_not_autosave_a_draft_but_the_edit_form_does(client):
    editor = MemberFactory(roles=[Role.EDITOR])
    client_with_second_factor(client, editor)
    home = HomePage.objects.get()

    create = client.get(reverse("wagtailadmin_pages:add", args=["home", "contentpage", home.pk]))
    assert create.status_code == 200
    assert "w-autosave" not in form_controllers(create.content.decode())

    page = ContentPage(title="Over het netwerk", slug="over-het-netwerk")
    home.add_child(instance=page)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert "w-autosave" in form_controllers(edit.content.decode())


def test_a_page_is_created_when_the_editor_saves_it(client):
    editor = MemberFactory(roles=[Role.EDITOR])
    client_with_second_factor(client, editor)
    home = HomePage.objects.get()
    url = reverse("wagtailadmin_pages:add", args=["home", "contentpage", home.pk])

    response = client.post(url, {"title": "Contact", "slug": "contact", "intro": "", "body-count": "0"})

    assert response.status_code == 302
    assert ContentPage.objects.child_of(home).filter(slug="contact", live=False).exists()
