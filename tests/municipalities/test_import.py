import pytest
from django.core.management import CommandError, call_command

from municipalities.models import Municipality
from municipalities.services import MunicipalityFileError, import_municipalities

CBS_HEADER = "Gemeentecode;GemeentecodeGM;Gemeentenaam;Provinciecode;ProvinciecodePV;Provincienaam\n"

GOOD_CSV = CBS_HEADER + (
    "0014;GM0014;Groningen;20;PV20;Groningen\n"
    "0344;GM0344;Utrecht;26;PV26;Utrecht\n"
    "0080;GM0080;Leeuwarden;21;PV21;Fryslân\n"
    "0518;GM0518;'s-Gravenhage;28;PV28;Zuid-Holland\n"
)

BAD_CSV = CBS_HEADER + (
    "0014;GM0014;Groningen;20;PV20;Groningen\n"  # line 2: good
    "abc;GMabc;Nergensdorp;26;PV26;Utrecht\n"  # line 3: bad code
    "0344;GM0344;;26;PV26;Utrecht\n"  # line 4: no name
    "0363;GM0363;Amsterdam;;;Atlantis\n"  # line 5: unknown province
    "\n"  # line 6: blank, skipped
    "0599;GM0599;Rotterdam;28;PV28;Zuid-Holland\n"  # line 7: good
    "0014;GM0014;Groningen;20;PV20;Groningen\n"  # line 8: duplicate of line 2
)


@pytest.fixture
def csv_file(tmp_path):
    def write(text, name="gemeenten.csv", encoding="utf-8"):
        path = tmp_path / name
        path.write_text(text, encoding=encoding)
        return path

    return write


@pytest.mark.django_db
def test_import_of_the_cbs_format_creates_municipalities(csv_file, capsys):
    call_command("import_municipalities", str(csv_file(GOOD_CSV)))

    assert Municipality.objects.count() == 4
    leeuwarden = Municipality.objects.get(cbs_code="GM0080")
    assert (leeuwarden.name, leeuwarden.province, leeuwarden.slug) == ("Leeuwarden", "fryslan", "leeuwarden")
    assert Municipality.objects.get(cbs_code="GM0518").slug == "s-gravenhage"
    assert "4 toegevoegd" in capsys.readouterr().out


@pytest.mark.django_db
def test_importing_twice_creates_no_duplicates_and_updates_changed_names(csv_file, capsys):
    path = csv_file(GOOD_CSV)
    call_command("import_municipalities", str(path))
    call_command("import_municipalities", str(path))
    assert Municipality.objects.count() == 4
    assert "0 toegevoegd, 0 bijgewerkt, 4 ongewijzigd" in capsys.readouterr().out

    call_command("import_municipalities", str(csv_file(GOOD_CSV.replace(";'s-Gravenhage;", ";Den Haag;"))))
    assert Municipality.objects.get(cbs_code="GM0518").name == "Den Haag"
    assert Municipality.objects.count() == 4
    assert "0 toegevoegd, 1 bijgewerkt, 3 ongewijzigd" in capsys.readouterr().out


@pytest.mark.django_db
def test_bad_rows_are_reported_by_line_and_good_rows_still_imported(csv_file, capsys):
    with pytest.raises(CommandError, match="4 rijen"):
        call_command("import_municipalities", str(csv_file(BAD_CSV)))

    assert set(Municipality.objects.values_list("cbs_code", flat=True)) == {"GM0014", "GM0599"}
    errors = capsys.readouterr().err.splitlines()
    assert errors == [
        "Regel 3: “GMABC” is geen CBS-gemeentecode (GM gevolgd door vier cijfers).",
        "Regel 4: De naam van de gemeente ontbreekt.",
        "Regel 5: De provincie ontbreekt of is onbekend.",
        "Regel 8: GM0014 stond al op regel 2.",
    ]


def test_plain_column_names_comma_separated_and_numeric_codes_are_accepted(db):
    report = import_municipalities("cbs_code,name,province\n344,Utrecht,Utrecht\nGM0080,Leeuwarden,Friesland\n")
    assert report.created == 2
    assert Municipality.objects.get(cbs_code="GM0344").province == "utrecht"


@pytest.mark.django_db
def test_a_file_without_the_needed_columns_is_refused_whole(csv_file):
    with pytest.raises(CommandError, match="kolommen"):
        call_command("import_municipalities", str(csv_file("naam;inwoners\nUtrecht;360000\n")))
    assert not Municipality.objects.exists()


@pytest.mark.django_db
def test_an_empty_or_unreadable_file_gives_a_message(csv_file, tmp_path):
    with pytest.raises(CommandError, match="leeg"):
        call_command("import_municipalities", str(csv_file("")))
    with pytest.raises(CommandError, match="kan niet worden gelezen"):
        call_command("import_municipalities", str(tmp_path / "bestaat-niet.csv"))
    with pytest.raises(CommandError, match="kan niet worden gelezen"):
        call_command("import_municipalities", str(csv_file(GOOD_CSV, encoding="utf-16")), encoding="utf-8")


def test_the_file_error_is_a_domain_exception(db):
    with pytest.raises(MunicipalityFileError):
        import_municipalities("")


def test_a_code_of_digit_like_signs_is_a_bad_row_not_a_crash(db):
    report = import_municipalities("cbs_code,name,province\n²,Utrecht,Utrecht\nGM0080,Leeuwarden,Friesland\n")
    assert report.created == 1
    assert len(report.errors) == 1
