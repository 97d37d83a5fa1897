"""No account enumeration: whether an address has an account does not show in the answer
(ACCOUNT_PREVENT_ENUMERATION). Only the owner of the address learns it, by mail."""

import re

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse

from members.models import Member
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db

KNOWN = "bekend@gemeente.example"
UNKNOWN = "onbekend@gemeente.example"


def answer(path, data, django_capture_on_commit_callbacks):
    """What a visitor sees: the status, where they are sent, and that page's text (with the
    per-session CSRF token and the address they typed themselves taken out)."""
    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post(path, data, follow=True)
    page = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())
    typed = data.get("email") or data.get("login")
    return response.status_code, response.redirect_chain, page.replace(typed, "<typed address>")


@pytest.fixture
def known_member():
    return MemberFactory(email=KNOWN)


def test_enumeration_prevention_is_on():
    assert settings.ACCOUNT_PREVENT_ENUMERATION is True
    assert settings.ACCOUNT_EMAIL_VERIFICATION == "mandatory"  # what makes sign-up safe too


def test_signing_up_answers_the_same_for_a_known_and_an_unknown_address(
    known_member, django_capture_on_commit_callbacks
):
    signup = {"first_name": "Kees", "last_name": "Jansen", "password1": "een-sterk-wachtwoord-2026"}
    signup["password2"] = signup["password1"]

    known = answer(reverse("account_signup"), {**signup, "email": KNOWN}, django_capture_on_commit_callbacks)
    unknown = answer(reverse("account_signup"), {**signup, "email": UNKNOWN}, django_capture_on_commit_callbacks)

    assert known == unknown
    assert known[1] == [(reverse("account_email_verification_sent"), 302)]
    # The owner of the known address is told by mail; no second account exists.
    assert sorted(message.to[0] for message in mail.outbox) == [KNOWN, UNKNOWN]
    assert Member.objects.filter(email=KNOWN).count() == 1


def test_password_reset_answers_the_same_for_a_known_and_an_unknown_address(
    known_member, django_capture_on_commit_callbacks
):
    known = answer(reverse("account_reset_password"), {"email": KNOWN}, django_capture_on_commit_callbacks)
    unknown = answer(reverse("account_reset_password"), {"email": UNKNOWN}, django_capture_on_commit_callbacks)

    assert known == unknown
    assert known[1] == [(reverse("account_reset_password_done"), 302)]
    # Each address gets a mail: a reset link for the member, a "no account here" to the other.
    [to_known] = [message for message in mail.outbox if message.to == [KNOWN]]
    [to_unknown] = [message for message in mail.outbox if message.to == [UNKNOWN]]
    assert "/account/password/reset/key/" in to_known.body
    assert "/account/password/reset/key/" not in to_unknown.body


def test_a_failed_login_answers_the_same_for_a_known_and_an_unknown_address(
    known_member, django_capture_on_commit_callbacks
):
    known = answer(reverse("account_login"), {"login": KNOWN, "password": "fout"}, django_capture_on_commit_callbacks)
    unknown = answer(
        reverse("account_login"), {"login": UNKNOWN, "password": "fout"}, django_capture_on_commit_callbacks
    )
    assert known == unknown
    assert known[0] == 200
