"""Journey: a visitor types the addresses of what is not theirs (a practice's closed space,
the member pages, the admin) straight into the address bar, and gets a login page, "no
access" or "not found": never the content. A member outside the practice neither."""

import re
from urllib.parse import urlsplit

import pytest

from forum import services
from forum.models import Post
from members.roles import Role
from tests import pages
from tests.browser.support import (
    assert_focus_visible,
    expect,
    fill_in_the_login_form_by_keyboard,
    focused,
    in_thread,
    log_in,
    log_in_by_keyboard,
    press,
)
from tests.factories import PASSWORD, MemberFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SECRET_TITLE = "Casus Holtenbroek: wie neemt de regie?"
SECRET_BODY = "Vertrouwelijk: het gezin uit de Bachlaan heeft vijf hulpverleners."
MEMBERS_ONLY_NAME = "Merel Jansen"


def refused(page, url):
    """Open `url` as typed in the address bar; how the site answered, or None when it
    showed the page."""
    response = page.goto(url)
    if urlsplit(page.url).path == "/account/login/":
        return "login"
    if response.status in (403, 404):
        return response.status
    return None


def assert_nothing_secret(page, url):
    content = page.content()
    for secret in (SECRET_TITLE, SECRET_BODY, MEMBERS_ONLY_NAME):
        assert secret not in content, f"{url} shows {secret!r}"


def test_closed_spaces_member_pages_and_the_admin_stay_closed_whatever_the_address(new_context):
    trekker = MemberFactory(first_name="Annemieke", email="trekker@zwolle.example", roles=[Role.MUNICIPAL_LEAD])
    merel = MemberFactory(first_name="Merel", last_name="Jansen", email="merel@zwolle.example")
    MemberFactory(first_name="Sjoerd", email="redacteur@instituut.example", roles=[Role.EDITOR])
    practice = pages.practice("Eén voordeur in Zwolle", leads=[trekker], participants=[merel])
    space = services.ensure_practice_space(practice)
    thread = in_thread(services.start_thread, trekker, space, title=SECRET_TITLE, body=SECRET_BODY)
    opening = Post.objects.get(thread=thread)

    closed_space = [
        space.get_absolute_url(),
        f"{space.get_absolute_url()}nieuw/",
        thread.get_absolute_url(),
        opening.get_absolute_url(),
        f"/forum/discussie/{thread.pk}/stand/",
        f"/forum/discussie/{thread.pk}/reageren/?op={opening.pk}&citeer=1",
        f"/forum/bericht/{opening.pk}/geschiedenis/",
        f"/forum/bericht/{opening.pk}/melden/",
        f"/forum/bericht/{opening.pk}/bewerken/",
    ]
    member_pages = [
        "/leden/",
        "/leden/?q=Merel",
        f"/leden/{merel.pk}/",
        f"/leden/{merel.pk}/bewerken/",
        "/leden/mijn-profiel/",
        "/leden/associate-member-worden/",
        "/forum/leden-noemen/?q=Mer",
        "/mijn-bijeenkomsten/",
        "/mijn-ervaringen/",
        "/meldingen/",
        "/privacy/mijn-gegevens/",
    ]
    admin = [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{practice.pk}/edit/",
        "/admin/users/",
        f"/admin/users/{merel.pk}/",
        "/admin/forum/meldingen/",
        "/admin/bijeenkomsten/",
        "/admin/login/",
    ]
    # Public pages: open to all, but they must not give the closed space away either.
    public = ["/forum/", practice.url, f"/zoeken/?q={SECRET_TITLE.split()[1]}"]

    visitor = new_context().new_page()
    answers = {url: refused(visitor, url) for url in closed_space + member_pages + admin}
    assert [url for url, answer in answers.items() if answer is None] == [], answers
    for url in [*closed_space, *member_pages, *admin, *public]:
        visitor.goto(url)
        assert_nothing_secret(visitor, url)

    # The thread's live socket turns a visitor away: nothing is sent, and the close code
    # (4401) tells the page to stop trying.
    visitor.goto("/")
    socket = visitor.evaluate(
        """path => new Promise(resolve => {
             const seen = {messages: []};
             const socket = new WebSocket(`ws://${location.host}${path}`);
             socket.onmessage = message => seen.messages.push(message.data);
             socket.onclose = event => { seen.code = event.code; resolve(seen); };
           })""",
        f"/ws/forum/discussie/{thread.pk}/",
    )
    assert socket == {"messages": [], "code": 4401}

    # A member of the network who is not in the practice: no access, no content.
    outsider = MemberFactory(first_name="Ander", email="ander@elders.example")
    member = new_context().new_page()
    log_in(member, outsider.email, PASSWORD)
    for url in closed_space:
        assert refused(member, url) in (403, 404), url
        assert_nothing_secret(member, url)
    member.goto(practice.url)
    expect(member.get_by_role("link", name="Naar de besloten ruimte van de praktijk")).to_have_count(0)


def test_from_a_link_to_a_closed_thread_through_the_login_page_and_back_with_the_keyboard_only(new_context):
    """A participant opens a notification's link while logged out: the login page, then,
    by keyboard, straight on to the discussion. Someone outside the practice gets "not
    found" (a closed space does not even admit that the thread exists) and a way on."""
    trekker = MemberFactory(first_name="Annemieke", email="trekker@zwolle.example", roles=[Role.MUNICIPAL_LEAD])
    merel = MemberFactory(first_name="Merel", last_name="Jansen", email="merel@zwolle.example")
    outsider = MemberFactory(first_name="Ander", email="ander@elders.example")
    practice = pages.practice("Eén voordeur in Zwolle", leads=[trekker], participants=[merel])
    space = services.ensure_practice_space(practice)
    thread = in_thread(services.start_thread, trekker, space, title=SECRET_TITLE, body=SECRET_BODY)

    page = new_context().new_page()
    page.goto(thread.get_absolute_url())
    expect(page).to_have_url(re.compile(r"/account/login/\?next="))
    assert_nothing_secret(page, thread.get_absolute_url())
    page.keyboard.press("Tab")
    expect(focused(page)).to_have_text("Naar de inhoud")
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    expect(page.get_by_role("main")).to_be_focused()
    fill_in_the_login_form_by_keyboard(page, merel.email, PASSWORD)
    expect(page.get_by_role("heading", name=SECRET_TITLE, level=1)).to_be_visible()
    assert urlsplit(page.url).path == thread.get_absolute_url()

    other = new_context().new_page()
    log_in_by_keyboard(other, outsider.email, PASSWORD)
    assert other.goto(thread.get_absolute_url()).status == 404
    expect(other.get_by_role("heading", level=1)).to_have_text("Pagina niet gevonden")
    assert_nothing_secret(other, thread.get_absolute_url())
    press(other, other.get_by_role("main").get_by_role("link", name="Naar de homepagina"))
    expect(other).to_have_url(re.compile(r"/$"))
