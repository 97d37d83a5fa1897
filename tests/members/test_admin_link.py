"""The account menu links to the Wagtail admin for whoever may use it, without reading the
member's permissions on every page (members/admin_access.py), and follows a change of
role on the next request."""

from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members.roles import Role
from tests.factories import MemberFactory

ADMIN_LINK = 'href="/admin/">Beheer</a>'


def permission_queries(client, path="/leden/mijn-profiel/"):
    with CaptureQueriesContext(connection) as captured:
        html = client.get(path, follow=True).content.decode()
    return html, [query["sql"] for query in captured.captured_queries if "auth_permission" in query["sql"]]


def test_editors_and_moderators_see_the_admin_link_and_members_do_not(client, db):
    for roles, shown in (([Role.EDITOR], True), ([Role.MODERATOR], True), ([Role.MUNICIPAL_LEAD], False), ([], False)):
        client.force_login(MemberFactory(roles=roles))
        assert (ADMIN_LINK in client.get("/").content.decode()) is shown, roles


def test_the_admin_link_costs_no_permission_query_once_known(client, db):
    client.force_login(MemberFactory(roles=[Role.EDITOR]))
    html, queries = permission_queries(client)
    assert ADMIN_LINK in html
    html, queries = permission_queries(client)
    assert ADMIN_LINK in html
    assert queries == []


def test_a_member_given_or_losing_the_editor_role_sees_the_change_at_once(client, db):
    member = MemberFactory()
    client.force_login(member)
    assert ADMIN_LINK not in client.get("/").content.decode()
    editors = Group.objects.get(name=Role.EDITOR.group_name)
    member.groups.add(editors)
    assert ADMIN_LINK in client.get("/").content.decode()
    editors.user_set.remove(member)  # from the group's side, as the admin's group form does
    assert ADMIN_LINK not in client.get("/").content.decode()


def test_a_groups_or_members_own_permission_change_shows_at_once(client, db):
    member = MemberFactory(roles=[Role.ASSOCIATE_MEMBER])
    client.force_login(member)
    assert ADMIN_LINK not in client.get("/").content.decode()
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    group = Group.objects.get(name=Role.ASSOCIATE_MEMBER.group_name)
    group.permissions.add(access_admin)
    assert ADMIN_LINK in client.get("/").content.decode()
    group.permissions.remove(access_admin)
    assert ADMIN_LINK not in client.get("/").content.decode()
    member.user_permissions.add(access_admin)
    assert ADMIN_LINK in client.get("/").content.decode()
    member.user_permissions.clear()
    assert ADMIN_LINK not in client.get("/").content.decode()


def test_a_deleted_group_takes_its_admin_link_along(client, db):
    member = MemberFactory()
    group = Group.objects.create(name="Tijdelijke beheerders")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    member.groups.add(group)
    client.force_login(member)
    assert ADMIN_LINK in client.get("/").content.decode()
    group.delete()
    assert ADMIN_LINK not in client.get("/").content.decode()


def test_a_deactivated_member_never_gets_the_link(client, db):
    member = MemberFactory(roles=[Role.EDITOR])
    client.force_login(member)
    assert ADMIN_LINK in client.get("/").content.decode()
    member.is_active = False
    member.save()
    assert ADMIN_LINK not in client.get("/").content.decode()


def test_a_members_roles_are_read_once_per_request_and_follow_a_change(db, django_assert_num_queries):
    member = MemberFactory(roles=[Role.EDITOR])
    from members.models import Member

    reader = Member.objects.get(pk=member.pk)
    with django_assert_num_queries(1):
        assert reader.is_editor
        assert reader.has_role(Role.EDITOR)
        assert reader.roles == [Role.EDITOR]
    reader.groups.add(Group.objects.get(name=Role.MODERATOR.group_name))
    assert reader.roles == [Role.EDITOR, Role.MODERATOR]
    reader.groups.clear()
    assert reader.roles == []


def test_each_reader_logs_out_with_the_token_from_their_own_page(db):
    import re

    from django.test import Client

    members = [MemberFactory(), MemberFactory(), MemberFactory(roles=[Role.EDITOR])]
    for member in members:
        client = Client(enforce_csrf_checks=True)
        client.force_login(member)
        html = client.get("/leden/mijn-profiel/", follow=True).content.decode()
        assert (ADMIN_LINK in html) is (member is members[2])
        logout_form = html[html.index('action="/account/logout/"') :]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', logout_form).group(1)
        assert "\x00" not in html
        response = client.post("/account/logout/", {"csrfmiddlewaretoken": token})
        assert response.status_code == 302
        assert "_auth_user_id" not in client.session


def test_a_members_roles_come_with_the_admin_link_and_follow_a_change_at_once(client, db):
    """Whether the reader may moderate (their roles) is remembered with the admin link: a
    thread page reads no groups once known, and a role given or taken counts on the next
    request, also when changed from the group's side."""
    from forum import services as forum_services
    from forum.models import Category

    moderator = MemberFactory(roles=[Role.MODERATOR])
    thread = forum_services.start_thread(
        moderator, Category.objects.create(name="Toegang", slug="toegang"), title="Voordeur", body="Vraag"
    )
    client.force_login(moderator)
    url = thread.get_absolute_url()
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        html = client.get(url).content.decode()
    assert 'id="moderation-heading"' in html
    # (The discussion's access rule asks for staff groups inside its own query.)
    group_reads = [query for query in captured.captured_queries if 'FROM "auth_group"' in query["sql"]]
    assert group_reads == []
    moderators = Group.objects.get(name=Role.MODERATOR.group_name)
    moderators.user_set.remove(moderator)
    assert 'id="moderation-heading"' not in client.get(url).content.decode()
    moderator.groups.add(moderators)
    assert 'id="moderation-heading"' in client.get(url).content.decode()
