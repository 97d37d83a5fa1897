"""Figures for the demo municipalities: GENERATED example figures (voorbeeldcijfers).

Published figures cannot ship in the repository, so the demo makes its own: the same
numbers on every run (a random generator seeded with the municipality's CBS code), of a
believable size, written as a StatLine CSV export and read through the same import as a
real file (figures.services.import_table), marked as examples so that every page that
shows them says so. They say nothing about the real municipalities.
"""

import random
from pathlib import Path

from demo.content.municipalities import DEMO_MUNICIPALITIES_CSV
from figures.models import Direction, Granularity, Indicator
from figures.services import import_table
from themes.models import Theme

TABLE = "VOORBEELD"
SOURCE = "Voorbeeldcijfers (gegenereerd voor de demo)"
YEARS = range(2019, 2025)
SURVEY_YEARS = (2020, 2022, 2024)  # the health monitor asks every two years

# (code, name, unit, decimals, direction, themes, definition, additive)
INDICATORS = [
    (
        "inwoners",
        "Inwoners",
        "inwoners",
        0,
        Direction.NEUTRAL,
        [],
        "Aantal inwoners op 1 januari. CBS publiceert het in de Regionale kerncijfers Nederland.",
        True,
    ),
    (
        "stedelijkheid",
        "Stedelijkheid",
        "",
        0,
        Direction.NEUTRAL,
        [],
        "Mate van stedelijkheid, van 1 (zeer sterk stedelijk) tot 5 (niet stedelijk), naar de "
        "dichtheid van adressen (CBS).",
        False,
    ),
    (
        "laag-inkomen",
        "Huishoudens met een laag inkomen",
        "%",
        1,
        Direction.HIGHER_IS_WORSE,
        ["aanpak-armoede"],
        "Aandeel particuliere huishoudens met een inkomen onder de lage-inkomensgrens (CBS).",
        False,
    ),
    (
        "problematische-schulden",
        "Huishoudens met problematische schulden",
        "%",
        1,
        Direction.HIGHER_IS_WORSE,
        ["aanpak-armoede"],
        "Aandeel huishoudens met geregistreerde problematische schulden (CBS, Schuldenproblematiek in beeld).",
        False,
    ),
    (
        "ernstig-eenzaam",
        "Volwassenen die zich ernstig eenzaam voelen",
        "%",
        1,
        Direction.HIGHER_IS_WORSE,
        ["eenzaamheid"],
        "Aandeel inwoners van 18 jaar en ouder dat zich (zeer) ernstig eenzaam voelt "
        "(Gezondheidsmonitor Volwassenen en Ouderen, GGD'en, CBS en RIVM).",
        False,
    ),
]

# A believable order of size for the larger demo municipalities (rounded, generated
# figures vary around it); the others get a size between 25,000 and 120,000.
ROUGH_SIZE = {
    "GM0363": 900_000,
    "GM0599": 660_000,
    "GM0518": 560_000,
    "GM0344": 370_000,
    "GM0772": 240_000,
    "GM0014": 235_000,
    "GM0034": 220_000,
    "GM0855": 225_000,
    "GM0758": 185_000,
    "GM0268": 180_000,
    "GM0200": 165_000,
    "GM0202": 165_000,
    "GM0392": 165_000,
    "GM0307": 160_000,
    "GM0796": 160_000,
    "GM0153": 160_000,
    "GM0479": 160_000,
    "GM0193": 130_000,
    "GM0546": 130_000,
    "GM0505": 120_000,
    "GM0637": 125_000,
    "GM0935": 120_000,
}
NATIONAL = {"laag-inkomen": 7.5, "problematische-schulden": 5.0, "ernstig-eenzaam": 11.5}


def ensure_indicators():
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    for code, name, unit, decimals, direction, theme_slugs, definition, additive in INDICATORS:
        indicator, _created = Indicator.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "unit": unit,
                "decimals": decimals,
                "direction": direction,
                "definition": definition,
                "additive": additive,
                "source": SOURCE,
                "table_id": TABLE,
                "measure_key": code.replace("-", "_"),
                "granularity": Granularity.YEAR,
            },
        )
        indicator.themes.set([themes[slug] for slug in theme_slugs if slug in themes])


def _municipality_codes():
    lines = Path(DEMO_MUNICIPALITIES_CSV).read_text(encoding="utf-8-sig").splitlines()[1:]
    return [line.split(";")[1] for line in lines if line.strip()]


def _rows_for(code):
    """One municipality's generated rows: the same numbers on every run."""
    rng = random.Random(f"lerend-netwerk-{code}")
    population = ROUGH_SIZE.get(code) or rng.randrange(25_000, 120_000)
    urbanisation = 1 if population >= 250_000 else 2 if population >= 120_000 else rng.choice((2, 3, 3, 4))
    pressure = rng.uniform(-1.5, 2.5) + (3 - urbanisation) * 0.6  # cities: more low incomes
    rows = []
    for step, year in enumerate(YEARS):
        lonely = ""
        if year in SURVEY_YEARS:
            lonely = f"{NATIONAL['ernstig-eenzaam'] + pressure * 0.8 + rng.uniform(-0.8, 0.8):.1f}"
        rows.append(
            [
                code,
                f"{year}JJ00",
                str(round(population * (1 + 0.006 * step) + rng.randrange(-300, 300))),
                str(urbanisation),
                f"{NATIONAL['laag-inkomen'] + pressure - 0.15 * step + rng.uniform(-0.3, 0.3):.1f}",
                f"{NATIONAL['problematische-schulden'] + pressure * 0.7 - 0.1 * step + rng.uniform(-0.3, 0.3):.1f}",
                lonely,
            ]
        )
    return rows


def _national_rows():
    rows = []
    for step, year in enumerate(YEARS):
        rows.append(
            [
                "NL01",
                f"{year}JJ00",
                str(17_280_000 + 110_000 * step),
                "",
                f"{NATIONAL['laag-inkomen'] - 0.15 * step:.1f}",
                f"{NATIONAL['problematische-schulden'] - 0.1 * step:.1f}",
                f"{NATIONAL['ernstig-eenzaam'] + 0.2 * step:.1f}" if year in SURVEY_YEARS else "",
            ]
        )
    return rows


def example_csv():
    """The generated figures as a StatLine-style CSV export (semicolons, CBS periods)."""
    header = ["RegioS", "Perioden", *[code.replace("-", "_") for code, *_rest in INDICATORS]]
    rows = _national_rows()
    for code in _municipality_codes():
        rows.extend(_rows_for(code))
    return "\n".join(";".join(row) for row in [header, *rows]) + "\n"


def load():
    ensure_indicators()
    run = import_table(TABLE, csv_text=example_csv(), source="demo/content/figures.py", example=True)
    if run.errors:
        raise ValueError(run.errors)
    return run
