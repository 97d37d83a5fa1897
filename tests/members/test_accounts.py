import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import Client
from django.urls import reverse

from members.models import Member
from tests.factories import PASSWORD, MemberFactory
from tests.support.second_factor import log_in

SIGNUP = {
    "first_name": "Fatima",
    "last_name": "el Amrani",
    "email": "Fatima.ElAmrani@Deventer.example",
    "password1": "een-sterk-wachtwoord-2026",
    "password2": "een-sterk-wachtwoord-2026",
}


def confirmation_link(message):
    return re.search(r"https?://testserver(/account/confirm-email/[^\s]+/)", message.body).group(1)


@pytest.mark.django_db
def test_sign_up_sends_a_dutch_verification_mail_and_confirming_logs_in(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_signup"), SIGNUP)

    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    member = Member.objects.get(email="fatima.elamrani@deventer.example")
    assert (member.first_name, member.last_name) == ("Fatima", "el Amrani")
    assert member.profile is not None
    assert not EmailAddress.objects.get(user=member).verified

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["fatima.elamrani@deventer.example"]
    assert message.subject.startswith("[Lerend Netwerk] ")
    assert "Lerend Netwerk" in message.body
    assert "example.com" not in message.body

    # Unverified: logging in sends you back to the verification step.
    client.logout()
    response = client.post(reverse("account_login"), {"login": SIGNUP["email"], "password": SIGNUP["password1"]})
    assert "_auth_user_id" not in client.session

    link = confirmation_link(message)
    assert client.get(link).status_code == 200
    response = client.post(link)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=member).verified

    response = client.post(reverse("account_login"), {"login": SIGNUP["email"], "password": SIGNUP["password1"]})
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == member.pk
    # The profile is still empty: the member is welcomed on the profile form.
    assert response.url == reverse("members:profile_edit", kwargs={"member_id": member.pk}) + "?welkom=1"


@pytest.mark.django_db
def test_sign_up_with_bad_input_keeps_what_was_typed_and_creates_nobody(client):
    data = {**SIGNUP, "password2": "iets-anders-2026"}
    response = client.post(reverse("account_signup"), data)

    assert response.status_code == 200
    content = response.content.decode()
    assert 'value="Fatima"' in content
    assert 'value="el Amrani"' in content
    assert "Je moet hetzelfde wachtwoord twee keer intoetsen." in content
    assert 'aria-invalid="true"' in content
    assert not Member.objects.exists()


@pytest.mark.django_db
def test_sign_up_requires_a_name(client):
    response = client.post(reverse("account_signup"), {**SIGNUP, "first_name": " ", "last_name": ""})

    assert response.status_code == 200
    assert "Dit is een verplicht veld." in response.content.decode()
    assert not Member.objects.exists()


@pytest.mark.django_db
def test_signing_up_twice_with_one_address_does_not_reveal_the_account(client, django_capture_on_commit_callbacks):
    MemberFactory(email="bestaand@gemeente.example")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_signup"), {**SIGNUP, "email": "Bestaand@gemeente.example"})

    # Same response as for a new address; the owner gets a mail instead of a second account.
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert Member.objects.filter(email__iexact="bestaand@gemeente.example").count() == 1
    assert mail.outbox[0].to == ["bestaand@gemeente.example"]


@pytest.mark.django_db
def test_log_in_and_log_out(client):
    member = MemberFactory(email="jan@leiden.example")
    response = client.post(reverse("account_login"), {"login": "jan@leiden.example", "password": PASSWORD})
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == member.pk

    # Logging out is a POST (a link someone sends you cannot log you out).
    assert client.get(reverse("account_logout")).status_code == 200
    assert "_auth_user_id" in client.session
    client.post(reverse("account_logout"))
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_wrong_password_gives_a_dutch_error(client):
    MemberFactory(email="jan@leiden.example")
    response = client.post(reverse("account_login"), {"login": "jan@leiden.example", "password": "fout"})
    assert response.status_code == 200
    assert "Het door jou opgegeven e-mailadres en/of wachtwoord is niet correct." in response.content.decode()


@pytest.mark.django_db
def test_repeated_failed_logins_are_throttled_even_for_the_right_password(client):
    MemberFactory(email="jan@leiden.example")
    for attempt in range(5):
        response = client.post(reverse("account_login"), {"login": "jan@leiden.example", "password": f"fout-{attempt}"})
        assert "Te veel inlogpogingen" not in response.content.decode()

    response = client.post(reverse("account_login"), {"login": "jan@leiden.example", "password": PASSWORD})

    assert "Te veel inlogpogingen. Probeer het later nogmaals." in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_password_reset_sends_a_link_that_sets_a_new_password(client, django_capture_on_commit_callbacks):
    member = MemberFactory(email="jan@leiden.example")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_reset_password"), {"email": "JAN@leiden.example"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://testserver(/account/password/reset/key/[^\s]+/)", mail.outbox[0].body).group(1)

    response = client.get(link, follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else link
    response = client.post(form_url, {"password1": "nieuw-wachtwoord-2026", "password2": "nieuw-wachtwoord-2026"})
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password("nieuw-wachtwoord-2026")


@pytest.mark.django_db
def test_password_reset_for_an_unknown_address_looks_the_same(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_reset_password"), {"email": "onbekend@gemeente.example"})
    assert response.status_code == 302
    assert response.url == reverse("account_reset_password_done")


@pytest.mark.django_db
def test_change_email_requires_verifying_the_new_address(member_client, member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(
            reverse("account_email"), {"action_add": "", "email": "sanne.nieuw@zwolle.example"}
        )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.email == "sanne@zwolle.example"  # unchanged until verified
    link = confirmation_link(mail.outbox[-1])
    member_client.post(link)
    member.refresh_from_db()
    assert member.email == "sanne.nieuw@zwolle.example"
    assert list(EmailAddress.objects.filter(user=member).values_list("email", flat=True)) == [
        "sanne.nieuw@zwolle.example"
    ]


@pytest.mark.django_db
def test_account_pages_use_the_site_layout_in_dutch(client):
    for name in ["account_login", "account_signup", "account_reset_password"]:
        content = client.get(reverse(name)).content.decode()
        assert '<html lang="nl">' in content
        assert 'class="ln-header"' in content
        assert "Naar de inhoud" in content


@pytest.mark.django_db
def test_logging_in_is_called_inloggen_because_aanmelden_means_registering_for_a_meeting(client, member):
    login_page = client.get(reverse("account_login")).content.decode()
    assert ">\n        Inloggen\n    </h1>" in login_page
    assert "Aanmelden" not in login_page
    log_in(client, member)
    logout_page = client.get(reverse("account_logout")).content.decode()
    assert "Weet je zeker dat je wilt uitloggen?" in logout_page
    assert "Afmelden" not in logout_page


@pytest.mark.django_db
def test_a_too_short_password_is_refused_in_dutch(client):
    data = dict(SIGNUP, password1="kort12", password2="kort12")
    response = client.post(reverse("account_signup"), data)
    assert response.status_code == 200
    assert "Dit wachtwoord is te kort. Het moet minimaal 10 tekens bevatten." in response.content.decode()


@pytest.mark.django_db
def test_confirming_in_the_same_browser_logs_in_and_welcomes_on_the_profile_form(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_signup"), SIGNUP)
    member = Member.objects.get(email="fatima.elamrani@deventer.example")
    response = client.post(confirmation_link(mail.outbox[0]))
    assert int(client.session["_auth_user_id"]) == member.pk
    assert response.url == reverse("members:profile_edit", kwargs={"member_id": member.pk}) + "?welkom=1"


@pytest.mark.django_db
def test_confirming_in_another_browser_asks_to_log_in_and_then_welcomes_on_the_profile_form(
    client, django_capture_on_commit_callbacks
):
    """allauth logs in from the link only in the browser that signed up: the link stays
    valid for days, so in any other browser it must not work as a password."""
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_signup"), SIGNUP)
    member = Member.objects.get(email="fatima.elamrani@deventer.example")
    phone = Client()

    response = phone.post(confirmation_link(mail.outbox[0]), follow=True)

    assert EmailAddress.objects.get(user=member).verified
    assert "_auth_user_id" not in phone.session
    assert response.redirect_chain[-1][0].startswith(reverse("account_login"))
    assert "Log in met je wachtwoord om verder te gaan." in response.content.decode()
    response = phone.post(reverse("account_login"), {"login": SIGNUP["email"], "password": SIGNUP["password1"]})
    assert response.url == reverse("members:profile_edit", kwargs={"member_id": member.pk}) + "?welkom=1"
