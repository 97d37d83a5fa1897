"""The mails allauth sends are our own: Dutch, "je", signed by Lerend Netwerk (not by a
host name), without allauth's stock phrases."""

import re
from pathlib import Path

import allauth
import pytest
from allauth.account.adapter import get_adapter
from allauth.core.context import request_context
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.core import mail
from django.test import RequestFactory
from django.urls import reverse

from tests.factories import PASSWORD, MemberFactory
from tests.members.test_informal_dutch import FORMAL
from tests.support.second_factor import add_authenticator_app, client_with_second_factor

pytestmark = pytest.mark.django_db

DEV_SITE_URL = "http://127.0.0.1:8000"
SIGNUP = {
    "first_name": "Fatima",
    "last_name": "el Amrani",
    "email": "fatima@deventer.example",
    "password1": "een-sterk-wachtwoord-2026",
    "password2": "een-sterk-wachtwoord-2026",
}


@pytest.fixture(autouse=True)
def _site_url_as_in_development(settings):
    """As `make run` has it: the old mails showed this host and port."""
    settings.WAGTAILADMIN_BASE_URL = DEV_SITE_URL


def problems(message):
    text = f"{message.subject}\n{message.body}"
    found = [match.group(0) for match in FORMAL.finditer(text)]
    # The host and port of the site are no name; the member's own IP address may be shown.
    found += [word for word in ("127.0.0.1:8000", "example.com") if word in text]
    if not message.subject.startswith("[Lerend Netwerk] "):
        found.append(f"subject: {message.subject}")
    if "Lerend Netwerk" not in message.body:
        found.append("not signed by Lerend Netwerk")
    return found


def sent(run, capture):
    """The mails sent while `run()` runs (after commit, as in production)."""
    mail.outbox.clear()
    with capture(execute=True):
        run()
    return list(mail.outbox)


def test_every_mail_a_member_gets_from_the_account_flows_is_our_informal_dutch(
    client, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    existing = MemberFactory(email="jan@leiden.example", first_name="Jan")
    mails = {}

    mails["sign-up confirmation"] = sent(lambda: client.post(reverse("account_signup"), SIGNUP), capture)
    mails["sign-up with a known address"] = sent(
        lambda: client.post(reverse("account_signup"), {**SIGNUP, "email": "jan@leiden.example"}), capture
    )
    mails["password reset link"] = sent(
        lambda: client.post(reverse("account_reset_password"), {"email": "jan@leiden.example"}), capture
    )
    mails["password reset for an unknown address"] = sent(
        lambda: client.post(reverse("account_reset_password"), {"email": "onbekend@leiden.example"}), capture
    )
    reset_link = re.search(
        r"https?://testserver(/account/password/reset/key/\S+/)",
        mails["password reset link"][0].body,
    )
    form_url = client.get(reset_link.group(1), follow=True).redirect_chain[-1][0]
    mails["password reset done"] = sent(
        lambda: client.post(form_url, {"password1": "nieuw-wachtwoord-2026", "password2": "nieuw-wachtwoord-2026"}),
        capture,
    )

    existing.refresh_from_db()
    client.force_login(existing)
    mails["password changed"] = sent(
        lambda: client.post(
            reverse("account_change_password"),
            {"oldpassword": "nieuw-wachtwoord-2026", "password1": PASSWORD, "password2": PASSWORD},
        ),
        capture,
    )
    existing.refresh_from_db()  # a new password: a session needs its new hash
    client.force_login(existing)
    mails["new address to confirm"] = sent(
        lambda: client.post(reverse("account_email"), {"action_add": "", "email": "jan.nieuw@leiden.example"}),
        capture,
    )
    confirm_link = re.search(
        r"https?://testserver(/account/confirm-email/\S+/)", mails["new address to confirm"][0].body
    )
    mails["address changed"] = sent(lambda: client.post(confirm_link.group(1)), capture)

    assert {what: len(messages) for what, messages in mails.items()} == dict.fromkeys(mails, 1)
    assert {what: problems(messages[0]) for what, messages in mails.items()} == {what: [] for what in mails}
    # A member is greeted by name; the address that needs no account by a plain hello.
    assert mails["password changed"][0].body.startswith("Beste Jan,")
    assert mails["password reset for an unknown address"][0].body.startswith("Hallo,")
    assert "Met vriendelijke groet,\nLerend Netwerk" in mails["password changed"][0].body


def test_the_two_factor_mails_are_our_informal_dutch(client, django_capture_on_commit_callbacks):
    member = MemberFactory(email="jan@leiden.example", first_name="Jan")
    add_authenticator_app(member)
    client_with_second_factor(client, member)
    # Both are sensitive: allauth asks for the password again first.
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    capture = django_capture_on_commit_callbacks
    mails = {
        "new recovery codes": sent(lambda: client.post(reverse("mfa_generate_recovery_codes")), capture),
        "app removed": sent(lambda: client.post(reverse("mfa_deactivate_totp")), capture),
    }
    assert not Authenticator.objects.filter(user=member, type=Authenticator.Type.TOTP).exists()

    assert {what: len(messages) for what, messages in mails.items()} == dict.fromkeys(mails, 1)
    assert {what: problems(messages[0]) for what, messages in mails.items()} == {what: [] for what in mails}


def allauth_mail_templates():
    root = Path(allauth.__file__).parent / "templates"
    return sorted(
        str(path.relative_to(root))
        for folder in ("account/email", "mfa/email")
        for path in (root / folder).glob("*_message.txt")
        if not path.name.startswith("base_")
    )


@pytest.mark.parametrize("template", allauth_mail_templates())
def test_each_of_allauths_mails_has_our_own_text(template, django_capture_on_commit_callbacks):
    """Also the mails that no flow above sends (codes, security keys, a removed address):
    each of allauth's mail templates is replaced by ours."""
    assert (settings.BASE_DIR / "templates" / template).exists()

    member = MemberFactory(email="jan@leiden.example", first_name="Jan")
    request = RequestFactory().get("/")
    request.user = member
    prefix = template.removesuffix("_message.txt")
    context = {
        "user": member,
        "code": "ABC123",
        "activate_url": "https://lerendnetwerk.example/bevestig/",
        "password_reset_url": "https://lerendnetwerk.example/wachtwoord/",
        "signup_url": "https://lerendnetwerk.example/registreren/",
        "from_email": "jan@leiden.example",
        "to_email": "jan.nieuw@leiden.example",
        "deleted_email": "jan.oud@leiden.example",
    }
    with request_context(request), django_capture_on_commit_callbacks(execute=True):
        adapter = get_adapter()
        if prefix.endswith(("_changed", "_confirm", "_deleted", "_reset", "_set", "_activated", "_deactivated")) or (
            prefix.startswith("mfa/")
        ):
            adapter.send_notification_mail(prefix, member, context)
        else:
            adapter.send_mail(prefix, member.email, context)

    assert len(mail.outbox) == 1
    assert problems(mail.outbox[0]) == []
