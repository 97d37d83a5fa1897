"""The compare view: up to five municipalities side by side, or one with its comparison
group, per theme and indicator against the country; odd input gives a message in words."""

import csv
import io
from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from figures.models import Direction
from municipalities.models import SizeClass
from tests.factories import IndicatorFactory, MemberFactory, MunicipalityFactory
from tests.figures.test_pages import figures, town, value  # noqa: F401 (the fixture)

COMPARE = reverse("municipalities:compare")


def compare_url(*slugs, group=False, path=COMPARE):
    return path + "?" + urlencode([("gemeente", slug) for slug in slugs] + ([("groep", "1")] if group else []))


def open_page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def words(element):
    return " ".join(element.get_text(" ").split())


def indicator_table(soup, name="Huishoudens met een laag inkomen"):
    article = soup.find("h4", string=name).find_parent("article")
    return {
        words(row.find("th")): [words(cell) for cell in row.find_all("td")]
        for row in article.find("table").find("tbody").find_all("tr")
    }, article


def messages(soup):
    alert = soup.select_one(".ln-compare-messages")
    return words(alert) if alert else ""


def chosen_in_picker(soup):
    return [
        (select.find("option", selected=True) or {}).get("value", "") for select in soup.select("select[name=gemeente]")
    ]


def test_two_municipalities_side_by_side_with_the_national_value(client, figures):  # noqa: F811
    zwolle, deventer = figures["zwolle"], figures["peers"][0]
    soup = open_page(client, compare_url(zwolle.slug, deventer.slug))

    rows, article = indicator_table(soup)
    assert rows["Zwolle"] == ["8,6%", "2023", "hoger dan landelijk: ongunstiger"]
    assert rows["Deventer"] == ["7,0%", "2023", "lager dan landelijk: gunstiger"]
    assert rows["Landelijk"][:2] == ["7,5%", "2023"]
    assert "Bron: CBS StatLine, 2021 tot 2023. Tabel 85618NED." in words(article)
    assert "Lager is beter" in words(article)
    chart = article.find("svg", role="img")
    title = chart.find("title").get_text()
    assert title == "Huishoudens met een laag inkomen, de laatste cijfers naast elkaar (2023)"
    assert chart.find("desc").get_text() == "Zwolle: 8,6%; Deventer: 7,0%; Landelijk: 7,5%"
    labels = [text.get_text() for text in chart.select(".ln-chart__label")]
    assert labels == ["Zwolle", "Deventer", "Landelijk"]  # every bar says whose it is
    assert chosen_in_picker(soup) == ["zwolle", "deventer", "", "", ""]
    assert "voorbeeldcijfers" not in soup.get_text().lower()
    assert soup.find("h2", id="comparison-heading").get_text() == "Zwolle en Deventer"


def test_a_municipality_without_a_figure_shows_a_dash_and_says_no_figure(client, figures):  # noqa: F811
    kampen = MunicipalityFactory(name="Kampen zonder cijfers", cbs_code="GM0997")
    soup = open_page(client, compare_url(figures["zwolle"].slug, kampen.slug))

    rows, article = indicator_table(soup)
    assert rows["Kampen zonder cijfers"][:2] == ["–", "geen cijfer"]
    assert "Kampen zonder cijfers: geen cijfer" in article.find("desc").get_text()
    assert "Er zijn geen cijfers van Kampen zonder cijfers" in words(soup)
    assert chosen_in_picker(soup)[:2] == ["zwolle", kampen.slug]  # kept, though it has no figures


def test_the_latest_period_is_each_municipalitys_own_and_says_which(client, figures):  # noqa: F811
    zwolle, deventer = figures["zwolle"], figures["peers"][0]
    value(figures["income"], zwolle, "2024JJ00", "8.1")
    soup = open_page(client, compare_url(zwolle.slug, deventer.slug))

    rows, article = indicator_table(soup)
    assert rows["Zwolle"][:2] == ["8,1%", "2024"]
    assert rows["Deventer"][:3] == ["7,0%", "2023", "lager dan landelijk: gunstiger"]  # against 2023's 7,5%
    assert rows["Landelijk"][:2] == ["–", "geen cijfer"]  # no national value for 2024 yet
    assert "Deventer (2023)" in [text.get_text() for text in article.select(".ln-chart__label")]


def test_a_municipality_with_its_comparison_group_shows_median_range_and_the_whole_group(client, figures):  # noqa: F811
    zwolle = figures["zwolle"]
    soup = open_page(client, compare_url(zwolle.slug, group=True))

    rows, article = indicator_table(soup)
    assert rows["Zwolle"] == ["8,6%", "2023", "hoger dan landelijk: ongunstiger", "hoger dan in de groep: ongunstiger"]
    assert rows["Vergelijkingsgroep (mediaan)"] == [
        "8,0%",
        "2023",
        "hoger dan landelijk: ongunstiger",
        "van 7,0% tot 9,4% (3 gemeenten)",
    ]
    whole_group = article.find("details")
    assert "De hele groep in 2023, laagste eerst (4 gemeenten)" in words(whole_group.find("summary"))
    assert [words(row.find("th")) for row in whole_group.find("tbody").find_all("tr")] == [
        "Deventer",
        "Apeldoorn",
        "Zwolle (gekozen)",
        "Enschede",
    ]
    labels = [text.get_text() for text in article.select(".ln-chart__label")]
    assert labels == [
        "Zwolle",
        "Vergelijkingsgroep, mediaan",
        "Laagste in de groep: Deventer",
        "Hoogste in de groep: Enschede",
        "Landelijk",
    ]
    assert "vergeleken met 3 vergelijkbare gemeenten" in words(soup)
    assert soup.find("input", id="groep").has_attr("checked")
    assert "Kampen" not in words(whole_group)  # another size class


def test_a_group_goes_with_one_municipality_the_first(client, figures):  # noqa: F811
    zwolle, deventer = figures["zwolle"], figures["peers"][0]
    soup = open_page(client, compare_url(zwolle.slug, deventer.slug, group=True))

    assert "Een vergelijkingsgroep hoort bij één gemeente: je ziet Zwolle met haar groep" in messages(soup)
    rows, _article = indicator_table(soup)
    assert list(rows) == ["Zwolle", "Vergelijkingsgroep (mediaan)", "Landelijk"]


def test_a_municipality_without_size_and_urbanisation_has_no_group_and_the_page_says_why(client, figures):  # noqa: F811
    elsewhere = MunicipalityFactory(name="Onbekend groot", cbs_code="GM0999")
    value(figures["income"], elsewhere, "2023JJ00", "6.0")
    soup = open_page(client, compare_url(elsewhere.slug, group=True))

    assert "er is geen vergelijkingsgroep" in words(soup).lower()
    rows, _article = indicator_table(soup)
    assert list(rows) == ["Onbekend groot", "Landelijk"]


def test_more_than_five_shows_the_first_five_and_says_so(client, figures):  # noqa: F811
    towns = [figures["zwolle"], *figures["peers"]] + [
        town(f"Plaats {n}", f"GM09{n:02d}", size=SizeClass.FROM_20K) for n in range(3)
    ]
    soup = open_page(client, compare_url(*(place.slug for place in towns)))

    assert "Je kunt hoogstens 5 gemeenten tegelijk vergelijken. Je ziet de eerste 5" in messages(soup)
    rows, _article = indicator_table(soup)
    assert list(rows) == ["Zwolle", "Deventer", "Enschede", "Apeldoorn", "Plaats 0", "Landelijk"]
    assert chosen_in_picker(soup) == [place.slug for place in towns[:5]]


def test_unknown_and_repeated_municipalities_are_named_and_the_rest_is_compared(client, figures):  # noqa: F811
    zwolle, deventer = figures["zwolle"], figures["peers"][0]
    soup = open_page(client, compare_url("atlantis", zwolle.slug, zwolle.slug, "", deventer.slug))

    assert "Er is geen gemeente “atlantis”. Kies een gemeente uit de lijst." in messages(soup)
    assert "Je koos Zwolle meer dan één keer" in messages(soup)
    rows, _article = indicator_table(soup)
    assert list(rows) == ["Zwolle", "Deventer", "Landelijk"]
    assert chosen_in_picker(soup) == ["zwolle", "deventer", "", "", ""]


def test_without_a_choice_the_picker_lists_municipalities_with_figures(client, figures):  # noqa: F811
    soup = open_page(client, COMPARE)

    assert soup.find("h2", id="comparison-heading") is None
    assert messages(soup) == ""
    first = soup.find("select", id="gemeente-1")
    assert soup.find("label", attrs={"for": "gemeente-1"}).get_text() == "Gemeente 1"
    assert [option.get_text() for option in first.find_all("option")] == [
        "(geen)",
        "Apeldoorn",
        "Deventer",
        "Enschede",
        "Zwolle",
    ]
    assert len(soup.select("select[name=gemeente]")) == 5


@pytest.mark.parametrize(
    "query",
    [
        "gemeente=%00",
        "gemeente=zwolle%00&gemeente=%E2%80%AE",
        "gemeente=%FF&groep=%FF",
        "gemeente=" + "x" * 3000,
        "groep=1",
        "groep=1&gemeente=",
        "&".join(["gemeente=zwolle"] * 500),
        "&".join(f"gemeente=plaats-{n}" for n in range(500)),
        "gemeente[]=zwolle",
    ],
)
def test_odd_input_gives_a_page_never_an_error(client, figures, query):  # noqa: F811
    response = client.get(f"{COMPARE}?{query}")
    assert response.status_code == 200
    csv_response = client.get(f"{reverse('municipalities:compare_csv')}?{query}")
    assert csv_response.status_code in (200, 404)


def test_a_very_long_list_is_cut_and_said_in_words(client, figures):  # noqa: F811
    soup = open_page(client, COMPARE + "?" + "&".join(f"gemeente=plaats-{n}" for n in range(500)))

    assert "Dat was een heel lange lijst. Alleen de eerste 20 keuzes zijn gelezen." in messages(soup)
    assert "Er zijn geen gemeenten “plaats-0”, “plaats-1”" in messages(soup)


def test_the_compare_view_is_public_for_visitors_and_members_alike(client, figures):  # noqa: F811
    url = compare_url(figures["zwolle"].slug, group=True)
    anonymous = client.get(url).content
    client.force_login(MemberFactory())
    member = client.get(url).content
    assert b"8,6%" in anonymous and b"8,6%" in member


def test_example_figures_say_so(client, figures):  # noqa: F811
    deventer = figures["peers"][0]
    example = IndicatorFactory(code="voorbeeld", name="Voorbeeldindicator", direction=Direction.NEUTRAL)
    value(example, deventer, "2023JJ00", "3", example=True)
    soup = open_page(client, compare_url(figures["zwolle"].slug, deventer.slug))

    assert "Voorbeeldcijfers." in words(soup.select_one(".ln-figures-notice"))
    rows, article = indicator_table(soup, "Voorbeeldindicator")
    assert rows["Zwolle"][:2] == ["–", "geen cijfer"]
    assert "Voorbeeldcijfers, niet gepubliceerd." in words(article)


def test_the_csv_holds_every_period_per_municipality_and_the_group(client, figures):  # noqa: F811
    zwolle = figures["zwolle"]
    response = client.get(compare_url(zwolle.slug, group=True, path=reverse("municipalities:compare_csv")))

    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="vergelijking-zwolle.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:9] == [
        "Thema",
        "Indicator",
        "Eenheid",
        "Periode",
        "Zwolle",
        "Landelijk",
        "Mediaan vergelijkingsgroep",
        "Laagste in vergelijkingsgroep",
        "Hoogste in vergelijkingsgroep",
    ]
    assert rows[1][:5] == ["Aanpak armoede", "Huishoudens met een laag inkomen", "%", "2021", "9,1"]
    assert rows[3][3:10] == ["2023", "8,6", "7,5", "8", "7", "9,4", "3"]


def test_the_csv_of_several_municipalities_keeps_text_from_becoming_a_formula(client, figures):  # noqa: F811
    zwolle, deventer = figures["zwolle"], figures["peers"][0]
    formula = IndicatorFactory(code="formule", name="=HYPERLINK(1)", source="+CBS")
    value(formula, deventer, "2023JJ00", "1")
    response = client.get(compare_url(zwolle.slug, deventer.slug, path=reverse("municipalities:compare_csv")))

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][4:6] == ["Zwolle", "Deventer"]
    row = next(row for row in rows if row[1].endswith("HYPERLINK(1)"))
    assert row[1] == "'=HYPERLINK(1)" and "'+CBS" in row
    assert row[4:7] == ["", "1", ""]  # Zwolle has no figure, nor has the country


def test_the_csv_without_a_choice_is_not_found(client, figures):  # noqa: F811
    assert client.get(reverse("municipalities:compare_csv")).status_code == 404
    assert client.get(compare_url("atlantis", path=reverse("municipalities:compare_csv"))).status_code == 404


def test_a_municipality_named_vergelijken_keeps_a_page_of_its_own(client, figures):  # noqa: F811
    named = MunicipalityFactory(name="Vergelijken", cbs_code="GM0998")
    value(figures["income"], named, "2023JJ00", "5")

    assert named.slug == "vergelijken-gm0998"
    assert client.get(reverse("municipalities:detail", args=[named.slug])).status_code == 200
    soup = open_page(client, COMPARE)
    assert soup.find("h1").get_text() == "Gemeenten vergelijken"


def test_the_municipality_page_and_the_index_link_to_the_comparison(client, figures):  # noqa: F811
    zwolle = figures["zwolle"]
    detail = open_page(client, reverse("municipalities:detail", args=[zwolle.slug]))
    links = {words(link): link["href"] for link in detail.select(".ln-compare-links a")}
    assert links == {
        "haar vergelijkingsgroep": compare_url("zwolle", group=True),
        "andere gemeenten naar keuze": compare_url("zwolle"),
    }
    index = open_page(client, reverse("municipalities:index"))
    assert index.find("a", href=COMPARE).get_text() == "Gemeenten naast elkaar vergelijken"
