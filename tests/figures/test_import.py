from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command

from figures import sources
from figures.models import ImportRun, IndicatorValue
from figures.services import ImportConfigurationError, current_code, import_table, load_herindelingen
from figures.sources import FetchError
from municipalities.models import SizeClass, Urbanisation
from tests.factories import IndicatorFactory, MunicipalityFactory

CSV_HEADER = "ID;RegioS;Perioden;LaagInkomen_1;Eenzaam_2\n"


@pytest.fixture
def places(db):
    return {
        "zwolle": MunicipalityFactory(name="Zwolle", cbs_code="GM0193", province="overijssel"),
        "deventer": MunicipalityFactory(name="Deventer", cbs_code="GM0150", province="overijssel"),
        "amsterdam": MunicipalityFactory(name="Amsterdam", cbs_code="GM0363", province="noord-holland"),
    }


@pytest.fixture
def indicators(db):
    return {
        "income": IndicatorFactory(code="laag-inkomen", name="Laag inkomen", measure_key="LaagInkomen_1"),
        "lonely": IndicatorFactory(code="eenzaamheid", name="Eenzaam", measure_key="Eenzaam_2"),
    }


def values():
    return {
        (value.indicator.code, value.municipality.cbs_code if value.municipality else "NL", value.period): value.value
        for value in IndicatorValue.objects.select_related("indicator", "municipality")
    }


def test_csv_import_stores_municipal_and_national_values_and_logs_the_run(places, indicators):
    text = CSV_HEADER + (
        "0;NL01  ;2023JJ00;8.1;11.0\n"
        "1;GM0193;2022JJ00;8.4;10.2\n"
        "2;GM0193;2023JJ00;8,6;.\n"  # a decimal comma; "." is CBS for unknown
        "3;PV23  ;2023JJ00;7.2;9.9\n"  # a province: not shown, skipped
    )
    run = import_table("85618NED", csv_text=text, source="export.csv")

    assert values() == {
        ("laag-inkomen", "NL", "2023JJ00"): Decimal("8.1"),
        ("eenzaamheid", "NL", "2023JJ00"): Decimal("11.0"),
        ("laag-inkomen", "GM0193", "2022JJ00"): Decimal("8.4"),
        ("eenzaamheid", "GM0193", "2022JJ00"): Decimal("10.2"),
        ("laag-inkomen", "GM0193", "2023JJ00"): Decimal("8.6"),
    }
    run.refresh_from_db()
    assert run.status == ImportRun.Status.SUCCEEDED
    assert (run.rows_read, run.values_created, run.rows_skipped, run.errors) == (4, 5, 1, "")
    assert run.source == "export.csv" and run.finished_at is not None


def test_bad_rows_are_reported_with_their_line_and_the_good_rows_are_imported(places, indicators):
    text = CSV_HEADER + (
        "0;GM0193;2023JJ00;8.6;10.0\n"
        "1;GM0193;2023;8.6;10.0\n"
        "2;GM0150;2023JJ00;veel;10.0\n"
        "3;GM9999;2023JJ00;5.0;10.0\n"
        "4;;2023JJ00;5.0;10.0\n"
        "5;GM0150;2022JJ00;9.0;12.0\n"
    )
    run = import_table("85618NED", csv_text=text)

    assert run.status == ImportRun.Status.SUCCEEDED_WITH_ERRORS
    assert run.errors.splitlines() == [
        "Regel 3: “2023” is geen CBS-periode zoals 2023JJ00.",
        "Regel 4: “veel” in LaagInkomen_1 is geen getal.",
        "Regel 5: GM9999 is geen bekende gemeente.",
        "Regel 6: De regio (RegioS) ontbreekt.",
    ]
    assert run.rows_skipped == 4
    assert set(values()) == {
        ("laag-inkomen", "GM0193", "2023JJ00"),
        ("eenzaamheid", "GM0193", "2023JJ00"),
        ("laag-inkomen", "GM0150", "2022JJ00"),
        ("eenzaamheid", "GM0150", "2022JJ00"),
    }


def test_importing_the_same_file_twice_changes_nothing(places, indicators):
    text = CSV_HEADER + "0;GM0193;2023JJ00;8.6;10.0\n1;NL01;2023JJ00;8.1;11.0\n"
    import_table("85618NED", csv_text=text)
    before = list(IndicatorValue.objects.order_by("pk").values())

    again = import_table("85618NED", csv_text=text)

    assert list(IndicatorValue.objects.order_by("pk").values()) == before
    assert (again.values_created, again.values_updated, again.values_unchanged) == (0, 0, 4)


def test_a_new_figure_for_the_same_period_replaces_the_old_one(places, indicators):
    import_table("85618NED", csv_text=CSV_HEADER + "0;GM0193;2023JJ00;8.6;10.0\n")
    run = import_table("85618NED", csv_text=CSV_HEADER + "0;GM0193;2023JJ00;8.7;10.0\n")

    assert values()[("laag-inkomen", "GM0193", "2023JJ00")] == Decimal("8.7")
    assert (run.values_created, run.values_updated, run.values_unchanged) == (0, 1, 1)


def test_values_of_a_merged_municipality_move_to_the_current_one(places, indicators):
    weesp = "GM0457"  # merged into Amsterdam (GM0363) in 2022: figures/data/herindelingen.csv
    assert load_herindelingen()[weesp].new_code == "GM0363"
    text = CSV_HEADER + f"0;{weesp};2020JJ00;4.0;9.0\n1;GM0363;2023JJ00;12.0;14.0\n"

    run = import_table("85618NED", csv_text=text)

    assert run.errors == ""
    assert values()[("laag-inkomen", "GM0363", "2020JJ00")] == Decimal("4.0")
    assert values()[("laag-inkomen", "GM0363", "2023JJ00")] == Decimal("12.0")


def test_a_published_figure_of_the_current_municipality_wins_over_a_merged_ones(places, indicators):
    text = CSV_HEADER + "0;GM0457;2021JJ00;4.0;9.0\n1;GM0363;2021JJ00;12.0;14.0\n"
    import_table("85618NED", csv_text=text)
    assert values()[("laag-inkomen", "GM0363", "2021JJ00")] == Decimal("12.0")


def test_shares_of_several_merged_municipalities_are_not_added_up_but_counts_are(db, tmp_path, monkeypatch):
    MunicipalityFactory(name="Voorne aan Zee", cbs_code="GM1992", province="zuid-holland")
    share = IndicatorFactory(code="aandeel", measure_key="Aandeel_1", table_id="T1", additive=False)
    count = IndicatorFactory(code="aantal", measure_key="Aantal_2", table_id="T1", additive=True)
    text = "RegioS;Perioden;Aandeel_1;Aantal_2\nGM0501;2020JJ00;5.0;100\nGM0530;2020JJ00;7.0;250\n"

    run = import_table("T1", csv_text=text)

    assert not IndicatorValue.objects.filter(indicator=share).exists()
    assert IndicatorValue.objects.get(indicator=count).value == Decimal("350")
    assert run.rows_skipped == 1


def test_the_import_sets_size_class_and_urbanisation_from_the_figures(places):
    IndicatorFactory(code="inwoners", measure_key="Inwoners_1", table_id="70072NED", unit="inwoners")
    IndicatorFactory(code="stedelijkheid", measure_key="Stedelijkheid_2", table_id="70072NED", unit="")
    text = (
        "RegioS;Perioden;Inwoners_1;Stedelijkheid_2\n"
        "GM0193;2022JJ00;49000;2\nGM0193;2023JJ00;130000;2\nGM0150;2023JJ00;101000;3\n"
    )
    import_table("70072NED", csv_text=text)

    places["zwolle"].refresh_from_db()
    places["deventer"].refresh_from_db()
    assert (places["zwolle"].size_class, places["zwolle"].urbanisation) == (SizeClass.FROM_100K, 2)
    assert places["deventer"].urbanisation == Urbanisation.MODERATELY_URBAN


def test_odata_import_follows_the_pages_of_the_recorded_answers(places, statline):
    IndicatorFactory(code="laag-inkomen", measure_key="LaagInkomen_1")
    first = sources.table_url("85618NED", ["RegioS", "Perioden", "LaagInkomen_1"])
    second = (
        "https://opendata.cbs.nl/ODataApi/odata/85618NED/TypedDataSet"
        "?$select=RegioS,Perioden,LaagInkomen_1&$format=json&$skiptoken=5"
    )
    statline.answers = {first: "85618NED_page1.json", second: "85618NED_page2.json"}

    run = import_table("85618NED")

    assert statline.requested == [first, second]
    assert first.startswith("https://opendata.cbs.nl/ODataApi/odata/85618NED/TypedDataSet?")
    assert values() == {
        ("laag-inkomen", "NL", "2022JJ00"): Decimal("7.9"),
        ("laag-inkomen", "NL", "2023JJ00"): Decimal("8.1"),
        ("laag-inkomen", "GM0193", "2022JJ00"): Decimal("8.4"),
        ("laag-inkomen", "GM0193", "2023JJ00"): Decimal("8.6"),
        ("laag-inkomen", "GM0150", "2022JJ00"): Decimal("9.0"),
    }
    assert run.status == ImportRun.Status.SUCCEEDED
    assert (run.rows_read, run.rows_skipped) == (8, 2)
    assert run.source == first


@pytest.mark.parametrize(
    "failure",
    [FetchError("StatLine antwoordde 503."), FetchError("StatLine kon niet gelezen worden (timed out).")],
)
def test_a_failing_fetch_keeps_the_existing_figures_and_is_logged(places, statline, failure):
    IndicatorFactory(code="laag-inkomen", measure_key="LaagInkomen_1")
    import_table("85618NED", csv_text="RegioS;Perioden;LaagInkomen_1\nGM0193;2023JJ00;8.6\n")
    first = sources.table_url("85618NED", ["RegioS", "Perioden", "LaagInkomen_1"])
    second = (
        "https://opendata.cbs.nl/ODataApi/odata/85618NED/TypedDataSet"
        "?$select=RegioS,Perioden,LaagInkomen_1&$format=json&$skiptoken=5"
    )
    statline.answers = {first: "85618NED_page1.json", second: failure}  # fails half-way

    run = import_table("85618NED")

    assert values() == {("laag-inkomen", "GM0193", "2023JJ00"): Decimal("8.6")}
    assert run.status == ImportRun.Status.FAILED
    assert run.errors == str(failure)
    assert run.finished_at is not None


def test_an_http_error_becomes_a_fetch_error(monkeypatch):
    import urllib.error

    def refuse(request, timeout):
        raise urllib.error.HTTPError(request.full_url, 500, "Server Error", {}, None)

    monkeypatch.setattr(sources.urllib.request, "urlopen", refuse)
    with pytest.raises(FetchError, match="500"):
        sources.get_json("https://opendata.cbs.nl/ODataApi/odata/85618NED/TypedDataSet")
    with pytest.raises(FetchError):
        sources.get_json("file:///etc/passwd")


def test_a_table_no_indicator_reads_is_refused(db):
    with pytest.raises(ImportConfigurationError):
        import_table("00000NED", csv_text="RegioS;Perioden\n")


def test_the_command_imports_a_csv_file_and_reports_bad_lines(places, indicators, tmp_path, capsys):
    path = tmp_path / "85618NED.csv"
    path.write_text(CSV_HEADER + "0;GM0193;2023JJ00;8.6;10.0\n1;GM0193;2023JJ00;x;y\n2;GM0150;2023;1;1\n")

    with pytest.raises(CommandError, match="niet helemaal geïmporteerd"):
        call_command("import_figures", "85618NED", "--csv", str(path))

    output = capsys.readouterr()
    assert "Regel 4: “2023” is geen CBS-periode" in output.err
    assert "85618NED" in output.out and "2 toegevoegd" in output.out
    assert IndicatorValue.objects.count() == 2


def test_the_command_needs_one_table_for_a_csv_file(places, indicators, tmp_path):
    with pytest.raises(CommandError):
        call_command("import_figures", "--csv", str(tmp_path / "x.csv"))


def test_a_region_and_period_twice_in_one_file_is_reported_and_the_first_kept(places, indicators):
    text = CSV_HEADER + "0;GM0193;2023JJ00;8.6;10.0\n1;GM0193;2023JJ00;9.9;10.0\n"

    run = import_table("85618NED", csv_text=text)

    assert run.errors == "Regel 3: GM0193 2023JJ00 stond al op regel 2."
    assert values()[("laag-inkomen", "GM0193", "2023JJ00")] == Decimal("8.6")


def test_a_nul_character_in_the_file_is_reported_like_any_bad_value(places, indicators):
    run = import_table("85618NED", csv_text=CSV_HEADER + "0;GM0193;2023JJ00;8\x006;10.0\n")

    run.refresh_from_db()
    assert run.errors == "Regel 2: “8\ufffd6” in LaagInkomen_1 is geen getal."


def test_the_command_without_tables_imports_every_table_an_indicator_reads(places, statline, capsys):
    IndicatorFactory(code="laag-inkomen", measure_key="LaagInkomen_1")
    first = sources.table_url("85618NED", ["RegioS", "Perioden", "LaagInkomen_1"])
    second = (
        "https://opendata.cbs.nl/ODataApi/odata/85618NED/TypedDataSet"
        "?$select=RegioS,Perioden,LaagInkomen_1&$format=json&$skiptoken=5"
    )
    statline.answers = {first: "85618NED_page1.json", second: "85618NED_page2.json"}

    call_command("import_figures")

    assert "85618NED: gelukt. 8 rijen gelezen; cijfers: 5 toegevoegd" in capsys.readouterr().out
    assert IndicatorValue.objects.count() == 5


def test_the_shipped_herindelingen_end_at_municipalities_that_still_exist():
    """No old code is a municipality of today's list, every line leads somewhere without a
    loop, and a merged municipality is never merged twice on the same line."""
    import csv
    from pathlib import Path

    shipped = Path(__file__).resolve().parents[2] / "municipalities" / "data" / "demo_municipalities.csv"
    with shipped.open(encoding="utf-8") as file:
        today = {row["GemeentecodeGM"] for row in csv.DictReader(file, delimiter=";")}
    herindelingen = load_herindelingen()

    assert len(herindelingen) >= 50
    assert not today & herindelingen.keys()
    for old_code, herindeling in herindelingen.items():
        assert herindeling.date.month == 1 and herindeling.date.day == 1, old_code
        assert current_code(old_code, herindelingen) not in herindelingen, old_code
    # The demo's merged municipalities end where the demo list says they are today.
    for new_code in {"GM1952", "GM1966", "GM0363"}:
        assert new_code in today
