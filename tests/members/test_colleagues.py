"""The start page's colleagues (MemberProfileQuerySet.colleague_ids): its written-out SQL
keeps the directory's rule for who is listed, counts the themes shared as interest or
expertise, puts the most shared first and then sorts by name, on SQLite and PostgreSQL
alike, with the reader's themes known or read inside the query."""

import pytest

from members.models import MemberProfile
from tests.factories import MemberFactory, ThemeFactory


@pytest.fixture
def themes(db):
    return [ThemeFactory(name=name, slug=name.lower()) for name in ("Armoede", "Schulden", "Wonen")]


@pytest.fixture
def reader(themes):
    armoede, schulden, _wonen = themes
    return MemberFactory(profile__interests=[armoede], profile__expertise=[schulden]).profile


def fresh(profile):
    """The profile as read from the database: its themes not known yet."""
    return MemberProfile.objects.get(pk=profile.pk)


def known(profile):
    profile = fresh(profile)
    profile.themes  # noqa: B018 - reads and remembers them
    return profile


@pytest.mark.parametrize("read", [fresh, known], ids=["themes read in the query", "themes known"])
def test_most_shared_themes_first_then_by_last_name(read, themes, reader):
    armoede, schulden, wonen = themes
    one_b = MemberFactory(first_name="Bram", last_name="Bakker", profile__interests=[schulden])
    one_a = MemberFactory(first_name="Anna", last_name="Aalders", profile__expertise=[armoede, wonen])
    two = MemberFactory(last_name="Zwart", profile__interests=[armoede], profile__expertise=[schulden])
    MemberFactory(profile__interests=[wonen])  # shares nothing

    ids = MemberProfile.objects.colleague_ids(read(reader), 10)

    assert ids == [two.profile.pk, one_a.profile.pk, one_b.profile.pk]


@pytest.mark.parametrize("read", [fresh, known], ids=["themes read in the query", "themes known"])
def test_only_listed_members_are_colleagues(read, themes, reader):
    armoede = themes[0]
    listed = MemberFactory(profile__interests=[armoede])
    MemberFactory(is_active=False, profile__interests=[armoede])
    MemberFactory(first_name="", last_name="", profile__interests=[armoede])
    MemberFactory(verified=False, profile__interests=[armoede])

    ids = MemberProfile.objects.colleague_ids(read(reader), 10)

    assert ids == [listed.profile.pk]
    assert set(ids) <= set(MemberProfile.objects.listed().values_list("pk", flat=True))


def test_a_member_without_themes_has_no_colleagues_and_the_limit_holds(themes, reader):
    armoede = themes[0]
    for _ in range(4):
        MemberFactory(profile__interests=[armoede])
    no_themes = MemberFactory().profile

    assert MemberProfile.objects.colleague_ids(fresh(no_themes), 10) == []
    assert MemberProfile.objects.colleague_ids(known(no_themes), 10) == []
    assert len(MemberProfile.objects.colleague_ids(known(reader), 3)) == 3
    assert reader.pk not in MemberProfile.objects.colleague_ids(known(reader), 10)
