#!/usr/bin/env python
"""Queries per page type and role on the demo content: a table to read before and after a change.

Every page type of the site is asked for through Django's test client, once to warm the
caches that fill once per process (content types, the site root, cached fragments), then
once more inside CaptureQueriesContext; the second count is printed, per role:

    visitor  not logged in
    member   lid@gemeente-delft.example (no role)
    trekker  trekker@zwolle.example (municipal lead of the Zwolle practice)
    editor   redacteur@lerendnetwerk.example (editor; the Wagtail admin's permission)

A cell that is not a number is the answer's status (302: to the login page, 404: hidden).
Prepare the demo database once (≈1 minute):

    export DJANGO_SETTINGS_MODULE=lerendnetwerk.settings.dev DATABASE_URL=sqlite:////tmp/queries-demo.sqlite3
    .venv/bin/python manage.py migrate && .venv/bin/python manage.py load_demo_content
    .venv/bin/python bench/page_queries.py                    # the table
    .venv/bin/python bench/page_queries.py --save /tmp/before.json
    .venv/bin/python bench/page_queries.py --compare /tmp/before.json   # "before → after"
    .venv/bin/python bench/page_queries.py --show "practice page" --role member   # its SQL

The database is only read (sessions are written for the logins). Without DATABASE_URL the
script uses /tmp/queries-demo.sqlite3.
"""

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ROLES = {
    "visitor": None,
    "member": "lid@gemeente-delft.example",
    "trekker": "trekker@zwolle.example",
    "editor": "redacteur@lerendnetwerk.example",
}
GOAL = 15


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lerendnetwerk.settings.dev")
    os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/queries-demo.sqlite3")
    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]


def first_url(queryset):
    page = queryset.live().first()
    return page.url if page is not None else None


def page_urls():
    """(name, url, network) for every page type; network pages belong to another part of
    the work and are marked so."""
    from django.db.models import Count
    from django.urls import reverse
    from django.utils import timezone

    from events.models import EventIndexPage, EventPage
    from forum.models import Category, Thread
    from home.models import ContentPage
    from knowledge.models import (
        EffectiveElementIndexPage,
        EffectiveElementPage,
        KnowledgeDossier,
        KnowledgeIndexPage,
        Lesson,
        LessonIndexPage,
    )
    from members.models import Member
    from municipalities.models import Municipality
    from networks.models import LearningNetwork, NetworkIndexPage
    from practices.models import ExperienceReport, LearningPractice, PracticeIndexPage

    practice = LearningPractice.objects.live().order_by("-numchild").first()  # its experiences are children
    event_index = EventIndexPage.objects.live().first()
    event = EventPage.objects.live().annotate(n=Count("registrations")).order_by("-n").first()
    thread = Thread.objects.annotate(n=Count("posts")).filter(category__network=None).order_by("-n").first()
    category = Category.objects.filter(network=None).annotate(n=Count("threads")).order_by("-n").first()
    municipality = Municipality.objects.filter(slug="zwolle").first() or Municipality.objects.first()
    trekker = Member.objects.get(email=ROLES["trekker"])
    month = timezone.localdate().strftime("%Y-%m")
    urls = [
        ("home", "/"),
        ("content page", first_url(ContentPage.objects.all())),
        ("knowledge index", first_url(KnowledgeIndexPage.objects.all())),
        ("lesson index", first_url(LessonIndexPage.objects.all())),
        ("lesson", first_url(Lesson.objects.order_by("-first_published_at"))),
        ("dossier", first_url(KnowledgeDossier.objects.all())),
        ("element index", first_url(EffectiveElementIndexPage.objects.all())),
        ("element page", first_url(EffectiveElementPage.objects.all())),
        ("experience", first_url(ExperienceReport.objects.all())),
        ("practice index", first_url(PracticeIndexPage.objects.all())),
        ("practice page", practice.url if practice else None),
        ("practice apply", first_url(PracticeIndexPage.objects.all()) + "aanmelden/"),
        ("municipality index", reverse("municipalities:index")),
        ("municipality page", reverse("municipalities:detail", args=[municipality.slug])),
        ("municipality compare", reverse("municipalities:compare") + f"?gemeente={municipality.slug}&groep=1"),
        ("forum index", reverse("forum:index")),
        ("forum category", category.get_absolute_url()),
        ("forum thread", thread.get_absolute_url()),
        ("events index", event_index.url),
        ("events month", f"{event_index.url}?weergave=maand&maand={month}"),
        ("events archive", event_index.url + "archief/"),
        ("event page", event.url),
        ("member directory", reverse("members:directory")),
        ("member profile", reverse("members:profile", args=[trekker.pk])),
        ("notifications", reverse("notifications:centre")),
        ("notification settings", reverse("notifications:preferences")),
        ("search", reverse("search") + "?q=armoede"),
        ("my meetings", reverse("events:my_events")),
        ("my start analyses", reverse("startanalysis:mine")),
        ("my experiences", reverse("practices:my_experiences")),
        ("my practices", reverse("practices:my_practices")),
        ("workspace", reverse("practices:workspace", args=[practice.pk])),
        ("privacy", reverse("privacy:overview")),
        ("network index*", first_url(NetworkIndexPage.objects.all())),
        ("network page*", first_url(LearningNetwork.objects.all())),
    ]
    return [(name, url) for name, url in urls if url]


def measure(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    if response.status_code != 200:
        return str(response.status_code), []
    return len(captured.captured_queries), [query["sql"] for query in captured.captured_queries]


def run(show=None, show_role=None):
    from django.test import Client

    from members.models import Member

    results, shown = {}, None
    urls = page_urls()
    for role, email in ROLES.items():
        client = Client()
        if email:
            client.force_login(Member.objects.get(email=email))
        for name, url in urls:
            count, queries = measure(client, url)
            results.setdefault(name, {})[role] = count
            if show and name == show and (show_role or "visitor") == role:
                shown = (url, queries)
    return results, shown


def cell(value, before=None):
    mark = "" if not isinstance(value, int) or value <= GOAL else " !"
    if before is None or before == value:
        return f"{value}{mark}"
    return f"{before} → {value}{mark}"


def print_table(results, before=None, markdown=False):
    roles = list(ROLES)
    rows = []
    for name, counts in results.items():
        rows.append([name] + [cell(counts.get(role, "-"), (before or {}).get(name, {}).get(role)) for role in roles])
    header = ["page", *roles]
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for row in rows:
            print("| " + " | ".join(row) + " |")
        return
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(str(value).ljust(width) for value, width in zip(row, widths, strict=True)))
    over = sum(1 for counts in results.values() for v in counts.values() if isinstance(v, int) and v > GOAL)
    print(f"\n{over} cells above {GOAL} queries (! marks them); * = network pages (another part of the work).")


def abridged(sql, width=500):
    """The statement with its column list left out (SELECT … FROM), cut at `width`."""
    head, sep, rest = sql.partition(" FROM ")
    if sep and head.startswith("SELECT") and len(head) > 80:
        sql = "SELECT … FROM " + rest  # noqa: S608  (printed for reading, never run)
    return sql[:width]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--save", help="write the counts to this JSON file")
    parser.add_argument("--compare", help="show 'before → after' against this JSON file")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--show", help="print the SQL of this page (its name in the table)")
    parser.add_argument("--role", default="visitor", choices=list(ROLES), help="with --show: for this role")
    args = parser.parse_args()
    setup()
    results, shown = run(args.show, args.role)
    before = json.loads(Path(args.compare).read_text()) if args.compare else None
    print_table(results, before, markdown=args.markdown)
    if args.save:
        Path(args.save).write_text(json.dumps(results, indent=1))
    if shown:
        url, queries = shown
        print(f"\n{args.show} ({args.role}) {url}: {len(queries)} queries")
        for number, sql in enumerate(queries, start=1):
            print(f"{number:3}. {abridged(sql)}")
        repeated = {sql: n for sql, n in Counter(q[:120] for q in queries).items() if n > 1}
        for sql, n in repeated.items():
            print(f"  ×{n}: {sql}")


if __name__ == "__main__":
    main()
