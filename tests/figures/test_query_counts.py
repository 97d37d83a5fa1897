"""The municipality page with figures answers in the same number of queries however many
indicators, periods, themes, comparable municipalities and their practices there are."""

from decimal import Decimal

from django.urls import reverse

from figures import startanalysis
from figures.models import IndicatorValue
from municipalities.models import SizeClass, Urbanisation
from tests import pages
from tests.factories import IndicatorFactory, MemberFactory, MunicipalityFactory, ThemeFactory
from tests.project.test_query_counts import add_practices, measure, member  # noqa: F401 (fixtures)

LIKE_ZWOLLE = {"size_class": SizeClass.FROM_100K, "urbanisation": Urbanisation.STRONGLY_URBAN}


def test_municipality_page_with_figures(measure, member):  # noqa: F811
    """Also the municipality's own practices and members, and the dossiers' elements: the
    elements of the practice cards and of the dossiers are read in one query, the
    comparison group with the municipality, the indicators with their themes."""
    zwolle = MunicipalityFactory(name="Zwolle", cbs_code="GM0193", **LIKE_ZWOLLE)
    grown = {"indicators": 0, "years": 0}
    element = pages.element("vaste-contactpersoon")

    def grow(count):
        for _ in range(count):
            theme = ThemeFactory()
            pages.dossier(theme.slug, elements=[element])
            peer = MunicipalityFactory(**LIKE_ZWOLLE)
            add_practices(1, municipality=peer, themes=[theme])
            add_practices(1, municipality=zwolle, themes=[theme])
            MemberFactory(profile__municipality=zwolle)
            indicator = IndicatorFactory(themes=[theme])
            grown["indicators"] += 1
            for year in range(2010, 2010 + grown["indicators"] + 2):
                for place in (zwolle, None, peer):
                    IndicatorValue.objects.create(
                        indicator=indicator, municipality=place, period=f"{year}JJ00", value=Decimal(year % 7)
                    )

    url = reverse("municipalities:detail", args=[zwolle.slug])
    measure(url, grow)
    measure(url, grow, as_member=member)


def test_figures_download_keeps_its_query_count(db, measure):  # noqa: F811
    zwolle = MunicipalityFactory(name="Zwolle", cbs_code="GM0193", **LIKE_ZWOLLE)

    def grow(count):
        for _ in range(count):
            indicator = IndicatorFactory(themes=[ThemeFactory()])
            for year in range(2015, 2024):
                IndicatorValue.objects.create(
                    indicator=indicator, municipality=zwolle, period=f"{year}JJ00", value=Decimal("1.5")
                )

    measure(reverse("municipalities:figures_csv", args=[zwolle.slug]), grow)


def test_compare_view_keeps_its_query_count(measure, member):  # noqa: F811
    """More municipalities (up to the five chosen), indicators and periods: the same queries."""
    places, grown = [], {"indicators": 0}

    def grow(count):
        for _ in range(count):
            places.append(MunicipalityFactory(**LIKE_ZWOLLE))
            indicator = IndicatorFactory(themes=[ThemeFactory()])
            grown["indicators"] += 1
            for year in range(2010, 2010 + grown["indicators"] + 2):
                for place in (*places[:5], None):
                    IndicatorValue.objects.create(
                        indicator=indicator, municipality=place, period=f"{year}JJ00", value=Decimal(year % 7)
                    )

    def url():
        query = "&".join(f"gemeente={place.slug}" for place in places[:5])
        return f"{reverse('municipalities:compare')}?{query}"

    assert measure(url, grow) <= 15
    assert measure(url, grow, as_member=member) <= 15
    csv_url = lambda: url().replace(reverse("municipalities:compare"), reverse("municipalities:compare_csv"))  # noqa: E731
    assert measure(csv_url, grow) <= 15


def test_compare_view_with_the_comparison_group_keeps_its_query_count(db, measure):  # noqa: F811
    """A larger group, more indicators and periods: the same queries."""
    zwolle = MunicipalityFactory(name="Zwolle", cbs_code="GM0193", **LIKE_ZWOLLE)
    grown = {"indicators": 0}

    def grow(count):
        for _ in range(count):
            peer = MunicipalityFactory(**LIKE_ZWOLLE)
            indicator = IndicatorFactory(themes=[ThemeFactory()])
            grown["indicators"] += 1
            for year in range(2010, 2010 + grown["indicators"] + 2):
                for place in (zwolle, peer, None):
                    IndicatorValue.objects.create(
                        indicator=indicator, municipality=place, period=f"{year}JJ00", value=Decimal(year % 7)
                    )

    url = f"{reverse('municipalities:compare')}?gemeente={zwolle.slug}&groep=1"
    assert measure(url, grow) <= 15
    assert measure(url.replace("vergelijken/", "vergelijken/cijfers.csv"), grow) <= 15


def _startanalysis_world(member):  # noqa: F811
    zwolle = MunicipalityFactory(name="Zwolle", cbs_code="GM0193", **LIKE_ZWOLLE)
    practice = pages.practice("Armoede in Zwolle", municipality=zwolle, leads=[member])
    reader = MemberFactory(first_name="Adviseur")
    practice.memberships.create(member=reader, role="adviser")
    analysis = startanalysis.begin_for_practice(member, practice)
    startanalysis.save(member, analysis, texts={"target_groups": "Ouderen.", "causes": "Weinig contact."}, share=True)

    def grow(count):
        """More themes and indicators in the figures, each with a note."""
        for _ in range(count):
            theme = ThemeFactory()
            indicator = IndicatorFactory(themes=[theme])
            for place in (zwolle, None, MunicipalityFactory(**LIKE_ZWOLLE)):
                IndicatorValue.objects.create(indicator=indicator, municipality=place, period="2023JJ00", value=1)
        current = startanalysis.refresh_figures(member, analysis)
        notes = {key: f"Over {key}." for key in startanalysis.snapshot_theme_keys(current)}
        startanalysis.save(member, current, texts={}, theme_notes=notes)

    return practice, reader, grow


def test_startanalysis_worksheet_keeps_its_query_count(measure, member):  # noqa: F811
    practice, _reader, grow = _startanalysis_world(member)
    url = reverse("startanalysis:practice", kwargs={"practice_id": practice.pk})
    measure(url, grow, as_member=member)


def test_startanalysis_to_read_keeps_its_query_count(measure, member):  # noqa: F811
    practice, reader, grow = _startanalysis_world(member)
    url = reverse("startanalysis:practice", kwargs={"practice_id": practice.pk})
    measure(url, grow, as_member=reader)
