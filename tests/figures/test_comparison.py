import pytest

from figures.comparison import comparison_group
from municipalities.models import SizeClass, Urbanisation
from tests.factories import MunicipalityFactory


def place(name, code, province="overijssel", size=SizeClass.FROM_50K, urbanisation=Urbanisation.MODERATELY_URBAN):
    return MunicipalityFactory(name=name, cbs_code=code, province=province, size_class=size, urbanisation=urbanisation)


@pytest.fixture
def towns(db):
    return {
        "deventer": place("Deventer", "GM0150"),
        "hengelo": place("Hengelo", "GM0164"),
        "ede": place("Ede", "GM0228", province="gelderland"),
        "bigger": place("Enschede", "GM0153", size=SizeClass.FROM_100K),
        "more_urban": place("Almelo", "GM0141", urbanisation=Urbanisation.STRONGLY_URBAN),
        "unknown": MunicipalityFactory(name="Onbekend", cbs_code="GM0999"),
    }


def test_the_group_is_the_municipalities_of_the_same_size_and_urbanisation(towns):
    group = comparison_group(towns["deventer"])

    assert [member.name for member in group.members] == ["Ede", "Hengelo"]
    assert group.reason == "gemeenten met 50.000 tot 100.000 inwoners die matig stedelijk zijn"


def test_the_group_can_be_limited_to_the_province(towns):
    group = comparison_group(towns["deventer"], same_province=True)

    assert [member.name for member in group.members] == ["Hengelo"]
    assert group.reason == "gemeenten met 50.000 tot 100.000 inwoners die matig stedelijk zijn, in Overijssel"


def test_a_municipality_without_size_or_urbanisation_has_no_group(towns):
    assert comparison_group(towns["unknown"]) is None


def test_size_classes_follow_the_number_of_inhabitants():
    assert SizeClass.for_population(9_999) == SizeClass.UNDER_10K
    assert SizeClass.for_population(50_000) == SizeClass.FROM_50K
    assert SizeClass.for_population(99_999) == SizeClass.FROM_50K
    assert SizeClass.for_population(250_000) == SizeClass.FROM_250K
