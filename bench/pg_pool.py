#!/usr/bin/env python
"""Database connections under a burst of registrations: N members register for one
meeting at the same moment, through real uvicorn workers with the production settings.

While the requests run, the script counts the connections to the benchmark's database in
pg_stat_activity (every 10 ms) and reports the peak against what the connection pools
allow (DATABASE_POOL_MAX_SIZE × workers), the answers by status and the outcome: exactly
the meeting's seats confirmed, everyone else on the waitlist, nobody lost.

    python bench/pg_pool.py                              # 200 members, 50 seats, 2 workers
    python bench/pg_pool.py --members 400 --pool-max-size 8

Needs PostgreSQL and Redis (the production settings require both). Writes nothing to the
project's own databases: it uses its own database `lerendnetwerk_bench_pool` (made afresh each run)
and uses Redis database 12 (BENCH_REDIS_URL), emptied first. Mail is queued in the
database (production's task backend), never sent.
"""

import argparse
import json
import os
import secrets
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.production_server import (  # noqa: E402
    close_own_connections,
    create_database,
    database_url,
    production_environment,
    start_server,
    stop_server,
)

DATABASE = os.environ.get("BENCH_DATABASE", "lerendnetwerk_bench_pool")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/12")
CSRF_TOKEN = "benchbenchbenchbenchbenchbenchbe"  # noqa: S105 - the benchmark's own CSRF secret


def environment(args, port):
    return production_environment(
        secret_key=args.secret_key,
        database=DATABASE,
        redis_url=REDIS_URL,
        port=port,
        pool_min_size=args.pool_min_size,
        pool_max_size=args.pool_max_size,
    )


def prepare_database(args, port):
    """The benchmark's database: migrated, one meeting, N members with a session each."""
    create_database(DATABASE)
    os.environ.update(environment(args, port))
    import django

    django.setup()
    import redis
    from django.core.management import call_command

    from bench.logins import logged_in_members
    from tests import pages

    call_command("migrate", verbosity=0)
    redis.Redis.from_url(REDIS_URL).flushdb()  # the benchmark's own Redis database
    event = pages.event("Drukbezochte bijeenkomst", capacity_in_person=args.seats)
    _members, sessions = logged_in_members(args.members, "pool")
    url = event.url + "aanmelden/"
    feed = event.get_parent().url + "ical/"  # answers without rendering a page (no collectstatic here)
    close_own_connections()
    return event.pk, url, feed, sessions


def outcome(event_id):

    from events.models import Registration, RegistrationStatus

    registrations = Registration.objects.filter(event_id=event_id)
    counts = {
        "confirmed": registrations.filter(status=RegistrationStatus.CONFIRMED).count(),
        "waitlisted": registrations.filter(status=RegistrationStatus.WAITLISTED).count(),
        "registrations": registrations.count(),
    }
    close_own_connections()
    return counts


class Sampler(threading.Thread):
    """Connections to the benchmark's database (other than its own), every 10 ms."""

    def __init__(self, database=DATABASE):
        super().__init__(daemon=True)
        self.database = database
        self.peak = 0
        self.samples = []
        self.stopping = threading.Event()

    def run(self):
        import psycopg

        url = database_url(self.database).replace("postgres://", "postgresql://", 1)
        with psycopg.connect(url, autocommit=True) as sampling:
            while not self.stopping.is_set():
                (count,) = sampling.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                    [self.database],
                ).fetchone()
                self.samples.append(count)
                self.peak = max(self.peak, count)
                time.sleep(0.01)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def register(url, session):
    request = urllib.request.Request(
        url,
        data=urllib.parse.urlencode({"attendance": "in_person", "csrfmiddlewaretoken": CSRF_TOKEN}).encode(),
        headers={"Cookie": f"sessionid={session}; csrftoken={CSRF_TOKEN}"},
    )
    started = time.perf_counter()
    try:
        with urllib.request.build_opener(NoRedirect).open(request, timeout=120) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError as error:
        status = type(error).__name__
    return status, time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--members", type=int, default=200, help="registrations sent at the same moment")
    parser.add_argument("--seats", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--pool-min-size", type=int, default=4)
    parser.add_argument("--pool-max-size", type=int, default=16)
    parser.add_argument("--port", type=int, default=18711)
    args = parser.parse_args()
    args.secret_key = secrets.token_urlsafe(64)

    event_id, path, feed, sessions = prepare_database(args, args.port)
    server = start_server(environment(args, args.port), args.port, args.workers, feed)
    url = f"http://127.0.0.1:{args.port}{path}"
    results = [None] * len(sessions)
    barrier = threading.Barrier(len(sessions))

    def one(number, session):
        barrier.wait()
        results[number] = register(url, session)

    sampler = Sampler()
    sampler.start()
    time.sleep(0.5)
    idle_before = sampler.peak
    threads = [threading.Thread(target=one, args=(n, s)) for n, s in enumerate(sessions)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    time.sleep(0.5)
    sampler.stopping.set()
    sampler.join()
    stop_server(server)

    statuses = Counter(str(status) for status, _seconds in results)
    durations = sorted(seconds for _status, seconds in results)
    registered = outcome(event_id)
    allowed = args.pool_max_size * args.workers
    report = {
        "members_registering_at_once": args.members,
        "seats": args.seats,
        "workers": args.workers,
        "pool_min_size": args.pool_min_size,
        "pool_max_size": args.pool_max_size,
        "connections_allowed": allowed,
        "connections_idle_before": idle_before,
        "connections_peak": sampler.peak,
        "answers": dict(statuses),
        "errors": sum(count for status, count in statuses.items() if status != "302"),
        **registered,
        "lost": args.members - registered["registrations"],
        "seconds_all": round(elapsed, 2),
        "seconds_per_request_p50": round(durations[len(durations) // 2], 2),
        "seconds_per_request_max": round(durations[-1], 2),
        "machine_load_average_1min": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(report, indent=2))
    ok = (
        report["errors"] == 0
        and report["lost"] == 0
        and registered["confirmed"] == min(args.seats, args.members)
        and sampler.peak <= allowed
    )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
