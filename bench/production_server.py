"""The production topology for the benchmarks that need real HTTP: a database of their own,
the production settings (connection pool, Redis cache, sessions and channel layer,
compressed fingerprinted static files) and uvicorn with N workers.

Used by bench/pg_pool.py and bench/registrations.py. Call `production_environment` and
`create_database` before django.setup(); the settings read the environment once.
"""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ADMIN_URL = os.environ.get("BENCH_ADMIN_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")


def database_url(name):
    return ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"


def production_environment(*, secret_key, database, redis_url, port, pool_min_size, pool_max_size, static_root=None):
    """What the production settings need, for a server on 127.0.0.1:`port`. Mail goes to
    an invalid host: it is queued in the database (production's task backend), never sent."""
    env = {
        "DJANGO_SETTINGS_MODULE": "lerendnetwerk.settings.production",
        "SECRET_KEY": secret_key,
        "DATABASE_URL": database_url(database),
        "REDIS_URL": redis_url,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SITE_URL": f"http://127.0.0.1:{port}",
        "EMAIL_HOST": "smtp.bench.invalid",
        "DEFAULT_FROM_EMAIL": "Lerend Netwerk <noreply@bench.invalid>",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_POOL_MIN_SIZE": str(pool_min_size),
        "DATABASE_POOL_MAX_SIZE": str(pool_max_size),
    }
    if static_root is not None:
        env["STATIC_ROOT"] = str(static_root)
    return env


def create_database(name):
    """The benchmark's own database, made afresh (dropped first when a run left it)."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(ADMIN_URL.replace("postgres://", "postgresql://", 1), autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def drop_database(name):
    import psycopg
    from psycopg import sql

    with psycopg.connect(ADMIN_URL.replace("postgres://", "postgresql://", 1), autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def collect_static(env):
    """collectstatic into the environment's STATIC_ROOT, as a release does (pages name the
    fingerprinted files of its manifest)."""
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=ROOT, env=dict(os.environ, **env), check=True,
    )  # fmt: skip


def start_server(env, port, workers, probe_path, log_level="error"):
    """uvicorn with `workers` processes, as the Procfile's web process; returns once
    `probe_path` answers."""
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", port)) == 0:
            raise RuntimeError(f"port {port} is in use (a server left over from an earlier run?)")
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "lerendnetwerk.asgi:application", "--host", "127.0.0.1",
         "--port", str(port), "--workers", str(workers), "--lifespan", "off", "--no-server-header",
         "--log-level", log_level],
        cwd=ROOT, env=dict(os.environ, **env), start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{probe_path}", timeout=2)
            return process
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise RuntimeError(f"server on {port} did not start")


def stop_server(process):
    """SIGTERM to the server's process group (uvicorn and its workers; start it with
    `start_new_session=True`), SIGKILL if it has not exited after 20 s (uvicorn waits for
    open connections during a graceful shutdown). The benchmarks' one way to stop a server."""
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def close_own_connections():
    """This process's own pool must not count in a measurement."""
    from django.db import connection

    connection.close()
    connection.close_pool()
