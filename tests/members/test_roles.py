import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from members.roles import ROLE_GROUP_NAMES, Role, sync_role_groups
from tests.factories import MemberFactory
from tests.support.second_factor import log_in


@pytest.mark.django_db
def test_every_role_is_a_group_and_wagtails_default_groups_are_gone():
    names = set(Group.objects.values_list("name", flat=True))
    assert names == set(ROLE_GROUP_NAMES.values())


@pytest.mark.django_db
def test_editors_may_use_the_admin_and_manage_pages_themes_and_municipalities():
    editor = MemberFactory(roles=[Role.EDITOR])
    assert editor.has_perm("wagtailadmin.access_admin")
    assert editor.has_perm("themes.change_theme")
    assert editor.has_perm("municipalities.add_municipality")
    editors = Group.objects.get(name="Redacteur")
    root = Page.get_first_root_node()
    assert set(
        GroupPagePermission.objects.filter(group=editors, page=root).values_list("permission__codename", flat=True)
    ) == {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"}


@pytest.mark.django_db
def test_editors_manage_the_editorial_collection_but_not_profile_photos(settings):
    editors = Group.objects.get(name="Redacteur")
    collections = set(
        GroupCollectionPermission.objects.filter(group=editors).values_list("collection__name", flat=True)
    )
    assert collections == {settings.EDITORIAL_COLLECTION_NAME, settings.EXPERIENCE_ATTACHMENT_COLLECTION_NAME}
    assert Collection.objects.filter(name=settings.MEMBER_PHOTO_COLLECTION_NAME).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("roles", [[], [Role.ASSOCIATE_MEMBER], [Role.MUNICIPAL_LEAD]])
def test_other_roles_have_no_admin_access(client, roles):
    member = MemberFactory(roles=roles)
    assert not member.has_perm("wagtailadmin.access_admin")
    log_in(client, member)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert response.url != reverse("wagtailadmin_home")


@pytest.mark.django_db
def test_editor_reaches_the_dutch_wagtail_admin(client):
    log_in(client, MemberFactory(roles=[Role.EDITOR]))
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert '<html lang="nl"' in response.content.decode()
    assert "Pagina's" in response.content.decode()


@pytest.mark.django_db
def test_syncing_twice_changes_nothing_and_repairs_removed_permissions():
    editors = Group.objects.get(name="Redacteur")
    before = set(editors.permissions.values_list("codename", flat=True))
    editors.permissions.clear()
    sync_role_groups()
    sync_role_groups()
    assert set(editors.permissions.values_list("codename", flat=True)) == before
    assert Group.objects.filter(name="Redacteur").count() == 1


@pytest.mark.django_db
def test_member_roles_are_listed_in_a_fixed_order():
    member = MemberFactory(roles=[Role.MODERATOR, Role.ASSOCIATE_MEMBER])
    assert member.roles == [Role.ASSOCIATE_MEMBER, Role.MODERATOR]
    assert member.has_role(Role.MODERATOR)
    assert not member.has_role(Role.EDITOR)


@pytest.mark.django_db
def test_moderators_use_the_admin_for_the_moderation_queue_only(client):
    moderator = MemberFactory(roles=[Role.MODERATOR])
    assert moderator.has_perm("wagtailadmin.access_admin")
    assert moderator.has_perm("forum.change_postreport")
    assert not moderator.has_perm("themes.change_theme")
    assert not GroupPagePermission.objects.filter(group__name="Moderator").exists()
    log_in(client, moderator)
    assert client.get(reverse("forum_moderation_queue")).status_code == 200


@pytest.mark.django_db
def test_the_roles_read_with_a_list_of_cards_are_the_members_groups_without_a_query(django_assert_num_queries):
    from itertools import combinations

    from members.models import Member, MemberProfile

    people = {}
    for size in range(len(Role) + 1):
        for roles in combinations(Role, size):
            member = MemberFactory(roles=list(roles))
            member.groups.add(Group.objects.create(name=f"Geen rol {len(people)}"))  # a group that is no role
            people[member.pk] = set(roles)
    profiles = list(MemberProfile.objects.filter(member__in=people).with_card_data(complete=False))
    with django_assert_num_queries(0):
        assert {profile.member_id: set(profile.member.roles) for profile in profiles} == people
    # A reader's own roles, remembered (members.admin_access): read from the groups once,
    # then with no query but the member's own.
    for member_pk, roles in people.items():
        assert set(Member.objects.get(pk=member_pk).roles) == roles
        with django_assert_num_queries(1):
            assert set(Member.objects.get(pk=member_pk).roles) == roles
