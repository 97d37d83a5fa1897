import pytest
from django.urls import reverse

from members.roles import Role
from tests.factories import PASSWORD, MemberFactory
from tests.support.second_factor import add_authenticator_app, current_code, log_in


@pytest.mark.django_db
def test_the_admin_sends_visitors_to_the_sites_own_login(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert "next=/admin/" in response.url


@pytest.mark.django_db
def test_posting_to_the_old_admin_login_form_logs_nobody_in(client):
    editor = MemberFactory(email="redacteur@instituut.example", roles=[Role.EDITOR])
    response = client.post("/admin/login/", {"username": editor.email, "password": PASSWORD})

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("wagtailadmin_home")).status_code == 302


@pytest.mark.django_db
def test_editor_logs_in_through_allauth_with_the_second_factor_and_lands_in_the_admin(client):
    editor = MemberFactory(
        email="redacteur@instituut.example",
        roles=[Role.EDITOR],
        profile__organisation="Instituut",
        profile__job_title="Redacteur",
    )
    secret = add_authenticator_app(editor)
    response = client.post(
        reverse("account_login") + "?next=/admin/",
        {"login": "redacteur@instituut.example", "password": PASSWORD, "next": "/admin/"},
    )
    assert response.status_code == 302
    assert response.url == reverse("mfa_authenticate")
    response = client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert response.status_code == 302
    assert response.url == "/admin/"
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_wagtails_own_password_and_email_forms_are_switched_off(client):
    log_in(client, MemberFactory(roles=[Role.EDITOR]))
    response = client.get(reverse("wagtailadmin_account"))
    content = response.content.decode()
    assert response.status_code == 200
    assert 'name="password_change-old_password"' not in content
    assert 'name="email-email"' not in content


@pytest.mark.django_db
def test_editors_give_roles_in_the_admin_but_cannot_change_a_members_email(client):
    from django.contrib.auth.models import Group

    log_in(client, MemberFactory(roles=[Role.EDITOR]))
    member = MemberFactory(email="trekker@deventer.example", first_name="Jan", last_name="Vries", name_prefix="de")
    url = reverse("wagtailusers_users:edit", args=[member.pk])
    page = client.get(url).content.decode()
    assert 'name="name_prefix"' in page

    response = client.post(
        url,
        {
            "email": "ander@adres.example",
            "first_name": "Jan",
            "name_prefix": "de",
            "last_name": "Vries",
            "is_active": "on",
            "groups": [Group.objects.get(name="Gemeentetrekker").pk],
        },
    )

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.email == "trekker@deventer.example"
    assert member.roles == [Role.MUNICIPAL_LEAD]
