#!/usr/bin/env python
"""CPU per request of every page type, in this process: where bench/pages_http.py shows a
page is slow, this shows by how much and (with --profile) where the time goes.

    .venv/bin/python bench/pages_http.py --workers 1 --only "content page" --seconds 1   # makes the database once
    .venv/bin/python bench/page_cpu.py                              # every page, member role
    .venv/bin/python bench/page_cpu.py --role visitor --only home,dossier
    .venv/bin/python bench/page_cpu.py --only "practice page" --profile 25

It uses bench/pages_http.py's database (`ln_pages_bench_<scale>x`) and settings (the
production settings and its trivial view, the floor), Django's test client and the same
member (lid@gemeente-delft.example, no role). Each page is asked for --warmup times, then
--requests times; the median CPU time (time.process_time) per request is printed, and
its ratio to the trivial view's: the in-process counterpart of pages_http's req/s ratio
(the goal there, ≥ 0.20, is ≤ 5× the floor's CPU here). --profile N prints cProfile's
N most expensive functions (own time) of each page. Redis database 5, as pages_http.
The database is only read, but for the member's session.
"""

import argparse
import cProfile
import os
import pstats
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.pages_http import MEMBER_EMAIL, TRIVIAL, database_is_complete, database_name, environment  # noqa: E402

GOAL = 5.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--role", default="member", choices=["member", "visitor"])
    parser.add_argument("--only", default="", help="comma-separated page names")
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--profile", type=int, default=0, help="print the N most expensive functions per page")
    parser.add_argument("--sort", default="tottime", help="with --profile: tottime (own time) or cumulative")
    parser.add_argument("--filter", default="", help="with --profile: only functions whose file matches this regex")
    parser.add_argument("--sql", action="store_true", help="print each page's queries (one request after the warm-up)")
    parser.add_argument(
        "--explain", action="store_true", help="with --sql: PostgreSQL's planning and execution time of each query"
    )
    parser.add_argument(
        "--templates", action="store_true", help="print each page's CPU per template (own time, not what it includes)"
    )
    args = parser.parse_args()
    if not database_is_complete(database_name(args.scale)):
        raise SystemExit(f"make {database_name(args.scale)} first with bench/pages_http.py (see above)")
    args.secret_key = "bench-" + secrets.token_urlsafe(48)
    args.media_root = Path(tempfile.gettempdir()) / f"ln_pages_bench_media_{args.scale}x"
    args.static_root = Path(tempfile.mkdtemp(prefix="ln-page-cpu-"))
    os.environ.update(environment(args, 8765))
    os.environ["PAGE_CACHE_SECONDS"] = "0"  # the visitors' page cache would measure Redis, not the page
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    from bench.page_queries import page_urls
    from bench.pages_http import member_session

    call_command("collectstatic", "--noinput", verbosity=0)
    settings.SECURE_SSL_REDIRECT = False
    only = {n.strip() for n in args.only.split(",") if n.strip()}
    client = Client()
    if args.role == "member":
        client.cookies[settings.SESSION_COOKIE_NAME] = member_session(MEMBER_EMAIL)

    def cpu_per_request(url, profiler=None):
        for _ in range(args.warmup):
            client.get(url)
        times = []
        status = None
        for _ in range(args.requests):
            started = time.process_time()
            if profiler:
                profiler.enable()
            response = client.get(url)
            if profiler:
                profiler.disable()
            times.append(time.process_time() - started)
            status = response.status_code
        return statistics.median(times) * 1000, status

    floor, _ = cpu_per_request(TRIVIAL)
    print(f"trivial view ({args.role}): {floor:.1f} ms CPU per request")
    rows = []
    for name, url in page_urls():
        if name.endswith("*") or (only and name not in only):
            continue
        profiler = cProfile.Profile() if args.profile else None
        ms, status = cpu_per_request(url, profiler)
        rows.append((name, ms, status))
        if args.templates:
            print_template_times(client, url, args.requests)
        if args.sql:
            print_queries_and_cache_reads(client, url, explain=args.explain)
        flag = "" if ms <= GOAL * floor else " !"
        print(f"{name:<24} {status}  {ms:6.1f} ms  {ms / floor:5.1f}× the floor{flag}", flush=True)
        if profiler:
            stats = pstats.Stats(profiler)
            stats.sort_stats(args.sort).print_stats(*([args.filter] if args.filter else []), args.profile)
    within = sum(1 for _, ms, status in rows if status == 200 and ms <= GOAL * floor)
    print(f"\n{within} of {sum(1 for r in rows if r[2] == 200)} pages (200) within {GOAL:g}× the floor's CPU")


def print_queries_and_cache_reads(client, url, explain=False):
    """The queries and the cache reads of one request for `url`."""
    from django.core.cache import caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    keys, cache_class = [], type(caches["default"])
    original_get = cache_class.get

    def recorded_get(self, key, *args, **kwargs):
        keys.append(key)
        return original_get(self, key, *args, **kwargs)

    cache_class.get = recorded_get
    try:
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
    finally:
        cache_class.get = original_get
    for query in queries.captured_queries:
        cost = f"  {_database_cost(connection, query['sql'])}" if explain else ""
        print(f"    {query['time']}s{cost}  {query['sql'][:300]}")
    for key in keys:
        print(f"    cache  {key[:120]}")


def _database_cost(connection, sql):
    if not sql.lstrip("( ").upper().startswith("SELECT"):
        return "(not a SELECT)"
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)
        plan = cursor.fetchone()[0][0]
    return f"plan {plan['Planning Time']:.2f} + run {plan['Execution Time']:.2f} ms"


def print_template_times(client, url, requests):
    """CPU per request spent in each template, without the templates it includes or extends
    into (those count for themselves), and outside any template."""
    from collections import defaultdict

    from django.template.base import Template

    own, stack = defaultdict(float), []
    original = Template._render

    def timed(template, context):
        started = time.process_time()
        stack.append(0.0)
        try:
            return original(template, context)
        finally:
            spent = time.process_time() - started
            inner = stack.pop()
            own[template.origin.template_name or "?"] += spent - inner
            if stack:
                stack[-1] += spent

    Template._render = timed
    try:
        started = time.process_time()
        for _ in range(requests):
            client.get(url)
        total = time.process_time() - started
    finally:
        Template._render = original
    for name, spent in sorted(own.items(), key=lambda item: -item[1])[:15]:
        print(f"    {spent / requests * 1000:6.2f} ms  {name}")
    print(f"    {(total - sum(own.values())) / requests * 1000:6.2f} ms  outside templates")


if __name__ == "__main__":
    main()
