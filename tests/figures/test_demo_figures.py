from bs4 import BeautifulSoup
from django.urls import reverse

from demo.content import figures as demo_figures
from demo.content import municipalities as demo_municipalities
from figures.comparison import comparison_group
from figures.models import ImportRun, IndicatorValue, period_label
from municipalities.models import Municipality


def test_the_demo_figures_are_generated_the_same_each_time_and_marked_as_examples(client, db):
    demo_municipalities.load()
    first = demo_figures.load()
    stored = list(IndicatorValue.objects.order_by("pk").values_list("indicator__code", "period", "value"))

    again = demo_figures.load()

    assert first.status == again.status == ImportRun.Status.SUCCEEDED
    assert (again.values_created, again.values_updated) == (0, 0)
    assert list(IndicatorValue.objects.order_by("pk").values_list("indicator__code", "period", "value")) == stored
    assert not IndicatorValue.objects.filter(example=False).exists()
    zwolle = Municipality.objects.get(cbs_code="GM0193")
    assert zwolle.size_class and zwolle.urbanisation
    assert comparison_group(zwolle).members
    content = client.get(reverse("municipalities:detail", args=[zwolle.slug])).content.decode()
    assert "Voorbeeldcijfers" in content
    assert "Huishoudens met een laag inkomen" in content


def test_a_demo_municipality_page_links_to_a_working_comparison_with_its_group(client, db):
    demo_municipalities.load()
    demo_figures.load()
    zwolle = Municipality.objects.get(cbs_code="GM0193")
    page = BeautifulSoup(client.get(reverse("municipalities:detail", args=[zwolle.slug])).content, "html.parser")
    links = {" ".join(link.get_text().split()): link["href"] for link in page.select(".ln-compare-links a")}

    comparison = client.get(links["haar vergelijkingsgroep"])
    content = comparison.content.decode()
    assert comparison.status_code == 200
    assert "Voorbeeldcijfers" in content and "Vergelijkingsgroep (mediaan)" in content
    assert "Huishoudens met een laag inkomen" in content
    chosen = client.get(links["andere gemeenten naar keuze"] + "&gemeente=deventer&gemeente=enschede")
    assert chosen.status_code == 200 and "Zwolle, Deventer en Enschede" in chosen.content.decode()


def test_periods_read_as_years_quarters_and_months():
    assert period_label("2023JJ00") == "2023"
    assert period_label("2023KW02") == "2023 K2"
    assert period_label("2023MM05") == "mei 2023"
    assert period_label("onzin") == "onzin"
