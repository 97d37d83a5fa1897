#!/usr/bin/env python
"""Every page type against a trivial view on the same server: requests per second at 20
concurrent clients, through uvicorn with the production settings (issue 15, first goal).

    .venv/bin/python bench/pages_http.py                    # 1× data, 1 and 2 workers
    .venv/bin/python bench/pages_http.py --scale 5           # 5× the generated data
    .venv/bin/python bench/pages_http.py --reuse --only "practice page,dossier" --workers 1

What it does, in this order:

1. Its own PostgreSQL database (`ln_pages_bench_<scale>x`, made afresh unless --reuse
   finds it complete) with the production settings: migrated, the demo content
   (`load_demo_content`), then generated data, × --scale: 2,000 members with a profile,
   200 practices (each with a lead and four participants, through the page builders of the
   tests), 30 experiences on one practice, 5,000 forum posts in public discussions among
   which one of 300 posts. Members, profiles, threads and posts are bulk-created.
   `collectstatic` into a temporary STATIC_ROOT (the production storage needs its manifest).
2. uvicorn (the Procfile's command) with --workers 1, then 2, with
   bench/pages_http_settings.py: the production settings plus one bench-only URL,
   `/bench/trivial/`, a view that returns "ok" through the same middleware. That is the
   floor.
3. Per page type and role (visitor: no cookies but the CSRF cookie the site gives;
   member: lid@gemeente-delft.example, logged in), 20 clients on keep-alive connections
   (an asyncio HTTP/1.1 client in this process) ask for the page as fast as they can for
   --seconds after a short warm-up. The floor is measured before every fifth page and its
   median is used. A client keeps the cookies it is given, as a browser does.

The ratio printed last is (page req/s) / (trivial req/s); the goal is ≥ 0.20 (within 5×).
Redis: database 5 (BENCH_REDIS_URL), emptied first. Load average is printed with the table.
"""

import argparse
import asyncio
import contextlib
import json
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.production_server import stop_server  # noqa: E402

ADMIN_URL = os.environ.get("BENCH_ADMIN_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
MEMBER_EMAIL = "lid@gemeente-delft.example"
TRIVIAL = "/bench/trivial/"
GOAL = 0.2
MARKER = "bench-pages-http-complete"


def database_name(scale):
    return f"ln_pages_bench_{scale}x"


def environment(args, port):
    return {
        "DJANGO_SETTINGS_MODULE": "bench.pages_http_settings",
        "SECRET_KEY": args.secret_key,
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database_name(args.scale)}",
        "REDIS_URL": REDIS_URL,
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "SITE_URL": f"http://127.0.0.1:{port}",
        "EMAIL_HOST": "smtp.bench.invalid",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "DEFAULT_FROM_EMAIL": "Lerend Netwerk <noreply@bench.invalid>",
        "SECURE_SSL_REDIRECT": "false",
        "SERVE_MEDIA_IMAGES": "true",
        "MEDIA_ROOT": str(args.media_root),
        "STATIC_ROOT": str(args.static_root),
        "DATABASE_POOL_MIN_SIZE": "4",
        "DATABASE_POOL_MAX_SIZE": "16",
    }


# 1. The database ------------------------------------------------------------------------


def database_is_complete(name):
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
        if admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is None:
            return False
        row = admin.execute("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s", [name])
        return (row.fetchone() or [None])[0] == MARKER


def create_database(name):
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')


def mark_complete(name):
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
        admin.execute(f"COMMENT ON DATABASE \"{name}\" IS '{MARKER}'")


def generate(scale, log):
    """The generated data on top of the demo content (× scale)."""
    import random

    from django.contrib.auth import get_user_model
    from django.db import transaction

    from forum.models import Category, Post, Thread
    from members.models import MemberProfile, ProfileVisibility
    from municipalities.models import Municipality
    from practices.models import LearningPractice, PracticeMembership, PracticeRole
    from tests import pages
    from themes.models import Theme

    rng = random.Random(15)
    Member = get_user_model()
    municipalities = list(Municipality.objects.all())
    themes = list(Theme.objects.all())

    started = time.monotonic()
    with transaction.atomic():
        members = Member.objects.bulk_create(
            [
                Member(email=f"lid{n}@bench.example", first_name=f"Voornaam{n}", last_name=f"Achternaam {n}")
                for n in range(2000 * scale)
            ]
        )
        from allauth.account.models import EmailAddress

        EmailAddress.objects.bulk_create(
            [EmailAddress(user=m, email=m.email, verified=True, primary=True) for m in members]
        )
        MemberProfile.objects.bulk_create(
            [
                MemberProfile(
                    member=m,
                    municipality=rng.choice(municipalities),
                    organisation=f"Gemeente {rng.choice(municipalities).name}",
                    job_title="Beleidsadviseur sociaal domein",
                    bio="Ik werk aan bestaanszekerheid en wil leren van andere gemeenten.",
                    visibility=rng.choice([ProfileVisibility.PUBLIC, ProfileVisibility.MEMBERS]),
                )
                for m in members
            ],
            ignore_conflicts=True,
        )
    log(f"{len(members)} members with profiles ({time.monotonic() - started:.0f} s)")

    started = time.monotonic()
    practices = []
    for n in range(200 * scale):
        with transaction.atomic():
            practices.append(
                pages.practice(
                    f"Gegenereerde praktijk {n}",
                    municipality=rng.choice(municipalities),
                    themes=rng.sample(themes, min(2, len(themes))),
                )
            )
    PracticeMembership.objects.bulk_create(
        [
            PracticeMembership(practice=practice, member=member, role=role)
            for practice in practices
            for member, role in zip(
                rng.sample(members, 5), [PracticeRole.LEAD] + [PracticeRole.PARTICIPANT] * 4, strict=True
            )
        ],
        ignore_conflicts=True,
    )
    log(f"{len(practices)} practices ({time.monotonic() - started:.0f} s)")

    started = time.monotonic()
    busiest = LearningPractice.objects.live().order_by("-numchild").first()
    for n in range(30 * scale):
        with transaction.atomic():
            pages.experience(busiest, f"Ervaring {n} met {busiest.title}", author=rng.choice(members))
    log(f"{30 * scale} experiences on {busiest.title} ({time.monotonic() - started:.0f} s)")

    started = time.monotonic()
    categories = list(Category.objects.filter(network=None, practice=None))
    body = "Een bijdrage over **schuldhulp** en de vaste contactpersoon. " * 4
    html = "<p>" + body.replace("**schuldhulp**", "<strong>schuldhulp</strong>") + "</p>"
    sizes = [300] + [20] * ((5000 * scale - 300) // 20)
    with transaction.atomic():
        threads = Thread.objects.bulk_create(
            [
                Thread(
                    category=categories[n % len(categories)],
                    title=f"Gegenereerde discussie {n}" if size != 300 else "De lange discussie (300 berichten)",
                    author=rng.choice(members),
                    post_count=size,
                    last_sequence=size,
                )
                for n, size in enumerate(sizes)
            ]
        )
        batch = []
        for thread, size in zip(threads, sizes, strict=True):
            for sequence in range(1, size + 1):
                batch.append(
                    Post(
                        thread=thread,
                        sequence=sequence,
                        author=rng.choice(members),
                        body_markdown=body,
                        body_html=html,
                        is_opening=sequence == 1,
                    )
                )
            if len(batch) > 5000:
                Post.objects.bulk_create(batch)
                batch = []
        Post.objects.bulk_create(batch)
    log(f"{sum(sizes)} posts in {len(threads)} discussions ({time.monotonic() - started:.0f} s)")


def member_session(email):
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.sessions.backends.db import SessionStore

    member = get_user_model().objects.get(email=email)
    session = SessionStore()
    session[SESSION_KEY] = str(member.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = member.get_session_auth_hash()
    session.create()
    return session.session_key


def prepare(args, log):
    """In a child process (Django set up with the production settings): returns the URLs
    and the member's session key as JSON on stdout."""
    name = database_name(args.scale)
    os.environ.update(environment(args, args.port))
    if not (args.reuse and database_is_complete(name)):
        create_database(name)
        fresh = True
    else:
        fresh = False
    import django

    django.setup()
    from django.core.management import call_command

    from bench.page_queries import page_urls

    if fresh:
        started = time.monotonic()
        call_command("migrate", verbosity=0)
        log(f"migrated ({time.monotonic() - started:.0f} s)")
        started = time.monotonic()
        call_command("load_demo_content", verbosity=0)
        log(f"demo content ({time.monotonic() - started:.0f} s)")
        generate(args.scale, log)
        from django.db import connection

        # The planner's statistics of the bulk-made rows, as autovacuum would have them on a
        # server that had been running (without them PostgreSQL misjudges every list).
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        connection.close()
        mark_complete(name)
    urls = [(name, url) for name, url in page_urls() if not name.endswith("*")]
    return {"urls": urls, "session": member_session(MEMBER_EMAIL)}


# 2. The server ----------------------------------------------------------------------------


def start_server(args, workers):
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", args.port)) == 0:
            raise SystemExit(f"port {args.port} is in use (a server left over from an earlier run?)")
    command = [
        sys.executable, "-m", "uvicorn", "lerendnetwerk.asgi:application", "--host", "127.0.0.1",
        "--port", str(args.port), "--workers", str(workers), "--lifespan", "off", "--no-server-header",
        "--log-level", "warning", "--no-access-log",
    ]  # fmt: skip
    process = subprocess.Popen(
        command, cwd=ROOT, env=dict(os.environ, **environment(args, args.port)), start_new_session=True
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{args.port}{TRIVIAL}", timeout=5)
            return process
        except OSError:
            time.sleep(0.5)
    stop_server(process)
    raise SystemExit("the server did not start")


# 3. The clients ---------------------------------------------------------------------------


class Client:
    """One keep-alive HTTP/1.1 connection that keeps its cookies."""

    def __init__(self, port, cookies):
        self.port = port
        self.cookies = dict(cookies)
        self.reader = self.writer = None

    async def get(self, path):
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        cookie = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        request = (
            f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: nl\r\nUser-Agent: bench\r\n"
            + (f"Cookie: {cookie}\r\n" if cookie else "")
            + "\r\n"
        )
        self.writer.write(request.encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                key, value = line.split(":", 1)
                key = key.strip().lower()
                value = value.strip()
                if key == "set-cookie":
                    pair = value.split(";", 1)[0]
                    cookie_name, _, cookie_value = pair.partition("=")
                    if cookie_value and "max-age=0" not in value.lower():
                        self.cookies[cookie_name] = cookie_value
                headers[key] = value
        if "content-length" in headers:
            body = await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding") == "chunked":
            body = b""
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).strip(), 16)
                chunk = await self.reader.readexactly(size + 2)
                body += chunk[:-2]
                if size == 0:
                    break
        else:
            body = await self.reader.read()
            self.close()
        if headers.get("connection") == "close":
            self.close()
        return status, len(body)

    def close(self):
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def load(port, path, cookies, clients, seconds, warmup):
    """Requests per second of `clients` concurrent clients on `path` for `seconds`."""
    pool = [Client(port, cookies) for _ in range(clients)]
    statuses, sizes, latencies = {}, [], []
    state = {"measuring": False, "count": 0, "all": 0}

    async def run(client, until):
        while time.monotonic() < until:
            started = time.monotonic()
            try:
                status, size = await client.get(path)
            except (OSError, asyncio.IncompleteReadError, ValueError):
                client.close()
                status, size = "error", 0
            state["all"] += 1
            if state["measuring"]:
                state["count"] += 1
                statuses[status] = statuses.get(status, 0) + 1
                sizes.append(size)
                latencies.append(time.monotonic() - started)

    await asyncio.gather(*(run(c, time.monotonic() + warmup) for c in pool))
    state["measuring"] = True
    started = time.monotonic()
    await asyncio.gather(*(run(c, started + seconds) for c in pool))
    elapsed = time.monotonic() - started
    for client in pool:
        client.close()
    latencies.sort()
    return {
        "requests": state["all"],
        "rps": state["count"] / elapsed,
        "statuses": statuses,
        "size": int(statistics.median(sizes)) if sizes else 0,
        "p50": latencies[len(latencies) // 2] * 1000 if latencies else 0,
    }


def _cpu_seconds(server_session):
    """CPU seconds used so far by the server (the processes of its session), PostgreSQL,
    Redis and this process (the clients), from /proc: where a request's time goes."""
    ticks = os.sysconf("SC_CLK_TCK")
    used = {"server": 0.0, "postgres": 0.0, "redis": 0.0}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                text = stat.read()
        except OSError:
            continue
        name = text[text.index("(") + 1 : text.rindex(")")]
        fields = text[text.rindex(")") + 2 :].split()
        seconds = (int(fields[11]) + int(fields[12])) / ticks
        if int(fields[3]) == server_session:
            used["server"] += seconds
        elif name.startswith("postgres"):
            used["postgres"] += seconds
        elif name.startswith("redis-server"):
            used["redis"] += seconds
    used["clients"] = time.process_time()
    return used


def _load(args, server, path, cookies):
    """`load()`, and with --cpu what the requests cost each process (warm-up included)."""
    before = _cpu_seconds(server.pid) if args.cpu else None
    result = asyncio.run(load(args.port, path, cookies, args.clients, args.seconds, args.warmup))
    if before is None:
        return result, ""
    after = _cpu_seconds(server.pid)
    spent = {part: (after[part] - before[part]) * 1000 / max(result["requests"], 1) for part in after}
    return result, "  CPU ms/request: " + " ".join(f"{part} {ms:.2f}" for part, ms in spent.items())


def measure(args, prepared, workers, log):
    results = {}
    floors = []
    roles = {"visitor": {}, "member": {"sessionid": prepared["session"]}}
    selected = [(n, u) for n, u in prepared["urls"] if not args.only or n in args.only]
    process = start_server(args, workers)
    try:
        for index, (name, url) in enumerate(selected):
            if index % 5 == 0:
                floor, cpu = _load(args, process, TRIVIAL, {})
                floors.append(floor["rps"])
                log(f"  [{workers}w] trivial view: {floor['rps']:.0f} req/s{cpu}")
            for role in args.roles:
                result, cpu = _load(args, process, url, roles[role])
                results[(name, role)] = result
                log(
                    f"  [{workers}w] {name:<22} {role:<8} {result['rps']:7.1f} req/s  p50 {result['p50']:6.0f} ms  "
                    f"{result['size'] // 1024} KB  {result['statuses']}{cpu}"
                )
    finally:
        stop_server(process)
    return statistics.median(floors), results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=1, help="× the generated data (1, 2, 5)")
    parser.add_argument("--workers", default="1,2", help="uvicorn workers, one run each (default 1,2)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=4.0, help="measured seconds per page and role")
    parser.add_argument("--warmup", type=float, default=1.0)
    parser.add_argument("--roles", default="visitor,member")
    parser.add_argument("--only", default="", help="comma-separated page names")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--reuse", action="store_true", help="keep the database when an earlier run completed it")
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument(
        "--cpu", action="store_true", help="print the CPU per request of the server, PostgreSQL, Redis and the clients"
    )
    parser.add_argument("--prepare-only", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.roles = [r for r in args.roles.split(",") if r]
    args.only = {n.strip() for n in args.only.split(",") if n.strip()}
    args.secret_key = os.environ.get("BENCH_SECRET_KEY") or "bench-" + secrets.token_urlsafe(48)
    workdir = Path(tempfile.mkdtemp(prefix="ln-pages-bench-"))
    default_media = Path(tempfile.gettempdir()) / f"ln_pages_bench_media_{args.scale}x"
    args.media_root = Path(os.environ.get("BENCH_MEDIA_ROOT", default_media))
    args.static_root = workdir / "static"

    def log(message):
        print(message, file=sys.stderr, flush=True)

    if args.prepare_only:  # the child process of step 1; what Django prints goes to stderr
        with contextlib.redirect_stdout(sys.stderr):
            prepared = prepare(args, log)
        Path(args.prepare_only).write_text(json.dumps(prepared))
        return

    try:
        log(f"Preparing {database_name(args.scale)} (scale {args.scale}×)")
        prepared_file = workdir / "prepared.json"
        child_args = [sys.executable, __file__, "--prepare-only", str(prepared_file), "--scale", str(args.scale)]
        child_args += ["--port", str(args.port)]
        if args.reuse:
            child_args.append("--reuse")
        env = dict(os.environ, BENCH_SECRET_KEY=args.secret_key, BENCH_MEDIA_ROOT=str(args.media_root))
        subprocess.run(child_args, cwd=ROOT, env=env, check=True)
        prepared = json.loads(prepared_file.read_text())
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
            cwd=ROOT, env=dict(os.environ, **environment(args, args.port)), check=True,
        )  # fmt: skip
        import redis

        redis.Redis.from_url(REDIS_URL).flushdb()

        table = {}
        for workers in [int(w) for w in args.workers.split(",")]:
            floor, results = measure(args, prepared, workers, log)
            table[workers] = (floor, results)
        load_average = os.getloadavg()
        if args.json:
            Path(args.json).write_text(
                json.dumps(
                    {
                        str(w): {"floor": f, "pages": {f"{n}|{r}": v for (n, r), v in res.items()}}
                        for w, (f, res) in table.items()
                    },
                    indent=1,
                )
            )
        print_table(args, prepared, table, load_average)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def print_table(args, prepared, table, load_average):
    workers = list(table)
    print()
    print(f"Pages against the trivial view: scale {args.scale}×, {args.clients} clients, {args.seconds:g} s each")
    print("trivial view: " + ", ".join(f"{w} worker(s) {table[w][0]:.0f} req/s" for w in workers))
    header = ["page", *(f"{role} {w}w" for w in workers for role in args.roles)]
    rows, ratios = [], []
    for name, _url in prepared["urls"]:
        if args.only and name not in args.only:
            continue
        row = [name]
        for w in workers:
            floor, results = table[w]
            for role in args.roles:
                result = results.get((name, role))
                if result is None:
                    row.append("-")
                    continue
                ok = result["statuses"].get(200, 0)
                if ok < sum(result["statuses"].values()):
                    others = {k: v for k, v in result["statuses"].items() if k != 200}
                    row.append(f"{'/'.join(map(str, others))}")
                    continue
                ratio = result["rps"] / floor
                ratios.append(ratio)
                row.append(f"{ratio:.2f} ({result['rps']:.0f}/s){' !' if ratio < GOAL else ''}")
        rows.append(row)
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True)))
    below = sum(1 for r in ratios if r < GOAL)
    print(
        f"\nratio = page req/s ÷ trivial req/s (goal ≥ {GOAL}, i.e. within 5×; ! below); median ratio "
        f"{statistics.median(ratios):.2f}, {below} of {len(ratios)} below the goal; a status instead of a "
        f"ratio: not all answers were 200 (302: the page sends that role to the login page). "
        f"Load average {load_average[0]:.2f} {load_average[1]:.2f} {load_average[2]:.2f}."
    )


if __name__ == "__main__":
    main()
