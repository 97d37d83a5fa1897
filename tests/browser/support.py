"""Helpers for the browser journeys: is a browser available, reading the server's mail,
logging in like a person, and checking a page with axe-core.

Playwright is imported here and only here, so that the test modules can be collected (and
then skipped, see conftest.py) on a machine without it.
"""

import email
import os
import time
from concurrent.futures import ThreadPoolExecutor
from email import policy
from pathlib import Path

try:
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # the fixtures skip (or fail, with LN_REQUIRE_BROWSER=1) on this
    expect = sync_playwright = None
    PlaywrightTimeoutError = TimeoutError

# How long to wait for a page, an element or an assertion (Playwright: 30 s for actions, 5 s
# for `expect`). Ten seconds leaves room for a reconnecting socket's back-off on a busy
# 2-core machine and still stops a test that waits for something that will not come.
TIMEOUT_MS = 10_000
if expect is not None:
    expect.set_options(timeout=TIMEOUT_MS)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
INSTALL_HINT = "apt-get install chromium chromium-driver"

# What the browser says about itself: a Dutch visitor in the Netherlands (the site picks the
# language from Accept-Language, and the calendar shows Amsterdam time).
CONTEXT_OPTIONS = {"locale": "nl-NL", "timezone_id": "Europe/Amsterdam", "viewport": {"width": 1280, "height": 900}}

# WCAG 2.1 level A and AA, nothing else (axe's best practices are advice, not the target).
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def missing_browser():
    """Why the browser tests cannot run here, or None when they can."""
    if sync_playwright is None:
        return f"Playwright is not installed: pip install -r requirements-dev.txt (and {INSTALL_HINT})"
    if not Path(CHROMIUM).exists():
        return f"Chromium not installed: {INSTALL_HINT}"
    return None


def browser_required():
    return os.environ.get("LN_REQUIRE_BROWSER") == "1"


# Mail


class Mailbox:
    """The mail the server process wrote with Django's file-based e-mail backend: one file
    per connection, messages separated by a line of 79 dashes."""

    SEPARATOR = b"\n" + b"-" * 79 + b"\n"

    def __init__(self, directory):
        self.directory = Path(directory)

    def messages(self):
        found = []
        for path in sorted(self.directory.glob("*.log"), key=lambda path: path.stat().st_mtime_ns):
            for chunk in path.read_bytes().split(self.SEPARATOR):
                if chunk.strip():
                    found.append(email.message_from_bytes(chunk.lstrip(b"\n"), policy=policy.default))
        return found

    def to(self, address):
        return [message for message in self.messages() if address in message.get("To", "")]

    def clear(self):
        for path in self.directory.glob("*.log"):
            path.unlink()


def text_of(message):
    return message.get_body(preferencelist=("plain",)).get_content()


# Domain operations from the test


def in_thread(function, *args, **kwargs):
    """Call `function` in a thread of its own and return its result.

    For service calls that broadcast after commit (`async_to_sync(layer.group_send)`):
    asgiref refuses that in the test's thread, where Playwright's sync API keeps its event
    loop registered as running (see conftest.py). The thread has its own database
    connection; the test is transactional, so what it commits is what the server sees.
    """
    from django.db import connection

    def run():
        try:
            return function(*args, **kwargs)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result()  # raises what `function` raised


def start_thread_about_the_fixed_contact(author, body="Hoe houden jullie dat vol?"):
    """A thread in a public "Toegang" category: the discussion the forum journeys share."""
    from forum import services
    from forum.models import Category
    from themes.models import Theme

    category = Category.objects.create(name="Toegang", slug="toegang", theme=Theme.objects.get(slug="toegang"))
    return in_thread(
        services.start_thread, author, category, title="Wie werkt met een vaste contactpersoon?", body=body
    )


# Logging in and checking


def log_in(page, email_address, password, code=None):
    """Log in through the login form, as a person would; `code()` answers the question
    for the authenticator app's code (members with two-factor authentication)."""
    page.goto("/account/login/")
    page.get_by_label("E-mail", exact=True).fill(email_address)
    page.get_by_label("Wachtwoord", exact=True).fill(password)
    page.get_by_role("button", name="Inloggen").click()
    if code is not None:
        page.get_by_label("Code", exact=True).fill(code())
        page.get_by_role("button", name="Inloggen").click()
    # Attached, not visible: on a phone it is in the closed menu.
    expect(page.get_by_role("button", name="Uitloggen", include_hidden=True)).to_be_attached()


def code_from_the_app(secret):
    """What the authenticator app shows now, taken early enough in its 30-second window
    that it is still valid when the form arrives."""
    from django.conf import settings

    from tests.support.second_factor import current_code

    period = getattr(settings, "MFA_TOTP_PERIOD", 30)
    if period - time.time() % period < 3:
        time.sleep(period - time.time() % period + 0.1)
    return current_code(secret)


def axe_violations(page):
    """axe-core's WCAG 2.1 A/AA violations on the page as it is now, as readable lines."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options=AXE_OPTIONS).response
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} at {node['target']}: {node['html'][:160]}"
        for violation in results["violations"]
        for node in violation["nodes"]
    ]


def assert_accessible(page):
    """No WCAG 2.1 A/AA violations on the page as it is now."""
    violations = axe_violations(page)
    assert violations == [], f"axe on {page.url}:\n" + "\n".join(violations)


# Keyboard only: Tab, Shift+Tab, Enter, Space and the arrow keys, as someone without a mouse

FOCUS_IS_VISIBLE = """element => {
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
  return element.matches(":focus-visible") && (outline || style.boxShadow !== "none");
}"""

# Where the focus is after a key press, whether it shows, and whether it is the target.
_FOCUS_STOP = (
    "target => { const element = document.activeElement; const visible = ("
    + FOCUS_IS_VISIBLE
    + ")(element); return {reached: element === target, visible, html: element.outerHTML.slice(0, 200)}; }"
)


def focused(page):
    return page.locator("*:focus")


def assert_focus_visible(page):
    element = focused(page)
    assert element.evaluate(FOCUS_IS_VISIBLE), f"no visible focus on {element.evaluate('e => e.outerHTML')[:200]}"


def tab_to(page, locator, limit=120, key="Tab"):
    """Press Tab (or `key`, say "Shift+Tab") until `locator` has the focus; every stop on
    the way must show its focus. Fails when the target is not reached: it is then not in
    the tab order, or hidden behind something only a mouse opens."""
    target = locator.element_handle()
    for _ in range(limit):
        page.keyboard.press(key)
        stop = page.evaluate(_FOCUS_STOP, target)
        assert stop["visible"], f"no visible focus on {stop['html']}"
        if stop["reached"]:
            return
    raise AssertionError(f"{locator} not reached with {limit} presses of {key}")


def press(page, locator, key="Enter"):
    """Tab to a link or button and press Enter (or Space) on it."""
    tab_to(page, locator)
    page.keyboard.press(key)


def choose_file_by_keyboard(page, locator, path, tries=3):
    """Tab to a file field, open its file chooser with Space and choose `path`.

    Headless Chromium now and then loses the chooser of a trusted key press on a busy
    machine (the field keeps the focus, no dialog comes). Space is then pressed again on
    the same focused field, up to `tries` times; a field that never opens a chooser from
    the keyboard still fails."""
    tab_to(page, locator)
    target = locator.element_handle()
    for attempt in range(tries):
        assert page.evaluate("(field) => document.activeElement === field", target), "the file field lost the focus"
        try:
            with page.expect_file_chooser(timeout=5_000) as chooser:
                page.keyboard.press("Space")
        except PlaywrightTimeoutError:
            if attempt == tries - 1:
                raise
            continue
        chooser.value.set_files(path)
        return


def type_into(page, locator, text):
    """Tab to a field and type."""
    tab_to(page, locator)
    page.keyboard.type(text)


def log_in_by_keyboard(page, email_address, password, code=None):
    """`log_in`, with the keyboard only: from the first Tab on the login page."""
    page.goto("/account/login/")
    fill_in_the_login_form_by_keyboard(page, email_address, password, code)


def fill_in_the_login_form_by_keyboard(page, email_address, password, code=None):
    """On the login page (wherever it was reached from): address, password, and the
    authenticator app's code when `code()` gives one."""
    type_into(page, page.get_by_label("E-mail", exact=True), email_address)
    type_into(page, page.get_by_label("Wachtwoord", exact=True), password)
    press(page, page.get_by_role("main").get_by_role("button", name="Inloggen"))
    if code is not None:
        type_into(page, page.get_by_label("Code", exact=True), code())
        press(page, page.get_by_role("main").get_by_role("button", name="Inloggen"))
    # Attached, not visible: on a phone it is in the closed menu.
    expect(page.get_by_role("button", name="Uitloggen", include_hidden=True)).to_be_attached()
