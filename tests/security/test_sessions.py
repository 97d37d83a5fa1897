"""Logging out, being deactivated or a new password ends all of a member's sessions
(members.sessions)."""

from unittest import mock

import pytest
from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.contrib.sessions.backends.cached_db import KEY_PREFIX
from django.contrib.sessions.models import Session
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
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
    # After commit: the fan-out checks the held sockets again, and the sockets are closed (4401).
    assert len(callbacks) == 2


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


NEW_PASSWORD = "een-nieuw-wachtwoord-2026"


def test_changing_the_password_logs_out_the_other_browsers_keeps_this_one_and_closes_the_sockets(
    member, django_capture_on_commit_callbacks
):
    laptop, phone = logged_in(member), logged_in(member)
    colleague = logged_in(MemberFactory())

    closing = mock.patch("members.sessions.close_member_sockets")
    with closing as close_member_sockets, django_capture_on_commit_callbacks(execute=True):
        response = laptop.post(
            reverse("account_change_password"),
            {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
        )

    assert response.status_code == 302
    assert is_logged_in(laptop)  # allauth keeps the session that made the change
    assert not is_logged_in(phone)
    assert is_logged_in(colleague)
    close_member_sockets.assert_called_once_with(member.pk)  # all of them: test_sockets.py


def test_resetting_the_password_logs_out_every_browser_and_closes_the_sockets(
    member, django_capture_on_commit_callbacks
):
    laptop = logged_in(member)
    browser = Client()  # whoever has the link from the reset mail
    member.refresh_from_db()  # the token depends on last_login
    key = default_token_generator.make_token(member)
    link = reverse("account_reset_password_from_key", kwargs={"uidb36": user_pk_to_url_str(member), "key": key})

    closing = mock.patch("members.sessions.close_member_sockets")
    with closing as close_member_sockets, django_capture_on_commit_callbacks(execute=True):
        form_url = browser.get(link)["Location"]
        response = browser.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    assert response.status_code == 302
    assert not is_logged_in(laptop)
    close_member_sockets.assert_called_once_with(member.pk)


def test_setting_a_first_password_closes_the_sockets(member, django_capture_on_commit_callbacks):
    member.set_unusable_password()
    member.save()
    browser = Client()
    browser.force_login(member)

    closing = mock.patch("members.sessions.close_member_sockets")
    with closing as close_member_sockets, django_capture_on_commit_callbacks(execute=True):
        response = browser.post(reverse("account_set_password"), {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)
    close_member_sockets.assert_called_once_with(member.pk)


def test_saving_a_member_without_a_new_password_leaves_their_sockets_open(member, django_capture_on_commit_callbacks):
    closing = mock.patch("members.sessions.close_member_sockets")
    with closing as close_member_sockets, django_capture_on_commit_callbacks(execute=True):
        member.first_name = "Sanne-Marie"
        member.save()
        member.save(update_fields=["last_login"])
    close_member_sockets.assert_not_called()


def test_sessions_are_read_from_the_cache_and_ending_them_removes_the_cached_copy(member):
    laptop, phone = logged_in(member), logged_in(member)
    assert is_logged_in(laptop) and is_logged_in(phone)
    keys = sessions.session_keys_of(member)
    cache = caches[settings.SESSION_CACHE_ALIAS]
    assert all(cache.get(KEY_PREFIX + key) for key in keys)  # cached, so a page reads no session row
    with CaptureQueriesContext(connection) as captured:
        laptop.get(reverse("members:directory"))
    assert not [query for query in captured.captured_queries if "django_session" in query["sql"]]

    sessions.end_all_sessions(member)

    assert not any(cache.get(KEY_PREFIX + key) for key in keys)
    assert not is_logged_in(laptop) and not is_logged_in(phone)
