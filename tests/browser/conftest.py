"""Real-browser journeys: the site as it runs (uvicorn, tests/support/servers.py) and a
Chromium driven by Playwright's synchronous API, clicking by visible Dutch labels.

How the pieces fit
------------------
- **One server for the whole browser package** (`site`): starting uvicorn costs a few
  seconds, so every test in tests/browser talks to the same process. The server opens the
  test database (a file on SQLite, `LN_TEST_DB_FILE`; the test database on PostgreSQL), so
  the tests are transactional (`django_db(transaction=True, serialized_rollback=True)`):
  what a test writes is committed and visible to the server, and afterwards the tables are
  emptied and the data of the migrations (home page, themes, groups) put back.
  The server's mail goes to files (`EMAIL_BACKEND`/`EMAIL_FILE_PATH`, read by
  lerendnetwerk/settings/test.py) that the test reads through `site.mailbox`; background
  tasks run in the server process (ImmediateBackend), so that is where mail is sent.
- **Playwright and Chromium per test** (`chromium`, half a second), a fresh browser
  context per person (`new_context`, `page`): Dutch (`Accept-Language: nl-NL`),
  Amsterdam time.

Playwright's sync API and Django
--------------------------------
Between two sync calls Playwright leaves its event loop registered as the *running* loop
of the test's thread (`asyncio._set_running_loop` in playwright/_impl/_greenlets.py),
although nothing runs in it: the loop only turns while a Playwright call waits. Django
takes that for an async context, with three effects, and this is how each is handled:

1. The ORM refuses to run ("You cannot call this from an async context"). Its guard is
   against sharing a connection between coroutines, which cannot happen here: the test
   thread uses its connection one statement at a time. `DJANGO_ALLOW_ASYNC_UNSAFE` is set
   (monkeypatch) while the browser runs, in this process only; the server does not get it.
2. Database connections are kept per async context (`ConnectionHandler` is
   thread-critical), so while Playwright runs, the test's ORM calls use a connection of
   their own, not the one pytest-django set up. In a transactional test that is harmless
   (everything is committed at once), but pytest-django's own steps must not run there:
   before a test it puts the migrations' data back only if its connection carries the
   serialized copy, and the other connection does not, so the restore is skipped without
   a word (the second test then finds no home page). So Playwright is started per test,
   after that setup, and stopped (its connections closed) before the teardown.
3. `async_to_sync` refuses to run, and the services use it to broadcast live events after
   commit. Those calls go through `support.in_thread(...)`.

The async API would avoid all three, but puts every factory and database check behind
`sync_to_async`. pytest-asyncio's tests elsewhere are unaffected: Playwright is stopped,
and its loop unregistered, at the end of every browser test.

No browser here
---------------
Every test in this package is skipped with the reason ("Chromium not installed:
apt-get install chromium chromium-driver"), unless `LN_REQUIRE_BROWSER=1` (CI): then
they fail.
"""

import collections
import threading
from pathlib import Path

import pytest

from tests.browser.support import (
    CHROMIUM,
    CHROMIUM_ARGS,
    CONTEXT_OPTIONS,
    TIMEOUT_MS,
    Mailbox,
    browser_required,
    missing_browser,
)
from tests.support.servers import AsgiServer

HERE = Path(__file__).parent


def pytest_collection_modifyitems(config, items):
    """Without a browser, skip before any fixture runs (no test database is made for
    nothing); with LN_REQUIRE_BROWSER=1 `browser_available` fails them instead."""
    reason = missing_browser()
    if reason and not browser_required():
        for item in items:
            if HERE in item.path.parents:
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A failing browser test shows the end of what the server logged."""
    report = yield
    site = item.funcargs.get("site") if hasattr(item, "funcargs") else None
    if report.failed and isinstance(site, Site):
        report.sections.append(("server log (last lines)", site.log_tail()))
    return report


class Site:
    """The running server: its address, its mail, and the tail of what it logged."""

    def __init__(self, server, mailbox):
        self.server = server
        self.url = server.url
        self.mailbox = mailbox
        self.log = collections.deque(maxlen=400)
        # Read what the server logs, so that a full pipe never blocks it (Django logs a
        # traceback for every 403), and keep the end of it for a failing test's report.
        self._reader = threading.Thread(target=self._read_log, daemon=True)
        self._reader.start()

    def _read_log(self):
        for line in self.server.process.stdout:
            self.log.append(line.decode(errors="replace"))

    def log_tail(self, lines=60):
        return "".join(list(self.log)[-lines:])


@pytest.fixture(scope="package")
def browser_available():
    reason = missing_browser()
    if reason:  # only reached with LN_REQUIRE_BROWSER=1; otherwise the tests were skipped
        pytest.fail(f"{reason} (LN_REQUIRE_BROWSER=1: the browser tests must run here)")


@pytest.fixture(scope="package")
def site(browser_available, django_db_setup, tmp_path_factory):
    mail_dir = tmp_path_factory.mktemp("mail")
    server = AsgiServer(
        extra_env={
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(mail_dir),
        }
    )
    yield Site(server, Mailbox(mail_dir))
    server.stop()


@pytest.fixture
def chromium(browser_available, site, monkeypatch):
    """Playwright and Chromium for one test: started after pytest-django has prepared the
    database and stopped before it empties it (see the module's docstring)."""
    from django.db import connections

    from lerendnetwerk import live
    from tests.browser.support import in_thread, sync_playwright

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    # Point 3 above for broadcasts the test does not call itself: a model signal's (a
    # membership made by a factory tells the bell) runs in a thread of its own too.
    broadcast = live.broadcast
    monkeypatch.setattr(live, "broadcast", lambda group, message: in_thread(broadcast, group, message))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
        # The connections the test opened while Playwright's loop was registered (Django
        # keeps those apart from the thread's own); closed, so none is left behind.
        connections.close_all()


@pytest.fixture
def new_context(chromium, site):
    """new_context() opens a browser context (a person with their own cookies) on the site."""
    site.mailbox.clear()
    contexts = []

    def make(**options):
        context = chromium.new_context(base_url=site.url, **{**CONTEXT_OPTIONS, **options})
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_context):
    return new_context().new_page()
