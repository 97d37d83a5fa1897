"""The site says "je" to members, also on the pages and in the mails that allauth makes.

allauth's (and Django's) own Dutch says "u", "uw", "alstublieft" or "a.u.b." in places;
our catalogue (locale/nl) overrides those texts (members/terminology.py) and our own mail
templates (templates/account/email, templates/mfa/email) replace allauth's.
"""

import html
import re
from pathlib import Path

import polib
import pytest
from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.account.utils import user_pk_to_url_str
from django.apps import apps
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext, pgettext

from tests.factories import PASSWORD, MemberFactory
from tests.support.second_factor import add_authenticator_app, client_with_second_factor

pytestmark = pytest.mark.django_db

# The formal address and allauth's stock phrases the site does not use.
FORMAL = re.compile(r"\b(u|uw|Uw|U)\b|alstublieft|a\.u\.b\.|zijn of haar|Bedankt voor het gebruiken")


def readable_text(page):
    """What a person reads or hears on the page: the text, and the attributes a screen
    reader or the browser shows (placeholder, title, aria-label, alt)."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    attributes = re.findall(r'\b(?:placeholder|title|aria-label|alt)="([^"]*)"', page)
    text = re.sub(r"<[^>]+>", " ", page)
    return html.unescape(" ".join([text, *attributes]))


def formal_phrases(page):
    text = readable_text(page)
    text = " ".join(text.split())
    return [text[max(0, m.start() - 60) : m.end() + 60] for m in FORMAL.finditer(text)]


def formal_pages(pages):
    """{what: formal phrases} for each rendered page that is not informal Dutch."""
    problems = {}
    for what, response in pages.items():
        page = response.content.decode()
        if response.status_code != 200 or '<html lang="nl">' not in page:
            problems[what] = f"not a Dutch page ({response.status_code})"
        elif phrases := formal_phrases(page):
            problems[what] = phrases
    return problems


def test_the_account_pages_a_visitor_sees_say_je(client):
    member = MemberFactory(email="jan@leiden.example")
    unverified = MemberFactory(email="nieuw@leiden.example", verified=False)
    confirmation = EmailConfirmationHMAC(EmailAddress.objects.create(user=unverified, email=unverified.email))

    pages = {
        "login": client.get(reverse("account_login")),
        "login with a wrong password": client.post(
            reverse("account_login"), {"login": "jan@leiden.example", "password": "fout"}
        ),
        "sign up": client.get(reverse("account_signup")),
        "sign up with bad passwords": client.post(
            reverse("account_signup"),
            {"email": "x@leiden.example", "password1": "123", "password2": "456", "first_name": "", "last_name": ""},
        ),
        "verification sent": client.get(reverse("account_email_verification_sent")),
        "password reset": client.get(reverse("account_reset_password")),
        "password reset sent": client.get(reverse("account_reset_password_done")),
        "confirm e-mail": client.get(reverse("account_confirm_email", args=[confirmation.key])),
        "confirm e-mail, bad link": client.get(reverse("account_confirm_email", args=["niet-geldig"])),
        "reset from a bad key": client.get(
            reverse("account_reset_password_from_key", kwargs={"uidb36": "zz", "key": "niet-geldig"})
        ),
        "password reset done": client.get(reverse("account_reset_password_from_key_done")),
        "inactive account": client.get(reverse("account_inactive")),
    }

    key = default_token_generator.make_token(member)
    reset_url = reverse("account_reset_password_from_key", kwargs={"uidb36": user_pk_to_url_str(member), "key": key})
    response = client.get(reset_url, follow=True)
    pages["reset from key"] = response
    pages["reset from key, passwords differ"] = client.post(
        response.redirect_chain[-1][0], {"password1": "nieuw-wachtwoord-2026", "password2": "anders-wachtwoord-2026"}
    )

    assert formal_pages(pages) == {}


def test_the_account_pages_a_member_sees_say_je(client):
    member = MemberFactory(email="jan@leiden.example")
    client.force_login(member)
    pages = {
        "e-mail addresses": client.get(reverse("account_email")),
        "change password": client.get(reverse("account_change_password")),
        "change password, wrong old one": client.post(
            reverse("account_change_password"),
            {"oldpassword": "fout", "password1": "nieuw-wachtwoord-2026", "password2": "nieuw-wachtwoord-2026"},
        ),
        "log out": client.get(reverse("account_logout")),
        "two-factor overview": client.get(reverse("mfa_index"), follow=True),
        # Setting up an app first asks for the password again (reauthenticate).
        "activate an authenticator app": client.get(reverse("mfa_activate_totp"), follow=True),
        "reauthenticate": client.get(reverse("account_reauthenticate")),
        "reauthenticate, wrong password": client.post(reverse("account_reauthenticate"), {"password": "fout"}),
    }
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    pages["activate an authenticator app after reauthenticating"] = client.get(reverse("mfa_activate_totp"))
    pages["activate with a wrong code"] = client.post(reverse("mfa_activate_totp"), {"code": "000000"})

    assert formal_pages(pages) == {}


def test_the_two_factor_pages_say_je(client):
    member = MemberFactory(email="jan@leiden.example")
    add_authenticator_app(member)

    response = client.post(reverse("account_login"), {"login": member.email, "password": PASSWORD}, follow=True)
    pages = {
        "authenticate": response,
        "authenticate with a wrong code": client.post(reverse("mfa_authenticate"), {"code": "000000"}),
    }
    client_with_second_factor(client, member)
    pages.update(
        {
            "two-factor overview": client.get(reverse("mfa_index"), follow=True),
            "recovery codes": client.get(reverse("mfa_view_recovery_codes"), follow=True),
            "generate recovery codes": client.get(reverse("mfa_generate_recovery_codes"), follow=True),
            "deactivate the app": client.get(reverse("mfa_deactivate_totp"), follow=True),
            "reauthenticate with the app": client.get(reverse("mfa_reauthenticate"), follow=True),
        }
    )

    assert formal_pages(pages) == {}


def catalogue_entries():
    """Every text of the catalogues whose Dutch members and editors read: those of the
    installed apps of allauth, Django's accounts and Wagtail."""
    for app in apps.get_app_configs():
        if not app.name.startswith(("allauth", "wagtail", "django.contrib.auth")):
            continue
        po_file = Path(app.path) / "locale" / "nl" / "LC_MESSAGES" / "django.po"
        if po_file.exists():
            for entry in polib.pofile(str(po_file)):
                if entry.translated() and not entry.obsolete:
                    yield entry


def test_every_text_of_allauth_django_accounts_and_wagtail_says_je_in_our_dutch():
    formal = []
    with translation.override("nl"):
        for entry in catalogue_entries():
            if entry.msgid_plural:
                texts = [ngettext(entry.msgid, entry.msgid_plural, n) for n in (1, 2)]
            elif entry.msgctxt:
                texts = [pgettext(entry.msgctxt, entry.msgid)]
            else:
                texts = [gettext(entry.msgid)]
            formal += [text for text in texts if FORMAL.search(text)]
    assert formal == []


def test_a_form_refused_for_its_security_check_says_so_in_our_dutch_and_says_je(client):
    """A form sent without its security token (an old tab, cookies blocked): Django's own
    page for that says "u"; ours explains what to do, with "je"."""
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    browser.cookies["django_language"] = "nl"
    response = browser.post(reverse("account_login"), {"login": "jan@leiden.example", "password": "x"})
    assert response.status_code == 403
    page = response.content.decode()
    assert '<html lang="nl">' in page
    assert "Het formulier kon niet worden verstuurd" in page
    assert formal_phrases(page) == []
