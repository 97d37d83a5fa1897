#!/usr/bin/env python3
"""`make serve-prod`: the production topology on this machine.

With the production settings against PostgreSQL and Redis: creates the database when it
does not exist yet, runs the release step (migrate, collectstatic, configure_site), loads
the demo content (unless DEMO=0), then starts the processes of the Procfile (the ASGI web
workers, the task worker and the scheduler) and keeps them running together: their output
is shown with the process's name in front, and Ctrl-C (or SIGTERM) stops them all, as does
any one of them ending. See docs/deployment.md, "On one machine".

Every setting comes from the environment as in production; what is not set gets a value
for this machine (PostgreSQL and Redis on 127.0.0.1, mails printed by the task worker,
plain HTTP, a secret key kept in .serve-prod/secret-key).

The supervisor is a few lines of the standard library rather than honcho or foreman: each
process runs in its own process group, so stopping reaches uvicorn's worker processes too,
and a process that does not stop within STOP_TIMEOUT seconds is killed.
"""

import contextlib
import os
import re
import secrets
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
STOP_TIMEOUT = 15  # uvicorn waits up to 10 s (--timeout-graceful-shutdown) for open sockets
COLOURS = ["36", "33", "35", "32", "34", "31"]


def log(message):
    print(f"\033[1m==> {message}\033[0m", flush=True)


def environment():
    """os.environ with this machine's values for whatever production needs and is not set."""
    env = dict(os.environ)
    host = env.setdefault("HOST", "127.0.0.1")
    port = env.setdefault("PORT", "8000")
    env.setdefault("WORKERS", "2")
    state = ROOT / ".serve-prod"
    state.mkdir(exist_ok=True)
    key_file = state / "secret-key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(64))
        key_file.chmod(0o600)
    defaults = {
        "DJANGO_SETTINGS_MODULE": "lerendnetwerk.settings.production",
        "SECRET_KEY": key_file.read_text().strip(),
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/lerendnetwerk_prod",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "ALLOWED_HOSTS": ",".join(dict.fromkeys([host, "127.0.0.1", "localhost"])),
        "SITE_URL": f"http://{host}:{port}",
        "EMAIL_HOST": "localhost",
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
        "DEFAULT_FROM_EMAIL": "Lerend Netwerk <noreply@lerendnetwerk.localhost>",
        "SECURE_SSL_REDIRECT": "false",  # plain HTTP on this machine; behind TLS in production
        "SERVE_MEDIA_IMAGES": "true",  # no proxy in front here
        "PYTHONUNBUFFERED": "1",
    }
    for name, value in defaults.items():
        env.setdefault(name, value)
    # The processes find python, uvicorn and manage.py's tools in the virtualenv.
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return env


def ensure_database(database_url):
    """CREATE DATABASE when it does not exist (on a server where we may)."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    maintenance = urlunsplit(("postgresql", parts.netloc, "/postgres", parts.query, ""))
    try:
        with psycopg.connect(maintenance, autocommit=True, connect_timeout=5) as admin:
            if admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is None:
                log(f"Creating the database {name}")
                admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    except psycopg.OperationalError as error:
        sys.exit(f"PostgreSQL at {parts.hostname}:{parts.port or 5432} does not answer: {error}")


def manage(env, *arguments):
    subprocess.run([sys.executable, "manage.py", *arguments], cwd=ROOT, env=env, check=True)


def release(env, demo):
    log("Release step: migrate, collectstatic, configure_site")
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    manage(env, "configure_site")
    if demo:
        log("Demo content (DEMO=0 leaves it out)")
        manage(env, "load_demo_content")


def without_password(url):
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.replace(f":{parts.password}@", ":…@")))


def read_procfile(path):
    """`name: command` lines; comments and blank lines are skipped."""
    processes = {}
    for line in Path(path).read_text().splitlines():
        match = re.match(r"^([A-Za-z0-9_-]+):\s*(.+)$", line)
        if match:
            processes[match.group(1)] = match.group(2)
    return processes


class Supervisor:
    def __init__(self, processes, env):
        self.processes = processes
        self.env = env
        self.children = {}
        self.stopping = threading.Event()
        self.width = max(map(len, processes))
        self.output_lock = threading.Lock()

    def show(self, name, line):
        colour = COLOURS[list(self.processes).index(name) % len(COLOURS)]
        with self.output_lock:
            sys.stdout.write(f"\033[{colour}m{name:<{self.width}} |\033[0m {line}")
            sys.stdout.flush()

    def start(self):
        for name, command in self.processes.items():
            self.show(name, f"{command}\n")
            child = subprocess.Popen(
                ["/bin/sh", "-c", f"exec {command}"],
                cwd=ROOT,
                env=self.env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,  # a process group of its own: stopping reaches its children
                text=True,
                bufsize=1,
            )
            self.children[name] = child
            threading.Thread(target=self.relay, args=[name, child], daemon=True).start()

    def relay(self, name, child):
        for line in child.stdout:
            self.show(name, line)

    def signal_all(self, signum, *, also_ended=False):
        """To each process's group (a group outlives its leader while a member runs)."""
        for child in self.children.values():
            if also_ended or child.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(child.pid, signum)

    def stop(self):
        """SIGTERM to every process group; SIGKILL to what still runs after STOP_TIMEOUT."""
        self.stopping.set()
        self.signal_all(signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT
        while time.monotonic() < deadline and any(child.poll() is None for child in self.children.values()):
            time.sleep(0.1)
        if any(child.poll() is None for child in self.children.values()):
            log(f"Killing what did not stop within {STOP_TIMEOUT} s")
            self.signal_all(signal.SIGKILL)
        for child in self.children.values():
            child.wait()
        # What is left of a group whose leader has gone (a uvicorn worker whose parent was killed).
        self.signal_all(signal.SIGKILL, also_ended=True)

    def run(self):
        """Until a signal or until one process ends; the exit status is that process's."""
        received = []

        def on_signal(signum, frame):
            received.append(signum)
            self.stopping.set()

        signal.signal(signal.SIGINT, on_signal)
        signal.signal(signal.SIGTERM, on_signal)
        self.start()
        status = 0
        while not self.stopping.wait(0.2):
            for name, child in self.children.items():
                if child.poll() is not None:
                    log(f"{name} ended (exit status {child.returncode}): stopping the others")
                    status = child.returncode or 1
                    self.stopping.set()
                    break
        if received:
            log(f"{signal.Signals(received[0]).name}: stopping {', '.join(self.children)}")
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the first Ctrl-C is being handled
        self.stop()
        log("Stopped")
        return status


def main():
    env = environment()
    processes = read_procfile(ROOT / "Procfile")
    only = [name for name in env.get("PROCESSES", "").split(",") if name]
    if only:
        processes = {name: command for name, command in processes.items() if name in only}
    if not env["DATABASE_URL"].startswith(("postgres://", "postgresql://")):
        sys.exit("DATABASE_URL must point to PostgreSQL (the production settings refuse anything else).")
    ensure_database(env["DATABASE_URL"])
    release(env, demo=env.get("DEMO", "1") != "0")
    log(
        f"Lerend Netwerk (production settings): {env['SITE_URL']}/  health: {env['SITE_URL']}/health/  "
        f"[{env['WORKERS']} web workers, {without_password(env['DATABASE_URL'])}, "
        f"{without_password(env['REDIS_URL'])}]  Ctrl-C stops all"
    )
    sys.exit(Supervisor(processes, env).run())


if __name__ == "__main__":
    main()
