#!/usr/bin/env python
"""The compare view against the municipality page: how much more does comparing five
municipalities cost than showing one?

Data: 5 municipalities × 30 indicators (over 3 themes) × 10 years, the national value of
each, and a comparison group of 20 more municipalities of the same size and urbanisation
with the same figures; 320 other municipalities have one figure each, so that the picker
lists about as many municipalities as the country has. Both pages are asked for through Django's test client in this one
process (the same server, code and database), alternating, after a warm-up; the script
prints the median time of each, and the ratio compare / municipality page. The goal is a
ratio of at most 3 (docs/performance.md); the municipality page is the floor, measured in
the same run, so the machine's speed and load cancel out.

    python bench/figures_compare.py                 # 40 requests of each
    python bench/figures_compare.py --requests 100

Needs PostgreSQL. Writes nothing to the project's own databases: it uses its own database
`lerendnetwerk_bench_figures` (made afresh each run), with the test settings.
"""

import argparse
import os
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ADMIN_URL = os.environ.get("BENCH_ADMIN_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
DATABASE = "lerendnetwerk_bench_figures"
MUNICIPALITIES, GROUP, INDICATORS, THEMES, YEARS = 5, 20, 30, 3, range(2015, 2025)
OTHERS = 320  # with one figure each, outside the group: the picker lists about as many as the country has
GOAL = 3.0


def prepare_database():
    import psycopg

    with psycopg.connect(ADMIN_URL.replace("postgres://", "postgresql://"), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {DATABASE}")
    os.environ["DJANGO_SETTINGS_MODULE"] = "lerendnetwerk.settings.test"
    os.environ["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{DATABASE}"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def add_figures():
    """The municipalities, indicators and values; returns the five chosen municipalities."""
    from figures.models import IndicatorValue
    from municipalities.models import SizeClass, Urbanisation
    from tests.factories import IndicatorFactory, MunicipalityFactory, ThemeFactory

    alike = {"size_class": SizeClass.FROM_50K, "urbanisation": Urbanisation.MODERATELY_URBAN}
    places = [
        MunicipalityFactory(name=f"Benchgemeente {n}", cbs_code=f"GM{5000 + n}", **alike)
        for n in range(MUNICIPALITIES + GROUP)
    ]
    themes = [ThemeFactory() for _ in range(THEMES)]
    indicators = [IndicatorFactory(themes=[themes[n % THEMES]]) for n in range(INDICATORS)]
    IndicatorValue.objects.bulk_create(
        IndicatorValue(
            indicator=indicator,
            municipality=place,
            period=f"{year}JJ00",
            value=Decimal(f"{(number * 7 + year + (place.pk if place else 0)) % 40}.{number % 10}"),
        )
        for number, indicator in enumerate(indicators)
        for place in (*places, None)
        for year in YEARS
    )
    others = [
        MunicipalityFactory(name=f"Andere gemeente {n}", cbs_code=f"GM{6000 + n}", size_class=SizeClass.UNDER_10K)
        for n in range(OTHERS)
    ]
    IndicatorValue.objects.bulk_create(
        IndicatorValue(indicator=indicators[0], municipality=place, period="2024JJ00", value=Decimal(1))
        for place in others
    )
    return places[:MUNICIPALITIES]


def timed(client, url):
    started = time.perf_counter()
    response = client.get(url)
    elapsed = time.perf_counter() - started
    assert response.status_code == 200, (url, response.status_code)
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=40, help="requests of each page (after 5 to warm up)")
    args = parser.parse_args()
    prepare_database()
    from django.test import Client
    from django.urls import reverse

    chosen = add_figures()
    client = Client()
    pages = {
        "municipality page": reverse("municipalities:detail", args=[chosen[0].slug]),
        "compare, 5 municipalities": reverse("municipalities:compare")
        + "?"
        + "&".join(f"gemeente={place.slug}" for place in chosen),
        f"compare, 1 with its group of {MUNICIPALITIES + GROUP - 1}": reverse("municipalities:compare")
        + f"?gemeente={chosen[0].slug}&groep=1",
    }
    times = {name: [] for name in pages}
    for _ in range(5):
        for url in pages.values():
            timed(client, url)
    for _ in range(args.requests):
        for name, url in pages.items():  # alternating, so that load changes hit both alike
            times[name].append(timed(client, url))
    medians = {name: statistics.median(values) * 1000 for name, values in times.items()}
    floor = medians["municipality page"]
    print(
        f"{MUNICIPALITIES} municipalities × {INDICATORS} indicators × {len(YEARS)} periods, "
        f"group of {MUNICIPALITIES + GROUP - 1}; {args.requests} requests each; load {os.getloadavg()[0]:.1f}"
    )
    for name, value in medians.items():
        print(f"  {name:<40} median {value:7.1f} ms   ratio {value / floor:4.2f}")
    ratio = medians["compare, 5 municipalities"] / floor
    print(f"compare (5) / municipality page = {ratio:.2f} (goal ≤ {GOAL})")
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
