"""Two-factor authentication: available to every member, required for the Wagtail admin."""

import re

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils.translation import gettext

from tests.factories import PASSWORD, MemberFactory
from tests.support.second_factor import add_authenticator_app, client_with_second_factor, current_code

pytestmark = pytest.mark.django_db

ADMIN = "/admin/"


def message_texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def inline_scripts(html):
    """<script> elements without src (the CSP refuses them), and style attributes."""
    return re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) + re.findall(r"\sstyle=", html)


def test_an_editor_without_an_authenticator_is_sent_from_the_admin_to_set_one_up(client, editor):
    client.force_login(editor)

    for path in (ADMIN, "/admin/pages/", "/admin/users/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response.url == reverse("mfa_activate_totp")

    assert gettext(
        "The management area requires two-factor authentication. Set up an authenticator app first; then you can go on."
    ) in message_texts(response)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_editor_sets_up_an_authenticator_app_and_then_gets_into_the_admin(client, editor):
    """Committed for real: allauth records the new authenticator after commit, which must
    happen during the request (as it does outside tests), not after it."""
    client.post(reverse("account_login"), {"login": editor.email, "password": PASSWORD})
    response = client.get(ADMIN, follow=True)
    # allauth first asks for the password again (adding an authenticator is sensitive) …
    assert response.redirect_chain[-1][0].startswith(reverse("account_reauthenticate"))
    response = client.post(response.redirect_chain[-1][0], {"password": PASSWORD})
    assert response.url == reverse("mfa_activate_totp")

    # … then shows the QR code and the key, in the site's layout, without scripts.
    page = client.get(reverse("mfa_activate_totp"))
    html = page.content.decode()
    assert 'class="ln-header"' in html
    assert 'src="data:image/svg+xml;base64,' in html
    assert not inline_scripts(html)
    secret = client.session["mfa.totp.secret"]
    assert secret in html

    response = client.post(reverse("mfa_activate_totp"), {"code": current_code(secret)})
    assert response.url == reverse("mfa_view_recovery_codes")
    assert Authenticator.objects.filter(user=editor, type=Authenticator.Type.TOTP).exists()

    codes_page = client.get(reverse("mfa_view_recovery_codes")).content.decode()
    assert f'href="{reverse("wagtailadmin_home")}"' in codes_page  # go on to the admin
    assert not inline_scripts(codes_page)

    # Setting the app up took a valid code: this session has passed the second factor.
    assert client.get(ADMIN).status_code == 200


def test_an_editor_with_an_authenticator_is_asked_for_the_code_at_login_and_reaches_the_admin(client, editor):
    secret = add_authenticator_app(editor)

    response = client.post(
        reverse("account_login") + "?next=/admin/", {"login": editor.email, "password": PASSWORD, "next": ADMIN}
    )
    assert response.url == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session  # not in before the code
    assert not inline_scripts(client.get(reverse("mfa_authenticate")).content.decode())

    response = client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert response.status_code == 302
    assert response.url == ADMIN
    assert client.get(ADMIN).status_code == 200


def test_a_wrong_code_does_not_log_in(client, editor):
    add_authenticator_app(editor)
    client.post(reverse("account_login"), {"login": editor.email, "password": PASSWORD})

    response = client.post(reverse("mfa_authenticate"), {"code": "000000"})

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_a_session_without_the_code_is_asked_for_it_before_the_admin(client, editor):
    """E.g. a session from before the authenticator app was set up in another browser."""
    secret = add_authenticator_app(editor)
    client.force_login(editor)

    response = client.get("/admin/pages/?q=zorg")
    assert response.status_code == 302
    assert response.url == reverse("mfa_reauthenticate") + "?next=%2Fadmin%2Fpages%2F%3Fq%3Dzorg"

    response = client.post(response.url, {"code": current_code(secret)})
    assert response.url == "/admin/pages/?q=zorg"
    assert client.get(ADMIN).status_code == 200


def test_an_editor_who_passed_the_second_factor_reaches_the_admin(client, editor):
    client_with_second_factor(client, editor)
    assert client.get(ADMIN).status_code == 200


def test_an_editor_can_always_log_out_of_the_admin(client, editor):
    client.force_login(editor)
    response = client.post(reverse("wagtailadmin_logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_a_member_without_admin_access_is_not_forced(client, member):
    client.force_login(member)

    assert client.get(reverse("home")).status_code == 200
    assert client.get(reverse("members:directory")).status_code == 200
    # The admin refuses them as before (Wagtail's own answer), not via two-factor set-up.
    response = client.get(ADMIN)
    assert not response.get("Location", "").startswith("/account/2fa/")


def test_every_member_can_protect_their_account_with_an_authenticator_app(client, member):
    client.force_login(member)
    page = client.get(reverse("mfa_index"))
    html = page.content.decode()
    assert page.status_code == 200
    assert 'class="ln-header"' in html
    assert f'href="{reverse("mfa_activate_totp")}"' in html
    assert not inline_scripts(html)

    # Once they have one, logging in asks for the code.
    add_authenticator_app(member)
    client.logout()
    response = client.post(reverse("account_login"), {"login": member.email, "password": PASSWORD})
    assert response.url == reverse("mfa_authenticate")


def test_a_recovery_code_also_logs_in(client, editor):
    add_authenticator_app(editor)
    code = Authenticator.objects.get(user=editor, type=Authenticator.Type.RECOVERY_CODES).wrap().get_unused_codes()[0]
    client.post(reverse("account_login"), {"login": editor.email, "password": PASSWORD})

    client.post(reverse("mfa_authenticate"), {"code": code})

    assert client.get(ADMIN).status_code == 200


def test_a_superuser_needs_the_second_factor_too(client):
    superuser = MemberFactory(is_superuser=True, is_staff=True)
    client.force_login(superuser)
    assert client.get(ADMIN).url == reverse("mfa_activate_totp")
