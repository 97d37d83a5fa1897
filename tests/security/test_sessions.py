"""Logging out, or being deactivated, ends all of a member's sessions (members.sessions)."""

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from members import sessions
from tests.factories import PASSWORD, MemberFactory
from tests.support.second_factor import client_with_second_factor

pytestmark = pytest.mark.django_db


def logged_in(member):
    """A browser of `member`, logged in through the login form."""
    browser = Client()
    response = browser.post(reverse("account_login"), {"login": member.email, "password": PASSWORD})
    assert response.status_code == 302
    return browser


def is_logged_in(browser):
    # A members-only page: logged-out visitors are sent to the login form.
    return browser.get(reverse("members:directory")).status_code == 200


def test_logging_out_in_one_browser_logs_the_member_out_in_all(member, django_capture_on_commit_callbacks):
    laptop, phone = logged_in(member), logged_in(member)
    colleague = logged_in(MemberFactory())
    assert is_logged_in(laptop) and is_logged_in(phone)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        laptop.post(reverse("account_logout"))

    assert not is_logged_in(laptop)
    assert not is_logged_in(phone)
    assert sessions.session_keys_of(member) == []
    assert is_logged_in(colleague)  # nobody else is touched
    assert len(callbacks) == 1  # closing the sockets, after commit


def test_deactivating_a_member_ends_their_sessions(member):
    laptop, phone = logged_in(member), logged_in(member)
    assert len(sessions.session_keys_of(member)) == 2

    member.is_active = False
    member.save()

    assert sessions.session_keys_of(member) == []
    assert not is_logged_in(laptop) and not is_logged_in(phone)
    # (Django would refuse an inactive member anyway; the sessions are gone all the same,
    # and with them the member's open sockets: test_sockets.py.)


def test_saving_an_active_member_leaves_their_sessions_alone(member, django_assert_num_queries):
    browser = logged_in(member)
    member.first_name = "Sanne-Marie"
    member.save()
    assert is_logged_in(browser)

    # Saves that cannot change is_active (last_login at every login) cost no extra query.
    with django_assert_num_queries(1):
        member.save(update_fields=["last_login"])


def test_deactivating_in_the_wagtail_users_admin_ends_the_sessions(client, editor, member):
    browser = logged_in(member)
    client_with_second_factor(client, editor)

    response = client.post(
        reverse("wagtailusers_users:edit", args=[member.pk]),
        {"email": member.email, "first_name": member.first_name, "last_name": member.last_name},  # is_active off
    )

    assert response.status_code == 302
    member.refresh_from_db()
    assert not member.is_active
    assert sessions.session_keys_of(member) == []
    assert not is_logged_in(browser)
    assert is_logged_in(client)  # the editor's own session stays


def test_deactivating_several_members_at_once_in_the_admin_ends_their_sessions(client, editor, member):
    other = MemberFactory()
    browsers = [logged_in(member), logged_in(other)]
    client_with_second_factor(client, editor)
    url = reverse("wagtail_bulk_action", args=["members", "member", "set_active_state"])

    response = client.post(f"{url}?id={member.pk}&id={other.pk}", {"mark_as_active": "False"})

    assert response.status_code == 302
    member.refresh_from_db()
    assert not member.is_active
    assert sessions.session_keys_of(member) == sessions.session_keys_of(other) == []
    assert not any(is_logged_in(browser) for browser in browsers)
    assert is_logged_in(client)


def test_a_deleted_members_sessions_end_too(member):
    logged_in(member)
    member_id = member.pk
    member.delete()
    assert not [s for s in Session.objects.all() if s.get_decoded().get("_auth_user_id") == str(member_id)]
