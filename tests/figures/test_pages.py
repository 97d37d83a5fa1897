import csv
import io
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from figures.models import Direction, IndicatorValue
from members.models import ProfileVisibility
from municipalities.models import SizeClass, Urbanisation
from tests import pages
from tests.factories import IndicatorFactory, MemberFactory, MunicipalityFactory


def value(indicator, municipality, period, number, example=False):
    return IndicatorValue.objects.create(
        indicator=indicator, municipality=municipality, period=period, value=Decimal(number), example=example
    )


def town(name, code, size=SizeClass.FROM_100K, urbanisation=Urbanisation.STRONGLY_URBAN):
    return MunicipalityFactory(
        name=name, cbs_code=code, province="overijssel", size_class=size, urbanisation=urbanisation
    )


@pytest.fixture
def figures(db):
    zwolle = town("Zwolle", "GM0193")
    peers = [town("Deventer", "GM0150"), town("Enschede", "GM0153"), town("Apeldoorn", "GM0200")]
    town("Kampen", "GM0166", size=SizeClass.FROM_50K)  # another size: not in the group
    poverty = pages.theme("aanpak-armoede")
    income = IndicatorFactory(
        code="laag-inkomen",
        name="Huishoudens met een laag inkomen",
        direction=Direction.HIGHER_IS_WORSE,
        source="CBS StatLine",
        table_id="85618NED",
        themes=[poverty],
    )
    for period, number in (("2021JJ00", "9.1"), ("2022JJ00", "8.8"), ("2023JJ00", "8.6")):
        value(income, zwolle, period, number)
    for period, number in (("2021JJ00", "7.9"), ("2022JJ00", "7.7"), ("2023JJ00", "7.5")):
        value(income, None, period, number)
    for peer, number in zip(peers, ("7.0", "9.4", "8.0"), strict=True):
        value(income, peer, "2023JJ00", number)
    dossier = pages.dossier("aanpak-armoede", title="Wat werkt bij armoede")
    dossier.related_elements.set([pages.element("vaste-contactpersoon")])
    dossier.save()
    open_lead = MemberFactory(first_name="Open", last_name="Trekker", profile__visibility=ProfileVisibility.PUBLIC)
    closed_lead = MemberFactory(first_name="Besloten", last_name="Trekker")
    pages.practice(
        "Armoede samen aanpakken in Deventer", municipality=peers[0], themes=[poverty], leads=[open_lead, closed_lead]
    )
    pages.practice("Armoede in Kampen", municipality=MunicipalityFactory(name="Kampen2"), themes=[poverty])
    return {"zwolle": zwolle, "income": income, "peers": peers}


def page(client, municipality):
    response = client.get(reverse("municipalities:detail", args=[municipality.slug]))
    assert response.status_code == 200
    return response.content.decode(), BeautifulSoup(response.content, "html.parser")


def test_the_page_shows_latest_value_national_value_group_median_and_direction_in_words(client, figures):
    content, soup = page(client, figures["zwolle"])
    article = soup.find("h4", string="Huishoudens met een laag inkomen").find_parent("article")
    text = " ".join(article.get_text(" ").split())

    assert "8,6%" in text  # the latest value
    assert "7,5%" in text and "hoger dan landelijk: ongunstiger" in text
    assert "8,0%" in text and "van 7,0% tot 9,4%" in text  # the group's median and spread
    assert "hoger dan in de groep: ongunstiger" in text
    assert "gedaald sinds 2021: een verbetering" in text
    assert "Lager is beter" in text
    assert "Bron: CBS StatLine, 2021 tot 2023. Tabel 85618NED." in text
    assert "gemeenten met 100.000 tot 250.000 inwoners die sterk stedelijk zijn" in content
    assert "vergeleken met 3 vergelijkbare gemeenten" in content
    assert "voorbeeldcijfers" not in content.lower()


def test_each_chart_has_an_accessible_name_and_a_table_of_its_figures(client, figures):
    _content, soup = page(client, figures["zwolle"])
    svg = soup.find("svg")

    assert svg["role"] == "img"
    title_id, description_id = svg["aria-labelledby"].split()
    assert "Huishoudens met een laag inkomen in Zwolle, 2021 tot 2023" in soup.find(id=title_id).get_text()
    assert soup.find(id=description_id).name == "desc"
    assert svg.find("polyline", class_="ln-chart__line--national")
    assert not soup.select("[style]")
    table = svg.find_next("table")
    rows = [[cell.get_text(strip=True) for cell in row.find_all(["th", "td"])] for row in table.find_all("tr")]
    assert rows == [
        ["Periode", "Zwolle", "Landelijk"],
        ["2021", "9,1%", "7,9%"],
        ["2022", "8,8%", "7,7%"],
        ["2023", "8,6%", "7,5%"],
    ]


def test_next_to_the_theme_the_dossier_elements_and_practices_in_comparable_municipalities(client, figures):
    _content, soup = page(client, figures["zwolle"])
    aside = soup.find("aside", class_="ln-figures-theme__knowledge")
    text = aside.get_text(" ")

    assert "Wat werkt bij armoede" in text
    assert "Vaste contactpersoon" in text
    assert "Armoede samen aanpakken in Deventer" in text
    assert "Armoede in Kampen" not in text  # not a comparable municipality
    assert "Open Trekker" in text and "Besloten Trekker" not in text  # as far as their profiles allow


def test_members_see_the_trekkers_whose_profile_is_for_members(client, figures):
    client.force_login(MemberFactory())
    _content, soup = page(client, figures["zwolle"])
    text = soup.find("aside", class_="ln-figures-theme__knowledge").get_text(" ")
    assert "Open Trekker" in text and "Besloten Trekker" in text


def test_example_figures_say_so_plainly(client, figures):
    IndicatorValue.objects.update(example=True)
    content, _soup = page(client, figures["zwolle"])
    assert "Voorbeeldcijfers" in content
    assert "geen gepubliceerde cijfers" in content


def test_a_municipality_with_figures_only_has_a_page_and_one_without_anything_has_none(client, figures):
    assert client.get(reverse("municipalities:detail", args=[figures["peers"][1].slug])).status_code == 200
    nothing = MunicipalityFactory(name="Leeg", cbs_code="GM0998")
    assert client.get(reverse("municipalities:detail", args=[nothing.slug])).status_code == 404
    assert client.get(reverse("municipalities:figures_csv", args=[nothing.slug])).status_code == 404


def test_the_csv_download_holds_what_is_on_the_page(client, figures):
    response = client.get(reverse("municipalities:figures_csv", args=[figures["zwolle"].slug]))

    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="cijfers-zwolle.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:5] == ["Thema", "Indicator", "Eenheid", "Periode", "Zwolle"]
    assert rows[1][:6] == ["Aanpak armoede", "Huishoudens met een laag inkomen", "%", "2021", "9,1", "7,9"]
    assert rows[3][3:12] == ["2023", "8,6", "7,5", "8", "7", "9,4", "CBS StatLine", "85618NED", "nee"]


def test_the_index_lists_municipalities_with_figures_and_searches_by_name(client, figures):
    content = client.get(reverse("municipalities:index")).content.decode()
    assert "Zwolle" in content and "Deventer" in content

    content = client.get(reverse("municipalities:index"), {"q": "zwol"}).content.decode()
    assert ">Zwolle<" in content and ">Deventer<" not in content

    content = client.get(reverse("municipalities:index"), {"q": "Nergensdorp"}).content.decode()
    assert "Geen gemeente in het netwerk gevonden voor “Nergensdorp”." in content


@pytest.mark.parametrize("query", ["%00", "x" * 3000, "%FF", "'\"<>"])
def test_odd_search_input_never_fails(client, figures, query):
    response = client.get(reverse("municipalities:index") + "?q=" + query)
    assert response.status_code == 200


def test_one_value_is_still_shown_without_a_chart(client, db):
    lonely = town("Eenling", "GM0997")
    value(IndicatorFactory(code="een"), lonely, "2023JJ00", "4")
    content, soup = page(client, lonely)
    assert soup.find("svg") is None
    assert "4,0%" in content
    assert "Geen andere gemeente heeft dezelfde grootte en stedelijkheid" in content


def test_a_count_is_not_compared_with_the_countrys_total_in_words(client, figures):
    inhabitants = IndicatorFactory(
        code="inwoners", name="Inwoners", unit="inwoners", decimals=0, direction=Direction.NEUTRAL, additive=True
    )
    value(inhabitants, figures["zwolle"], "2023JJ00", "131000")
    value(inhabitants, None, "2023JJ00", "17800000")
    for peer, number in zip(figures["peers"], ("100000", "160000", "165000"), strict=True):
        value(inhabitants, peer, "2023JJ00", number)

    _content, soup = page(client, figures["zwolle"])
    text = " ".join(soup.find("h4", string="Inwoners").find_parent("article").get_text(" ").split())
    assert "landelijk" in text.lower()  # the country's total is shown ...
    assert "dan landelijk" not in text  # ... but not compared with
    assert "lager dan in de groep" in text  # comparable municipalities are

    compared = client.get(reverse("municipalities:compare") + f"?gemeente={figures['zwolle'].slug}&groep=1")
    table = BeautifulSoup(compared.content, "html.parser").find("caption", string=lambda s: s and "Inwoners" in s)
    assert "dan landelijk" not in " ".join(table.find_parent("table").get_text(" ").split())
