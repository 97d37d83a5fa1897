#!/usr/bin/env python
"""Live delivery benchmark: N WebSocket clients on one thread, a steady stream of posts.

Starts real uvicorn servers on PostgreSQL and Redis: server A holds the clients, server B
takes the posts (HTTP, as the page's JavaScript sends them), so every message crosses
Redis. Each client runs the same protocol as forum-live.js (sync on connect, apply in
order, drop duplicates, reconnect with jittered backoff). Reports delivery latency
(post sent -> event received) and lost / duplicated messages. With --restart, server A is
killed half-way and started again: the clients reconnect and catch up from the database.
With --restart-worker (and --workers 2 or more) one worker of the clients' server goes
half-way while the posts go on at their rate: `kill` (SIGKILL: a crashed worker, which
uvicorn's supervisor replaces) or `rolling` (SIGHUP: uvicorn replaces every worker, each
new one serving before the old one stops, as a release does); the clients of a worker
that goes reconnect to the others.

    python bench/ws_delivery.py --clients 100 --messages 300 --rate 5
    python bench/ws_delivery.py --clients 500 --messages 300 --rate 5 --restart
    python bench/ws_delivery.py --clients 500 --workers 2 --restart-worker rolling

Needs PostgreSQL and Redis (see DEVELOPERS.md / the README). Writes nothing to the
project's own databases: it creates (and drops) the database `lerendnetwerk_bench`
(BENCH_DATABASE) and empties Redis database 12 (BENCH_REDIS_URL).

The floor, measured first in the same run on the same server: a bare Channels consumer
(bench/floor_asgi.py) that joins one group and forwards what it gets, with the same
number of clients, frames of the same size at the same rate sent by `group_send`. The
ratio printed last is the clients' server's CPU per delivered message, ours / floor.

    python bench/ws_delivery.py --clients 1000 --workers 2
"""

import argparse
import asyncio
import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.production_server import stop_server  # noqa: E402

ADMIN_URL = os.environ.get("BENCH_ADMIN_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
DATABASE = os.environ.get("BENCH_DATABASE", "lerendnetwerk_bench")
DATABASE_URL = f"postgres://postgres@127.0.0.1:5432/{DATABASE}"
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/12")
TOKEN = re.compile(r"bench-(\d+)-")


def prepare_database(clients):
    import psycopg

    with psycopg.connect(ADMIN_URL.replace("postgres://", "postgresql://"), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {DATABASE}")
    os.environ.update(
        DJANGO_SETTINGS_MODULE="lerendnetwerk.settings.test", DATABASE_URL=DATABASE_URL, REDIS_URL=REDIS_URL
    )
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()  # the benchmark's own Redis database
    from bench.logins import logged_in_members
    from forum import services
    from forum.models import Category

    members, sessions = logged_in_members(clients + 1, "bench")
    category = Category.objects.create(name="Benchmark", slug="benchmark")
    thread = services.start_thread(members[0], category, title="Benchmark", body="Start van de meting.")
    return thread.pk, thread.last_sequence, sessions[0], sessions[1:]


def port_in_use(port):
    import socket

    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


class CpuTracker:
    """The CPU a server's processes used, also those that ended on the way (a killed or
    replaced worker): the last figure seen of every process, sampled often."""

    def __init__(self):
        self.seen = {}

    def sample(self, pid):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            return
        self.seen[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        for child in children:
            self.sample(int(child))

    def total(self):
        return sum(self.seen.values())


def cpu_seconds(pid):
    """CPU time (user + system) a process and its children (uvicorn's workers) have used so
    far, from /proc (Linux)."""
    tracker = CpuTracker()
    tracker.sample(pid)
    return round(tracker.total(), 2)


def worker_pids(supervisor):
    """uvicorn's worker processes (its children started by multiprocessing), oldest first."""
    children = Path(f"/proc/{supervisor}/task/{supervisor}/children").read_text().split()
    return [int(pid) for pid in children if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]


def start_server(port, workers=1):
    if port_in_use(port):
        raise RuntimeError(f"port {port} is in use (a server left over from an earlier run?)")
    # As in production: each server has its pool of database connections (settings.base).
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="lerendnetwerk.settings.test")
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "bench.floor_asgi:application", "--host", "127.0.0.1",
         "--port", str(port), "--lifespan", "off", "--log-level", "error", "--ws-max-queue", "256",
         "--workers", str(workers), "--ws-per-message-deflate", "false"],  # as in the Procfile
        cwd=ROOT, env=env, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/zoeken/", timeout=1)
            return process
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"server on {port} did not start")


class Client:
    """forum-live.js in Python: sync, apply in order, drop duplicates, reconnect."""

    def __init__(self, port, session, thread_id, last_seq, sent):
        self.url = f"ws://127.0.0.1:{port}/ws/forum/discussie/{thread_id}/"
        self.headers = {"Cookie": f"sessionid={session}", "Origin": f"http://127.0.0.1:{port}"}
        self.last_seq, self.buffer = last_seq, {}
        self.sent = sent
        self.latencies, self.replayed, self.raw_duplicates, self.applied_twice = [], 0, 0, 0
        self.applied = set()
        self.reconnects = 0
        self.live_received = self.gap_syncs = 0
        self.reconnect_causes = {}
        self.synced_at = None
        self.stop = False

    def receive(self, event, live):
        if event["seq"] <= self.last_seq or event["seq"] in self.buffer:
            self.raw_duplicates += 1
            return
        self.buffer[event["seq"]] = (event, live, time.perf_counter())
        while self.last_seq + 1 in self.buffer:
            event, was_live, received = self.buffer.pop(self.last_seq + 1)
            self.last_seq = event["seq"]
            match = TOKEN.search(event.get("html", ""))
            if match:
                number = int(match.group(1))
                if number in self.applied:
                    self.applied_twice += 1
                self.applied.add(number)
                if was_live:
                    self.latencies.append(received - self.sent[number])
                else:
                    self.replayed += 1

    async def run(self):
        from websockets.asyncio.client import connect

        attempt = 0
        while not self.stop:
            opened_at = None
            try:
                async with connect(self.url, additional_headers=self.headers, open_timeout=20) as socket:
                    attempt, opened_at = 0, time.perf_counter()
                    await socket.send(json.dumps({"type": "sync", "after": self.last_seq}))
                    async for raw in socket:
                        message = json.loads(raw)
                        if message["type"] == "event":
                            self.live_received += 1
                            self.receive(message, live=True)
                        elif message["type"] == "replay":
                            for event in message["events"]:
                                self.receive(event, live=False)
                        elif message["type"] == "synced" and self.synced_at is None:
                            self.synced_at = time.perf_counter()
                        elif message["type"] == "heartbeat" and message["seq"] > self.last_seq:
                            self.gap_syncs += 1
                            await socket.send(json.dumps({"type": "sync", "after": self.last_seq}))
                        if self.stop:
                            return
            except Exception as error:  # noqa: BLE001 - any dropped connection: reconnect
                if self.stop:
                    return
                self.reconnects += 1
                cause = f"{type(error).__name__} {getattr(getattr(error, 'rcvd', None), 'code', '')}".strip()
                self.reconnect_causes[cause] = self.reconnect_causes.get(cause, 0) + 1
                # As lerendnetwerk.js' retryDelay: a socket closed for a restart (1012) after
                # it had been open a while reconnects at once; anything else backs off.
                code = getattr(getattr(error, "rcvd", None), "code", None)
                if code == 1012 and opened_at is not None and time.perf_counter() - opened_at >= 2:
                    delay = random.random() * 0.1
                else:
                    base = min(30.0, 1.0 * 2**attempt)
                    delay = base / 2 + random.random() * base / 2
                attempt += 1
                await asyncio.sleep(delay)


def post(port, session, thread_id, number):
    base = f"http://127.0.0.1:{port}"
    headers = {
        "Cookie": f"sessionid={session}; csrftoken=benchbenchbenchbenchbenchbenchbe",
        "X-Requested-With": "fetch",
    }
    data = urllib.parse.urlencode(
        {"body": f"bench-{number}- bericht", "csrfmiddlewaretoken": "benchbenchbenchbenchbenchbenchbe"}
    ).encode()
    request = urllib.request.Request(f"{base}/forum/discussie/{thread_id}/reageren/", data=data, headers=headers)
    return urllib.request.urlopen(request, timeout=30).status


FRAME_PADDING = "x" * 900  # about the size of a post event's HTML


async def measure_floor(args, port, pid):
    """The bare Channels path on the clients' server: group_send -> forward."""
    from channels.layers import get_channel_layer
    from websockets.asyncio.client import connect

    layer = get_channel_layer()
    received, latencies, sent = [0], [], {}

    async def listen(ready):
        async with connect(f"ws://127.0.0.1:{port}/ws/bench/floor/", open_timeout=60, max_queue=None) as socket:
            ready.set_result(None)
            async for raw in socket:
                number = int(raw.split('"seq": ', 1)[1].split(",", 1)[0])
                latencies.append(time.perf_counter() - sent[number])
                received[0] += 1

    readies = []
    tasks = []
    for _ in range(args.clients):
        ready = asyncio.get_running_loop().create_future()
        readies.append(ready)
        tasks.append(asyncio.create_task(listen(ready)))
        if len(tasks) % 50 == 0:
            await asyncio.sleep(0.05)
    await asyncio.wait_for(asyncio.gather(*readies), 120)
    await asyncio.sleep(1)
    expected = args.clients * args.messages
    cpu_before, started = cpu_seconds(pid), time.perf_counter()
    for number in range(args.messages):
        sent[number] = time.perf_counter()
        text = json.dumps({"type": "event", "seq": number, "kind": "post", "html": f"bench-{number}- {FRAME_PADDING}"})
        await layer.group_send("bench.floor", {"type": "floor.frame", "text": text})
        await asyncio.sleep(max(0.0, started + (number + 1) / args.rate - time.perf_counter()))
    deadline = time.perf_counter() + 30
    while received[0] < expected and time.perf_counter() < deadline:
        await asyncio.sleep(0.2)
    cpu = cpu_seconds(pid) - cpu_before
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    latencies.sort()
    return {
        "floor_delivered": received[0],
        "floor_expected": expected,
        "floor_cpu_seconds": round(cpu, 2),
        "floor_cpu_us_per_delivery": round(cpu / max(1, received[0]) * 1e6, 1),
        "floor_latency_ms_p95": round(latencies[int(len(latencies) * 0.95)] * 1000, 1) if latencies else None,
    }


async def measure(args, prepared):
    thread_id, start_seq, poster_session, sessions = prepared
    ports = (18701, 18702)
    servers = {ports[0]: start_server(ports[0], args.workers), ports[1]: start_server(ports[1])}
    floor = await measure_floor(args, ports[0], servers[ports[0]].pid) if not args.no_floor else {}
    print(f"floor: {floor}", file=sys.stderr)
    sent = {}
    clients = [Client(ports[0], sessions[n], thread_id, start_seq, sent) for n in range(args.clients)]
    tasks = [asyncio.create_task(client.run()) for client in clients]
    connecting = time.perf_counter()
    while any(client.synced_at is None for client in clients) and time.perf_counter() - connecting < 120:
        await asyncio.sleep(0.2)  # everyone connected and synced before the stream starts
    connect_seconds = round(time.perf_counter() - connecting, 2)
    synced = sum(client.synced_at is not None for client in clients)
    print(f"{synced} of {args.clients} clients synced in {connect_seconds} s; posting", file=sys.stderr)
    restarted_at = None
    answered = []  # how long the posting server took to answer each post (it commits, then publishes)
    tracker = CpuTracker()
    tracker.sample(servers[ports[0]].pid)
    cpu_before = tracker.total()
    started = time.perf_counter()
    for number in range(args.messages):
        if args.restart and number == args.messages // 2:
            tracker.sample(servers[ports[0]].pid)
            os.killpg(servers[ports[0]].pid, signal.SIGKILL)  # the clients' server dies mid-stream
            servers[ports[0]].wait()
            restarted_at = number
            await asyncio.sleep(2)
            servers[ports[0]] = await asyncio.to_thread(start_server, ports[0], args.workers)
        if args.restart_worker and number == args.messages // 2:
            supervisor = servers[ports[0]].pid
            if args.restart_worker == "kill":
                victim = worker_pids(supervisor)[0]
                tracker.sample(supervisor)
                os.kill(victim, signal.SIGKILL)  # one worker dies mid-stream; the posts go on
            else:
                os.kill(supervisor, signal.SIGHUP)  # every worker replaced, one at a time
            restarted_at = number
        sent[number] = time.perf_counter()
        status = await asyncio.to_thread(post, ports[1], poster_session, thread_id, number)
        assert status == 204, status
        answered.append(time.perf_counter() - sent[number])
        tracker.sample(servers[ports[0]].pid)
        await asyncio.sleep(max(0.0, started + (number + 1) / args.rate - time.perf_counter()))
    print(f"{args.messages} posts sent; waiting for the clients to catch up", file=sys.stderr)
    deadline = time.perf_counter() + 90
    while time.perf_counter() < deadline and any(len(c.applied) < args.messages for c in clients):
        tracker.sample(servers[ports[0]].pid)
        await asyncio.sleep(0.5)
    for client in clients:
        client.stop = True
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    server_cpu = {port: cpu_seconds(process.pid) for port, process in servers.items()}
    tracker.sample(servers[ports[0]].pid)
    stream_cpu = tracker.total() - cpu_before
    load = os.getloadavg()
    for process in servers.values():
        stop_server(process)

    latencies = sorted(value * 1000 for client in clients for value in client.latencies)

    def percentile(p):
        return latencies[min(len(latencies) - 1, int(len(latencies) * p / 100))] if latencies else float("nan")

    expected = args.clients * args.messages
    reconnect_causes = {}
    for client in clients:
        for cause, count in client.reconnect_causes.items():
            reconnect_causes[cause] = reconnect_causes.get(cause, 0) + count
    delivered = sum(len(client.applied) for client in clients)
    ours = stream_cpu / max(1, delivered) * 1e6
    result = {
        "clients": args.clients,
        "workers": args.workers,
        "messages": args.messages,
        "rate_per_second": args.rate,
        "server_restarted_after_message": restarted_at,
        "restart": "server" if args.restart else args.restart_worker,
        "deliveries_expected": expected,
        "deliveries": delivered,
        "lost": expected - delivered,
        "applied_twice": sum(client.applied_twice for client in clients),
        "duplicates_dropped_by_clients": sum(client.raw_duplicates for client in clients),
        "delivered_live": len(latencies),
        "delivered_by_replay": sum(client.replayed for client in clients),
        "reconnects": sum(client.reconnects for client in clients),
        "live_events_received": sum(client.live_received for client in clients),
        "syncs_after_heartbeat_showed_a_gap": sum(client.gap_syncs for client in clients),
        "reconnect_causes": reconnect_causes,
        "seconds_to_connect_all": connect_seconds,
        "cpu_seconds_clients_server": server_cpu[ports[0]],
        "cpu_seconds_posting_server": server_cpu[ports[1]],
        "cpu_seconds_benchmark_clients": round(time.process_time(), 1),
        "machine_load_average_1min": round(load[0], 2),
        "latency_ms_p50": round(percentile(50), 1),
        "latency_ms_p95": round(percentile(95), 1),
        "latency_ms_p99": round(percentile(99), 1),
        "latency_ms_max": round(latencies[-1], 1) if latencies else None,
        "latency_ms_mean": round(statistics.fmean(latencies), 1) if latencies else None,
        "live_share_percent": round(100 * len(latencies) / max(1, delivered), 2),
        "post_answered_ms_p50_p95": [round(sorted(answered)[int(len(answered) * p)] * 1000, 1) for p in (0.5, 0.95)],
        "cpu_seconds_clients_server_during_stream": round(stream_cpu, 2),
        "cpu_us_per_delivery": round(ours, 1),
        **floor,
    }
    if floor:
        # Last, as every benchmark here: our CPU per delivered message / the bare floor's.
        result["cpu_per_delivery_ratio_to_floor"] = round(ours / floor["floor_cpu_us_per_delivery"], 3)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--rate", type=float, default=5.0, help="posts per second")
    parser.add_argument("--restart", action="store_true", help="kill and restart the clients' server half-way")
    parser.add_argument(
        "--restart-worker",
        choices=["kill", "rolling"],
        help="half-way, kill one worker of the clients' server (kill) or replace every worker (rolling)",
    )
    parser.add_argument("--workers", type=int, default=1, help="uvicorn workers of the clients' server")
    parser.add_argument("--no-floor", action="store_true", help="skip the floor (bare Channels consumer)")
    args = parser.parse_args()
    if args.restart_worker and args.workers < 2:
        parser.error("--restart-worker needs --workers 2 or more (the clients move to the other workers)")
    prepared = prepare_database(args.clients)  # Django's ORM, before the event loop runs
    print(json.dumps(asyncio.run(measure(args, prepared)), indent=2))


if __name__ == "__main__":
    main()
