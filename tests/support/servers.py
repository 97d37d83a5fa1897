"""Real ASGI server processes for tests: the site as it runs in production (uvicorn),
on a free loopback port, using the test database."""

import collections
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_reachable(url):
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 6379), timeout=1):
            return True
    except OSError:
        return False


def test_database_url():
    settings = connection.settings_dict
    if settings["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{settings['NAME']}"
    user = settings.get("USER") or ""
    password = f":{settings['PASSWORD']}" if settings.get("PASSWORD") else ""
    host = settings.get("HOST") or "127.0.0.1"
    port = settings.get("PORT") or 5432
    return f"postgres://{user}{password}@{host}:{port}/{settings['NAME']}"


class SharedCache:
    """Without Redis, the test process and its servers each had a cache in memory of their
    own: what the server remembers between requests (the menus, the site: lerendnetwerk.
    tree_cache) was never forgotten when a test changed pages in its own process. While a
    server runs, both use one cache in files instead (settings.test reads LN_TEST_CACHE_DIR),
    emptied before every test as the in-memory one is (tests/conftest.py)."""

    users = 0
    directory = None
    override = None

    @classmethod
    def join(cls):
        if cls.users == 0:
            from django.test.utils import override_settings

            cls.directory = tempfile.mkdtemp(prefix="ln-test-cache-")
            cls.override = override_settings(
                CACHES={
                    "default": {
                        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                        "LOCATION": cls.directory,
                        "KEY_PREFIX": "lerendnetwerk-test",
                    }
                }
            )
            cls.override.enable()
        cls.users += 1
        return cls.directory

    @classmethod
    def leave(cls):
        cls.users -= 1
        if cls.users == 0:
            cls.override.disable()
            shutil.rmtree(cls.directory, ignore_errors=True)


class AsgiServer:
    def __init__(self, redis_url=None, extra_env=None, workers=1):
        self.port = free_port()
        env = dict(os.environ)
        env.update(
            DJANGO_SETTINGS_MODULE="lerendnetwerk.settings.test",
            DATABASE_URL=test_database_url(),
            PYTHONUNBUFFERED="1",
        )
        if redis_url:
            env["REDIS_URL"] = redis_url
        self.shares_cache = not env.get("REDIS_URL")
        if self.shares_cache:
            env["LN_TEST_CACHE_DIR"] = SharedCache.join()
        env.update(extra_env or {})
        self.process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "lerendnetwerk.asgi:application", "--host", "127.0.0.1",
             "--port", str(self.port), "--lifespan", "off", "--log-level", "warning", "--workers", str(workers)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        self._wait_until_up()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def _wait_until_up(self, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server stopped: {self.process.stdout.read().decode()[-2000:]}")
            try:
                urllib.request.urlopen(self.url + "/zoeken/", timeout=1)
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("server did not start in time")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        if self.shares_cache:
            self.shares_cache = False
            SharedCache.leave()


class ServerLog:
    """Reads what a server process writes, so that a full pipe never blocks it (Django
    logs a traceback for every error answer), and keeps the last lines for a failing
    test's message."""

    def __init__(self, server, lines=400):
        self.lines = collections.deque(maxlen=lines)
        self._reader = threading.Thread(target=self._read, args=(server.process.stdout,), daemon=True)
        self._reader.start()

    def _read(self, stream):
        for line in stream:
            self.lines.append(line.decode(errors="replace"))

    def tail(self, lines=60):
        return "".join(list(self.lines)[-lines:])
