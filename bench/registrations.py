#!/usr/bin/env python
"""Registrations for a full meeting through real HTTP: N logged-in members register for a
meeting with 50 seats at the same moment, on the production topology.

The script makes its own PostgreSQL database (BENCH_DATABASE, default
`lerendnetwerk_bench_registrations`, made afresh each run), collects the static files into
a temporary STATIC_ROOT as a release does, empties its Redis database (BENCH_REDIS_URL,
default redis://127.0.0.1:6379/12) and starts uvicorn with the production settings
(connection pool, Redis cache, sessions and channel layer) and 2 workers. Then per round:

1. a meeting with --seats seats and N distinct members with a verified address, each with a
   logged-in session made beforehand (the clients send its cookie, as a browser would);
2. the floor: N clients GET a trivial view at the same moment (`/bench/trivial/`, which
   answers "ok" through the same middleware as every page: sessions, locale, CSRF,
   authentication, messages; bench/pages_http_settings.py adds it to the production
   settings for the benchmark's server only): requests per second;
3. every client GETs the meeting's page (its CSRF cookie and the form's token), then all
   clients POST the registration form at the same moment (released together) and follow
   the redirect to the page, which shows the outcome, as the browser does.

Reported per round: the outcome in the database (confirmed ≤ seats: 0 overbooked;
everyone else on the waitlist; nobody lost), the answers (an error is anything other
than a redirect to a page that says "registered" or "on the waitlist": a 5xx, a form
shown again, a timeout), the peak of database connections against what the pools allow,
throughput (registrations per second, from the moment the POSTs are released to the
last outcome page) and p50/p95 latency of one registration (POST + its outcome page).
The ratio of the registrations' throughput to the floor's is printed last.

    python bench/registrations.py                   # 200 members, 50 seats, 2 workers
    python bench/registrations.py --growth          # 1×, 2×, 5×: 200, 400, 1 000 members
    python bench/registrations.py --members 400 --workers 4

The clients are one asyncio process on the same machine (one connection per client,
HTTP/1.1, `Connection: close`). The exit status is 0 only when no round overbooked, lost
a registration or had an error.
"""

import argparse
import asyncio
import html
import json
import os
import re
import secrets
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.pg_pool import Sampler  # noqa: E402
from bench.production_server import (  # noqa: E402
    close_own_connections,
    collect_static,
    create_database,
    production_environment,
    start_server,
    stop_server,
)

DATABASE = os.environ.get("BENCH_DATABASE", "lerendnetwerk_bench_registrations")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/12")
TRIVIAL = "/bench/trivial/"  # the floor (bench/pages_http_urls.py)
TIMEOUT = 180  # seconds a client waits for one answer before counting it as an error


def environment(args, static_root):
    return production_environment(
        secret_key=args.secret_key,
        database=DATABASE,
        redis_url=REDIS_URL,
        port=args.port,
        pool_min_size=args.pool_min_size,
        pool_max_size=args.pool_max_size,
        static_root=static_root,
    )


def prepare(args, static_root):
    """The database migrated, the site at the server's address, the static files
    collected; returns the two messages a registration's outcome page shows."""
    create_database(DATABASE)
    env = environment(args, static_root)
    os.environ.update(env)
    import django

    django.setup()
    import redis
    from django.core.management import call_command
    from django.utils import translation

    call_command("migrate", verbosity=0)
    call_command("configure_site", stdout=open(os.devnull, "w"))  # noqa: SIM115
    collect_static(env)
    redis.Redis.from_url(REDIS_URL).flushdb()  # the benchmark's own Redis database
    with translation.override("nl"):
        confirmed = translation.gettext("You are registered. We have sent you a confirmation by e-mail.")
        waitlisted = translation.gettext(
            "The meeting is full. You are on the waitlist; we will e-mail you when a seat is free."
        )
    close_own_connections()
    return {"confirmed": html.escape(confirmed), "waitlisted": html.escape(waitlisted)}


def new_round(number, members, seats):
    """A meeting with `seats` seats and `members` members with a session each."""
    from bench.logins import logged_in_members
    from tests import pages

    event = pages.event(f"Drukbezochte bijeenkomst {number}", slug=f"druk-{number}", capacity_in_person=seats)
    _members, sessions = logged_in_members(members, f"round{number}-")
    path = event.url
    close_own_connections()
    return event.pk, path, sessions


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


# The clients: a minimal HTTP/1.1 client on asyncio streams, one connection per request
# (Connection: close), cookies kept per client as a browser keeps them.


class Answer:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    def cookies(self):
        found = {}
        for name, value in self.headers:
            if name == "set-cookie":
                pair = value.split(";", 1)[0]
                key, _, content = pair.partition("=")
                found[key.strip()] = content.strip()
        return found

    def header(self, wanted):
        return next((value for name, value in self.headers if name == wanted), None)


async def fetch(port, method, path, cookies, form=None, origin=None):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Connection: close"]
        lines.append("Accept-Language: nl")
        if cookies:
            lines.append("Cookie: " + "; ".join(f"{key}={value}" for key, value in cookies.items()))
        body = b""
        if form is not None:
            body = urlencode(form).encode()
            lines += ["Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(body)}"]
            lines += [f"Origin: {origin}", f"Referer: {origin}{path}"]
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        await writer.drain()
        raw = await reader.read()
    finally:
        writer.close()
    head, _, content = raw.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = [(n.strip().lower(), v.strip()) for n, _, v in (line.partition(":") for line in header_lines)]
    if ("transfer-encoding", "chunked") in headers:
        content = dechunk(content)
    return Answer(int(status_line.split()[1]), headers, content.decode("utf-8", "replace"))


def dechunk(data):
    out, rest = b"", data
    while rest:
        size_line, _, rest = rest.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        out, rest = out + rest[:size], rest[size + 2 :]
    return out


FORM = re.compile(r'<form[^>]*action="(?P<action>[^"]*aanmelden/)"[^>]*>(?P<body>.*?)</form>', re.S)
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Client:
    """One member in a browser: their session cookie, then what the site sets."""

    def __init__(self, port, session):
        self.port = port
        self.cookies = {"sessionid": session}
        self.origin = f"http://127.0.0.1:{port}"

    async def get(self, path):
        answer = await fetch(self.port, "GET", path, self.cookies)
        self.cookies.update(answer.cookies())
        return answer

    async def open_page(self, path):
        """The meeting's page: the form's action and fields with its CSRF token."""
        answer = await self.get(path)
        match = FORM.search(answer.body) if answer.status == 200 else None
        if match is None:
            return None
        token = TOKEN.search(match["body"])
        return {"action": html.unescape(match["action"]), "csrfmiddlewaretoken": token and token[1]}

    async def register(self, page, messages):
        """POST the form (in person), follow the redirect; the outcome the page shows."""
        form = {"csrfmiddlewaretoken": page["csrfmiddlewaretoken"], "attendance": "in_person"}
        answer = await fetch(self.port, "POST", page["action"], self.cookies, form=form, origin=self.origin)
        self.cookies.update(answer.cookies())
        if answer.status != 302:
            return f"POST {answer.status}"
        shown = await self.get(urlsplit(answer.header("location")).path)
        if shown.status != 200:
            return f"outcome page {shown.status}"
        for kind, message in messages.items():
            if message in shown.body:
                return kind
        return "no outcome shown"


async def timed(coroutine):
    started = time.perf_counter()
    try:
        result = await asyncio.wait_for(coroutine, TIMEOUT)
    except TimeoutError:
        result = "timeout"
    except OSError as error:
        result = type(error).__name__
    return result, time.perf_counter() - started


async def burst(coroutines):
    """Run the coroutines at the same moment; (results with their seconds, elapsed)."""
    started = time.perf_counter()
    results = await asyncio.gather(*(timed(c) for c in coroutines))
    return results, time.perf_counter() - started


async def floor(port, clients):
    async def trivial():
        answer = await fetch(port, "GET", TRIVIAL, {})
        return answer.status

    results, elapsed = await burst(trivial() for _ in range(clients))
    return {
        "answers": dict(Counter(str(status) for status, _ in results)),
        "requests_per_second": round(clients / elapsed, 1),
        "seconds_p95": percentile([seconds for _, seconds in results], 95),
    }


async def registrations(port, path, sessions, messages):
    clients = [Client(port, session) for session in sessions]
    pages, opened = await burst(client.open_page(path) for client in clients)
    ready = [(client, page) for client, (page, _) in zip(clients, pages, strict=True) if isinstance(page, dict)]
    results, elapsed = await burst(client.register(page, messages) for client, page in ready)
    answers = Counter(str(result) for result, _ in results)
    answers["page without form"] = len(clients) - len(ready)
    seconds = [s for _, s in results]
    return {
        "page_opened_in_seconds": round(opened, 2),
        "page_seconds_p95": percentile([s for _, s in pages], 95),
        "answers": {kind: n for kind, n in answers.items() if n},
        "errors": sum(n for kind, n in answers.items() if kind not in messages),
        "seconds_all": round(elapsed, 2),
        "registrations_per_second": round(len(clients) / elapsed, 1),
        "seconds_p50": percentile(seconds, 50),
        "seconds_p95": percentile(seconds, 95),
    }


def percentile(values, p):
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))], 3)


def one_round(args, number, members, messages):
    event_id, path, sessions = new_round(number, members, args.seats)
    asyncio.run(floor(args.port, 2 * args.workers * 4))  # warm both workers' pools and imports
    sampler = Sampler(DATABASE)
    sampler.start()
    floor_figures = asyncio.run(floor(args.port, members))
    figures = asyncio.run(registrations(args.port, path, sessions, messages))
    sampler.stopping.set()
    sampler.join()
    registered = outcome(event_id)
    overbooked = max(0, registered["confirmed"] - args.seats)
    return {
        "members": members,
        "seats": args.seats,
        **registered,
        "overbooked": overbooked,
        "lost": members - registered["registrations"],
        **figures,
        "connections_peak": sampler.peak,
        "connections_allowed": args.pool_max_size * args.workers,
        "floor_trivial": floor_figures,
        "ratio": round(figures["registrations_per_second"] / floor_figures["requests_per_second"], 3),
        "load_average_1min": round(os.getloadavg()[0], 2),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--members", type=int, default=200, help="members registering at the same moment")
    parser.add_argument("--growth", action="store_true", help="rounds of 1×, 2× and 5× --members")
    parser.add_argument("--seats", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--pool-min-size", type=int, default=4)
    parser.add_argument("--pool-max-size", type=int, default=16)
    parser.add_argument("--port", type=int, default=18721)
    args = parser.parse_args()
    args.secret_key = secrets.token_urlsafe(64)
    sizes = [args.members * factor for factor in (1, 2, 5)] if args.growth else [args.members]

    with tempfile.TemporaryDirectory(prefix="bench-registrations-static-") as static_root:
        messages = prepare(args, static_root)
        server_env = dict(environment(args, static_root), DJANGO_SETTINGS_MODULE="bench.pages_http_settings")
        server = start_server(server_env, args.port, args.workers, TRIVIAL)
        try:
            rounds = [one_round(args, number, members, messages) for number, members in enumerate(sizes, 1)]
        finally:
            stop_server(server)

    pool = f"{args.pool_min_size}-{args.pool_max_size}"
    print(json.dumps({"workers": args.workers, "pool": pool, "rounds": rounds}, indent=1))
    print(
        "\nmembers  confirmed/waitlisted  overbooked  lost  errors  reg/s  p50 s  p95 s  floor req/s  conn peak  ratio"
    )
    for r in rounds:
        print(
            f"{r['members']:>7}  {r['confirmed']:>4} / {r['waitlisted']:<13}  {r['overbooked']:>10}  {r['lost']:>4}"
            f"  {r['errors']:>6}  {r['registrations_per_second']:>5}  {r['seconds_p50']:>5}  {r['seconds_p95']:>5}"
            f"  {r['floor_trivial']['requests_per_second']:>11}  {r['connections_peak']:>9}  {r['ratio']:>5}"
        )
    ok = all(r["overbooked"] == 0 and r["lost"] == 0 and r["errors"] == 0 for r in rounds)
    first = rounds[0]
    print(
        f"\nratio (registrations/s ÷ trivial view req/s, {first['members']} members, {args.workers} workers): "
        f"{first['registrations_per_second']} / {first['floor_trivial']['requests_per_second']} = {first['ratio']}"
        + ("" if ok else "  (FAILED: overbooked, lost or errors above)")
    )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
