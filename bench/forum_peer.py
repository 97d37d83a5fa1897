#!/usr/bin/env python
"""Our forum against a peer Django forum from PyPI (django-spirit), same data, same server.

    python bench/forum_peer.py                       # 5,000 posts, 1 and 2 workers, 5 rounds
    python bench/forum_peer.py --scale 2 --rounds 3  # twice the data (growth)
    python bench/forum_peer.py --workers 1 --seconds 4 --rounds 3

One command does everything:
1. the peer gets a virtualenv of its own (bench/.venv-spirit, made once; django-spirit and
   the same uvicorn, psycopg and WhiteNoise versions as ours, from PyPI). It is a
   benchmark, not a dependency of the project.
2. two PostgreSQL databases of its own (ln_forumpeer_ours, ln_forumpeer_spirit, made
   afresh), each migrated and loaded with the SAME generated data: members, six
   categories, one of them with most of the discussions, a long discussion (300 posts) and
   about 5,000 posts in all (× --scale). Each forum renders the posts' Markdown with its
   own renderer at load time, as each does when a post is saved.
3. one member who has not posted is logged in on each (both forums are members-only).
4. both servers run side by side: uvicorn with the same options and worker count,
   DEBUG off, PostgreSQL with the same connection pool, the same Redis cache backend,
   WhiteNoise with compressed fingerprinted static files (ours: the production settings).
5. 20 keep-alive clients (asyncio, raw HTTP/1.1) ask for one page as fast as it answers,
   for --seconds once every client has had an answer; forum and page alternate within
   each round and the order flips every round. Per page: requests per second and the CPU
   per request of the server's processes and of PostgreSQL's backends for its database
   (both from /proc), medians over the rounds.

The discussion page shows as many posts on both (our opening post and 20 replies; the
peer's page size is set to 21), the category page as many discussions (25). The start page
is our forum index against the peer's category index (the list of categories).

Needs PostgreSQL and Redis on 127.0.0.1. Uses Redis database 11 (BENCH_REDIS_URL),
emptied first. Prints the ratios (ours / peer, requests per second) last.
"""

import argparse
import asyncio
import json
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.production_server import stop_server  # noqa: E402

PEER_DIR = ROOT / "bench" / "forum_peer_site"
PEER_VENV = Path(os.environ.get("BENCH_PEER_VENV", ROOT / "bench" / ".venv-spirit"))
WORK = Path(os.environ.get("BENCH_WORK_DIR", "/tmp/ln_forumpeer"))  # noqa: S108 - the benchmark's scratch space
ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
DATABASE_PREFIX = os.environ.get("BENCH_DATABASE_PREFIX", "ln_forumpeer")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/11")
# The peer and what serves it; server and database driver at the versions ours uses.
PEER_REQUIREMENTS = [
    "django-spirit==0.14.3",
    "uvicorn==0.54.0",
    "uvloop==0.23.0",
    "httptools==0.9.0",
    "psycopg[binary,pool]==3.3.9",
    "whitenoise==6.12.0",
    "redis==8.1.0",
]
UVICORN_OPTIONS = ["--host", "127.0.0.1", "--lifespan", "off", "--log-level", "warning", "--no-access-log",
                   "--loop", "uvloop", "--http", "httptools"]  # fmt: skip
PAGES = ("thread", "category", "start")
SIDES = ("ours", "peer")


# The data


FIRST_NAMES = ["Anna", "Bram", "Carla", "Daan", "Eva", "Fatima", "Gert", "Hanna", "Ismail", "Joke", "Kees", "Lotte",
               "Mohamed", "Noor", "Olga", "Pieter", "Roos", "Sander", "Tess", "Yusuf"]  # fmt: skip
LAST_NAMES = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos",
              "Peters", "Hendriks", "van Dijk", "Yilmaz", "El Amrani"]  # fmt: skip
CATEGORIES = [
    ("Armoede en schulden", "armoede-en-schulden", "Vroegsignalering, schuldhulp en bestaanszekerheid."),
    ("Eenzaamheid", "eenzaamheid", "Wat werkt tegen eenzaamheid in de wijk."),
    ("Toegang sociaal domein", "toegang-sociaal-domein", "Brede vraagverheldering en een vaste contactpersoon."),
    ("Mantelzorg", "mantelzorg", "Ondersteuning van mantelzorgers."),
    ("Integraal werken", "integraal-werken", "Samenwerken over de grenzen van teams heen."),
    ("Overlast en ondermijning", "overlast-en-ondermijning", "Aanpak van overlast in de buurt."),
]
SENTENCES = [
    "Wij werken sinds vorig jaar met een **vaste contactpersoon** voor gezinnen met schulden.",
    "De wijkteams merken dat inwoners eerder aan de bel trekken als ze één gezicht kennen.",
    "Hoe hebben jullie de samenwerking met de woningcorporaties geregeld?",
    "Bij ons duurde het een half jaar voordat de afspraken over vroegsignalering rond waren.",
    "Zie ook het dossier [Wat werkt bij schuldhulpverlening](https://www.example.nl/wat-werkt/schulden).",
    "Een ervaringsdeskundige in het regieteam heeft ons veel opgeleverd.",
    "We meten nu drie keer per jaar hoe inwoners de toegang ervaren.",
    "Langduriger beschikken scheelt de inwoner en de consulent veel papierwerk.",
    "Ik ben benieuwd of andere gemeenten *procesregie* apart beleggen of bij het wijkteam.",
    "Onze wethouder wil graag een voorbeeld van een gemeente die dit al twee jaar doet.",
    "De brede vraagverheldering kost in het begin meer tijd, maar het voorkomt doorverwijzingen.",
    "Wij organiseren elke maand een lunch waar professionals en inwoners elkaar ontmoeten.",
]


def generate_data(scale, seed=15):
    """The same data for both forums, as plain values (indexes instead of objects)."""
    rng = random.Random(seed)
    members = [{"first": rng.choice(FIRST_NAMES), "last": rng.choice(LAST_NAMES)} for _ in range(200 * scale)]
    reader = len(members)  # logged in, posts nothing
    members.append({"first": "Lezer", "last": "Benchmark"})
    bodies = []
    for _ in range(300):
        paragraphs = [" ".join(rng.sample(SENTENCES, rng.randint(1, 3))) for _ in range(rng.randint(1, 4))]
        bodies.append("\n\n".join(paragraphs))
    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

    def thread(category, title, size, start):
        at = start
        posts = []
        for _ in range(size):
            posts.append({"author": rng.randrange(reader), "body": rng.choice(bodies), "at": at.isoformat()})
            at += timedelta(minutes=rng.randint(5, 600))
        return {"category": category, "title": title, "author": posts[0]["author"], "pinned": False, "posts": posts}

    threads = []
    for n in range(400 * scale):
        category = 0 if rng.random() < 0.75 else rng.randrange(1, len(CATEGORIES))
        title = f"{rng.choice(SENTENCES).split('.')[0].replace('*', '')[:90]} ({n + 1})"
        start = now - timedelta(days=rng.uniform(30, 700))
        threads.append(thread(category, title, rng.randint(3, 20), start))
    long_thread = len(threads)
    threads.append(thread(0, "Ervaringen met de vaste contactpersoon: wat werkt?", 300 * scale,
                          now - timedelta(days=400)))  # fmt: skip
    for pinned in (3, 9):
        threads[pinned]["pinned"] = True
    return {
        "members": members,
        "reader": reader,
        "categories": [{"name": n, "slug": s, "description": d} for n, s, d in CATEGORIES],
        "threads": threads,
        "long_thread": long_thread,
        "main_category": 0,
        "posts_per_page": 21,
        "threads_per_page": 25,
    }


# The two forums


def ensure_peer_venv():
    python = PEER_VENV / "bin" / "python"
    marker = PEER_VENV / ".requirements"
    wanted = "\n".join(PEER_REQUIREMENTS)
    if python.exists() and marker.exists() and marker.read_text() == wanted:
        return python
    print(f"Making the peer's virtualenv in {PEER_VENV} (once) …", flush=True)
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(PEER_VENV)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", *PEER_REQUIREMENTS], check=True)
    marker.write_text(wanted)
    return python


def fresh_database(name):
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")


def environments(secret_key, ours_port):
    ours = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="lerendnetwerk.settings.production",
        SECRET_KEY=secret_key,
        DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{DATABASE_PREFIX}_ours",
        REDIS_URL=REDIS_URL,
        ALLOWED_HOSTS="127.0.0.1",
        SITE_URL=f"http://127.0.0.1:{ours_port}",
        EMAIL_HOST="smtp.bench.invalid",
        DEFAULT_FROM_EMAIL="Lerend Netwerk <noreply@bench.invalid>",
        SECURE_SSL_REDIRECT="false",
        STATIC_ROOT=str(WORK / "static-ours"),
    )
    peer = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="peer_site.settings",
        PYTHONPATH=str(PEER_DIR),
        SECRET_KEY=secret_key,
        PEER_DATABASE=f"{DATABASE_PREFIX}_spirit",
        PEER_REDIS_URL=REDIS_URL,
        PEER_STATIC_ROOT=str(WORK / "static-peer"),
        PEER_MEDIA_ROOT=str(WORK / "media-peer"),
        PEER_SEARCH_ROOT=str(WORK / "search-peer"),
    )
    for name in ("VIRTUAL_ENV", "PYTHONHOME"):
        peer.pop(name, None)
    return {"ours": ours, "peer": peer}


def load_both(data, env, peer_python):
    import redis

    WORK.mkdir(parents=True, exist_ok=True)
    data_file = WORK / "data.json"
    data_file.write_text(json.dumps(data))
    redis.Redis.from_url(REDIS_URL).flushdb()  # the benchmark's own Redis database
    for previous in WORK.glob("loaded-*.json"):  # what --reuse would find is gone now
        previous.unlink()
    fresh_database(f"{DATABASE_PREFIX}_ours")
    fresh_database(f"{DATABASE_PREFIX}_spirit")
    loaded = {}
    for side, python, script, cwd in (
        ("ours", sys.executable, PEER_DIR / "load_ours.py", ROOT),
        ("peer", str(peer_python), PEER_DIR / "load_peer.py", PEER_DIR),
    ):
        started = time.monotonic()
        output = subprocess.run(
            [python, str(script), str(data_file)], cwd=cwd, env=env[side], check=True, capture_output=True, text=True
        ).stdout
        loaded[side] = json.loads(output.strip().splitlines()[-1])
        print(f"  {side}: loaded in {time.monotonic() - started:.0f} s", flush=True)
    # Planner statistics for the bulk-loaded rows, as autovacuum would gather them in time:
    # without them PostgreSQL joins all 1,500 posts of the long discussion before sorting.
    import psycopg

    for database in (f"{DATABASE_PREFIX}_ours", f"{DATABASE_PREFIX}_spirit"):
        with psycopg.connect(ADMIN_URL.rsplit("/", 1)[0] + f"/{database}", autocommit=True) as connection:
            connection.execute("ANALYZE")
    return loaded


def start_server(side, env, python, port, workers, probe):
    with socket.socket() as taken:
        if taken.connect_ex(("127.0.0.1", port)) == 0:
            raise RuntimeError(f"port {port} is in use (a server left over from an earlier run?)")
    app, cwd = ("lerendnetwerk.asgi:application", ROOT) if side == "ours" else ("peer_site.asgi:application", PEER_DIR)
    process = subprocess.Popen(
        [str(python), "-m", "uvicorn", app, "--port", str(port), "--workers", str(workers), *UVICORN_OPTIONS],
        cwd=cwd,
        env=env,
        start_new_session=True,
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            request = urllib.request.Request(f"http://127.0.0.1:{port}{probe['path']}", headers=probe["headers"])
            with urllib.request.urlopen(request, timeout=5) as response:
                if response.status == 200:
                    return process
        except OSError:
            time.sleep(0.3)
    stop_server(process)
    raise RuntimeError(f"{side} did not start on port {port}")


def process_tree(pid):
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                todo.extend(int(child) for child in task.read_text().split())
            except (FileNotFoundError, ProcessLookupError):  # a thread that ended meanwhile
                continue
    return found


def cpu_of(pids):
    """{pid: user + system CPU seconds} of these processes (those still there)."""
    ticks = os.sysconf("SC_CLK_TCK")
    found = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        found[pid] = (int(fields[11]) + int(fields[12])) / ticks
    return found


def database_backends(database):
    """The PostgreSQL processes serving a database (its connection pools' connections)."""
    import psycopg

    for attempt in range(10):  # the server is shared: it may be full for a moment
        try:
            with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
                rows = admin.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s", [database]).fetchall()
            return [pid for (pid,) in rows]
        except psycopg.OperationalError:
            if attempt == 9:
                raise
            time.sleep(0.5)
    return []


class CPUMeter:
    """CPU used by a server (its processes) and by PostgreSQL for its database."""

    def __init__(self, server_pid, database):
        self.server_pid, self.database = server_pid, database

    def __enter__(self):
        self.server = sum(cpu_of(process_tree(self.server_pid)).values())
        self.backends = cpu_of(database_backends(self.database))
        return self

    def __exit__(self, *exc):
        self.server = sum(cpu_of(process_tree(self.server_pid)).values()) - self.server
        after = cpu_of(database_backends(self.database))
        # A connection opened meanwhile counts from zero.
        self.database_cpu = sum(seconds - self.backends.get(pid, 0) for pid, seconds in after.items())


# The load


class Client:
    """One keep-alive HTTP/1.1 connection that asks for the same page again and again."""

    def __init__(self, port, path, headers):
        lines = [f"GET {path} HTTP/1.1", f"Host: 127.0.0.1:{port}"] + [f"{k}: {v}" for k, v in headers.items()]
        self.request = ("\r\n".join(lines) + "\r\n\r\n").encode()
        self.port = port
        self.connection = None

    async def get(self):
        if self.connection is None:
            self.connection = await asyncio.open_connection("127.0.0.1", self.port)
        reader, writer = self.connection
        writer.write(self.request)
        head = await reader.readuntil(b"\r\n\r\n")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        status = int(status_line.split()[1])
        headers = {}
        for line in header_lines:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            body = await reader.readexactly(int(headers["content-length"]))
        else:  # chunked
            parts = []
            while True:
                size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
                parts.append(await reader.readexactly(size + 2))
                if size == 0:
                    break
            body = b"".join(parts)
        if headers.get("connection", "").lower() == "close":
            writer.close()
            self.connection = None
        return status, body

    def close(self):
        if self.connection is not None:
            self.connection[1].close()


async def measure(port, path, headers, clients, seconds, warmup=1.0):
    """(requests per second answered 200 in the measured window, answers in all, answers
    other than 200). The window opens when every client has had an answer (and at least
    `warmup` seconds have passed): on a busy machine one answer can take longer than a
    fixed warm-up, and a window that opens before would count nothing."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    window = {"begin": None, "end": None}
    answered = set()
    counted = {"ok": 0, "all": 0, "other": 0}

    async def run(number, client):
        while True:
            status, _body = await client.get()
            now = loop.time()
            counted["all"] += 1
            if status != 200:
                counted["other"] += 1
            answered.add(number)
            if window["begin"] is None and len(answered) == clients and now >= start + warmup:
                window["begin"], window["end"] = now, now + seconds
            elif window["begin"] is not None:
                if now >= window["end"]:
                    return
                counted["ok"] += status == 200

    pool = [Client(port, path, headers) for _ in range(clients)]
    try:
        await asyncio.gather(*(run(number, client) for number, client in enumerate(pool)))
    finally:
        for client in pool:
            client.close()
    return counted["ok"] / seconds, counted["all"], counted["other"]


def one_page(port, path, headers):
    async def fetch():
        client = Client(port, path, headers)
        try:
            return await client.get()
        finally:
            client.close()

    return asyncio.run(fetch())


def run_rounds(args, servers, loaded, headers):
    """Interleaved rounds: per round every page on both forums, the forums' order flipping."""
    results = {(page, side): {"rps": [], "cpu_ms": [], "db_ms": []} for page in PAGES for side in SIDES}
    databases = {"ours": f"{DATABASE_PREFIX}_ours", "peer": f"{DATABASE_PREFIX}_spirit"}
    for round_number in range(args.rounds):
        for page in PAGES:
            order = SIDES if (round_number + PAGES.index(page)) % 2 == 0 else SIDES[::-1]
            for side in order:
                process, port = servers[side]
                with CPUMeter(process.pid, databases[side]) as cpu:
                    rps, answers, other = asyncio.run(
                        measure(port, loaded[side]["pages"][page], headers[side], args.clients, args.seconds)
                    )
                if other:
                    raise RuntimeError(f"{side} {page}: {other} answers other than 200")
                results[page, side]["rps"].append(rps)
                # CPU over warm-up and measurement, per answer in that time.
                results[page, side]["cpu_ms"].append(1000 * cpu.server / answers)
                results[page, side]["db_ms"].append(1000 * cpu.database_cpu / answers)
        print(f"  round {round_number + 1}/{args.rounds}: "
              + ", ".join(f"{p} {results[p, 'ours']['rps'][-1]:.0f}/{results[p, 'peer']['rps'][-1]:.0f}"
                          for p in PAGES) + " req/s (ours/peer)", flush=True)  # fmt: skip
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=1, help="× the data: 200 members, 400 discussions, ~5,000 posts")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=5.0, help="measured seconds per page, forum and round")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--port", type=int, default=18911, help="ours; the peer on the next")
    parser.add_argument("--reuse", action="store_true", help="keep the databases of the previous run (same --scale)")
    parser.add_argument("--keep", action="store_true", help="leave the servers running at the end (Ctrl-C stops)")
    args = parser.parse_args()

    peer_python = ensure_peer_venv()
    data = generate_data(args.scale)
    posts = sum(len(t["posts"]) for t in data["threads"])
    print(f"Data: {len(data['members'])} members, {len(data['threads'])} discussions, {posts} posts, "
          f"long discussion {len(data['threads'][data['long_thread']]['posts'])} posts", flush=True)  # fmt: skip
    previous = WORK / f"loaded-{args.scale}.json"
    if args.reuse and previous.exists():
        loaded = json.loads(previous.read_text())  # with the secret key its sessions were signed with
        env = environments(loaded["secret_key"], args.port)
    else:
        secret_key = secrets.token_urlsafe(48)
        env = environments(secret_key, args.port)
        loaded = dict(load_both(data, env, peer_python), secret_key=secret_key)
        previous.write_text(json.dumps(loaded))
    headers = {
        side: {"Cookie": loaded[side]["cookie"], "Accept-Language": "nl", "Connection": "keep-alive"} for side in SIDES
    }
    pythons = {"ours": sys.executable, "peer": peer_python}
    summary = {}
    for workers in args.workers:
        servers = {}
        try:
            for offset, side in enumerate(SIDES):
                port = args.port + offset
                probe = {"path": loaded[side]["pages"]["start"], "headers": headers[side]}
                servers[side] = (start_server(side, env[side], pythons[side], port, workers, probe), port)
            print(f"{workers} worker(s):", flush=True)
            for side in SIDES:
                for page in PAGES:
                    status, body = one_page(servers[side][1], loaded[side]["pages"][page], headers[side])
                    assert status == 200, (side, page, status)
                    print(f"  {side} {page}: {loaded[side]['pages'][page]} {len(body) // 1024} KB", flush=True)
            summary[workers] = run_rounds(args, servers, loaded, headers)
            summary[workers]["load"] = os.getloadavg()[0]
            if args.keep:
                print("Servers left running; Ctrl-C stops.", flush=True)
                while True:
                    time.sleep(3600)
        finally:
            for process, _port in servers.values():
                stop_server(process)

    print()
    print(f"Medians of {args.rounds} interleaved rounds, {args.clients} clients, {args.seconds:g} s each "
          f"(scale {args.scale}: {posts} posts):")  # fmt: skip
    print("CPU per request in ms: the server's processes + PostgreSQL's for its database")
    print(f"{'workers':>7} {'page':<9} {'ours req/s':>10} {'peer req/s':>10} {'ours CPU':>12} {'peer CPU':>12}")
    ratios = []
    for workers, results in summary.items():
        for page in PAGES:
            ours, peer = results[page, "ours"], results[page, "peer"]
            rps = statistics.median(ours["rps"]), statistics.median(peer["rps"])
            cpu = [(statistics.median(s["cpu_ms"]), statistics.median(s["db_ms"])) for s in (ours, peer)]
            print(f"{workers:>7} {page:<9} {rps[0]:>10.1f} {rps[1]:>10.1f} "
                  + " ".join(f"{server:>6.1f} + {db:>3.1f}" for server, db in cpu))  # fmt: skip
            per_round = [a / b for a, b in zip(ours["rps"], peer["rps"], strict=True)]
            ratios.append((workers, page, rps[0] / rps[1], sum(cpu[1]) / sum(cpu[0]), min(per_round), max(per_round)))
    print("load average (1 min) at the end of each worker count: "
          + ", ".join(f"{w}: {r['load']:.1f}" for w, r in summary.items()))  # fmt: skip
    print()
    print("Ratio ours / peer in requests per second, of the medians (goal ≥ 1.5); the rounds' own ratios from–to;")
    print("CPU per request (server + PostgreSQL), peer / ours:")
    for workers, page, ratio, cpu_ratio, lowest, highest in ratios:
        print(
            f"  {workers} worker(s) {page:<9} {ratio:.2f}×  (rounds {lowest:.2f}–{highest:.2f}; CPU {cpu_ratio:.2f}×)"
        )


if __name__ == "__main__":
    main()
