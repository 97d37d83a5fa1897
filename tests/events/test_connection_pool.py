"""Many registrations at once through two server processes on PostgreSQL hold no more
database connections than the pools allow, and lose none.

Under ASGI every request runs in a thread of its own and Django's connections belong to a
thread: without a pool, each request in flight held a connection of its own (200 at once
answered 500 "too many clients already" at PostgreSQL's default max_connections). With
the pool of lerendnetwerk/settings/base.py a process holds at most
DATABASE_POOL_MAX_SIZE connections; requests beyond that wait for one. The servers'
connections are told apart from this test's own by their application_name (libpq's
PGAPPNAME), and counted in pg_stat_activity while the requests run.

bench/pg_pool.py does the same with 200 requests and production settings.
"""

import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import psycopg
import pytest
from django.db import connection
from django.test import Client

from events.models import Attendance, Registration, RegistrationStatus
from tests import pages
from tests.factories import MemberFactory
from tests.support.servers import AsgiServer, ServerLog

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="the connection pool is PostgreSQL's (SQLite has no server connections to count); "
        "run with DATABASE_URL set to PostgreSQL (CI does)",
    ),
]

WORKERS = 2
POOL_MAX_SIZE = 3
REGISTRANTS = 40
SEATS = 10
CSRF_TOKEN = "pooltestpooltestpooltestpooltest"  # the CSRF secret the test sends as cookie and field


class ConnectionSampler:
    """Counts, every few milliseconds, the connections with one application_name."""

    def __init__(self, application_name):
        self.application_name = application_name
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self):
        settings = connection.settings_dict
        with psycopg.connect(
            dbname=settings["NAME"],
            user=settings["USER"] or None,
            password=settings["PASSWORD"] or None,
            host=settings["HOST"] or "127.0.0.1",
            port=settings["PORT"] or 5432,
            autocommit=True,
        ) as sampling:
            while not self._stop.is_set():
                (count,) = sampling.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE application_name = %s", [self.application_name]
                ).fetchone()
                self.peak = max(self.peak, count)
                time.sleep(0.005)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc_info):
        self._stop.set()
        self._thread.join()


def session_cookie(member):
    client = Client()
    client.force_login(member)
    return client.cookies["sessionid"].value


def register(url, session):
    request = urllib.request.Request(
        url,
        data=urllib.parse.urlencode({"attendance": Attendance.IN_PERSON, "csrfmiddlewaretoken": CSRF_TOKEN}).encode(),
        headers={"Cookie": f"sessionid={session}; csrftoken={CSRF_TOKEN}"},
    )
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def register_all_at_once(server, event, sessions):
    url = server.url + event.url + "aanmelden/"  # here: the threads must not query the database
    barrier = threading.Barrier(len(sessions))
    statuses = [None] * len(sessions)

    def one(number, session):
        barrier.wait()
        statuses[number] = register(url, session)

    threads = [threading.Thread(target=one, args=(n, s)) for n, s in enumerate(sessions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


def test_simultaneous_registrations_through_two_workers_use_at_most_the_pools_connections():
    event = pages.event("Volle zaal", capacity_in_person=SEATS)
    sessions = [session_cookie(member) for member in MemberFactory.create_batch(REGISTRANTS)]
    application_name = f"ln-pool-test-{time.monotonic_ns()}"
    server = AsgiServer(
        workers=WORKERS,
        extra_env={
            "PGAPPNAME": application_name,
            "DATABASE_POOL_MIN_SIZE": "1",
            "DATABASE_POOL_MAX_SIZE": str(POOL_MAX_SIZE),
        },
    )
    log = ServerLog(server)
    try:
        with ConnectionSampler(application_name) as sampler:
            statuses = register_all_at_once(server, event, sessions)
    finally:
        server.stop()

    assert statuses == [302] * REGISTRANTS, log.tail()  # each sent back to the meeting's page
    registrations = Registration.objects.filter(event=event)
    assert registrations.filter(status=RegistrationStatus.CONFIRMED).count() == SEATS
    assert registrations.filter(status=RegistrationStatus.WAITLISTED).count() == REGISTRANTS - SEATS
    assert 0 < sampler.peak <= POOL_MAX_SIZE * WORKERS
