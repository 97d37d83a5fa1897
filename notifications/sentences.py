"""What a notification says, in one sentence: in the notification centre (HTML, every name
and title isolated in <bdi>) and in the digest (plain text).

The notification centre shows 30 notifications a page. As a template (a chain of 25
`{% elif notification.kind == … %}` with a `{% blocktranslate %}` each) a notification
cost about 0.4 ms of CPU to render, and the page 12 ms of its 16 (docs/performance.md);
here a notification is one dictionary lookup and one `gettext`. The sentences are the ones
the templates had, with the same message ids, so their translations are unchanged.
"""

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, gettext_noop, ngettext

from lerendnetwerk.text import without_bidi_controls

from .models import NotificationKind as Kind


def _actor(notification):
    return notification.actor.display_name if notification.actor_id else ""


def _title(related):
    return related.title if related is not None else ""


def _thread_title(notification):
    return _title(notification.thread) if notification.thread_id else ""


# The pages a notification can be about; the centre reads only their titles.
PAGE_FIELDS = ("experience", "practice", "lesson", "network", "event")


def read_page_titles(notifications):
    """The titles of the pages `notifications` are about, in one query (instead of each page
    type's own, with its specific table joined), for their sentences."""
    from wagtail.models import Page

    ids = {getattr(n, f"{field}_id") for n in notifications for field in PAGE_FIELDS} - {None}
    titles = dict(Page.objects.filter(pk__in=ids).values_list("pk", "title")) if ids else {}
    for n in notifications:
        n.page_titles = {field: titles.get(getattr(n, f"{field}_id"), "") for field in PAGE_FIELDS}


def _page_title(notification, field):
    titles = getattr(notification, "page_titles", None)
    if titles is not None:
        return titles[field]
    return _title(getattr(notification, field))


def _actor_or_someone(notification):
    return _actor(notification) or gettext("Someone")


def _page(field):
    """The value getter for the title of the page the notification is about (`field`)."""
    return lambda n: _page_title(n, field)


def _sentence(message, **getters):
    """A kind's sentence: `message` (marked with `_` below), translated when used, with each
    value got from the notification by its getter."""
    return lambda n: (gettext(message), {name: get(n) for name, get in getters.items()})


def _reaction(n):
    values = {"actor": _actor_or_someone(n), "reaction": n.reaction_label, "title": _thread_title(n)}
    others = n.other_reactors
    if not others:
        return gettext("%(actor)s reacted “%(reaction)s” to your post in “%(title)s”"), values
    message = ngettext(
        "%(actor)s (%(reaction)s) and %(counter)s other member reacted to your post in “%(title)s”",
        "%(actor)s (%(reaction)s) and %(counter)s other members reacted to your post in “%(title)s”",
        others,
    )
    return message, values | {"counter": others}


def _decision(n):
    if n.practice_id is None:
        return gettext("The institute has decided on your application as a learning practice"), {}
    return (
        gettext("Your application has been accepted: the learning practice “%(title)s” starts"),
        {"title": _page_title(n, "practice")},
    )


# Each kind: a function of the notification that gives its translated message and the
# values to put in it. `_` only marks a message for translation.
_ = gettext_noop

SENTENCES = {
    Kind.MENTION: _sentence(_("%(actor)s mentioned you in “%(title)s”"), actor=_actor_or_someone, title=_thread_title),
    Kind.REPLY: _sentence(_("%(actor)s replied to you in “%(title)s”"), actor=_actor_or_someone, title=_thread_title),
    Kind.ANSWER: _sentence(
        _("%(actor)s marked your reply as the answer in “%(title)s”"), actor=_actor_or_someone, title=_thread_title
    ),
    Kind.THREAD_ACTIVITY: _sentence(
        _("%(actor)s wrote in “%(title)s”, which you follow"), actor=_actor_or_someone, title=_thread_title
    ),
    Kind.CATEGORY_ACTIVITY: _sentence(
        _("%(actor)s wrote “%(title)s” in a category you follow"), actor=_actor_or_someone, title=_thread_title
    ),
    Kind.CHANGES_REQUESTED: _sentence(
        _("The editors ask for a change to your experience “%(title)s”"), title=_page("experience")
    ),
    Kind.EXPERIENCE_PUBLISHED: _sentence(
        _("Your experience “%(title)s” has been published"), title=_page("experience")
    ),
    Kind.REACTION: _reaction,
    Kind.LESSON_CITES_PRACTICE: _sentence(
        _("The lesson “%(title)s” draws on your learning practice “%(practice)s”"),
        title=_page("lesson"),
        practice=_page("practice"),
    ),
    Kind.POST_HIDDEN: _sentence(
        _("A moderator has hidden your post in “%(title)s”. Other members no longer see it."), title=_thread_title
    ),
    Kind.REFLECTION_DUE: _sentence(
        _("Time to reflect on the learning questions of “%(title)s”"), title=_page("practice")
    ),
    Kind.PRACTICE_INVITATION: _sentence(
        _("You now take part in the learning practice “%(title)s”"), title=_page("practice")
    ),
    Kind.APPLICATION_DECIDED: _decision,
    Kind.NETWORK_REQUEST: _sentence(
        _("%(name)s asks to join the learning network “%(title)s”"), name=_actor_or_someone, title=_page("network")
    ),
    Kind.NETWORK_ACCEPTED: _sentence(
        _("You have been accepted in the learning network “%(title)s”"), title=_page("network")
    ),
    Kind.NETWORK_DECLINED: _sentence(
        _("Your request to join the learning network “%(title)s” has been declined"), title=_page("network")
    ),
    Kind.NETWORK_INVITATION: _sentence(
        _("You are invited to the learning network “%(title)s”"), title=_page("network")
    ),
    Kind.EVENT_EVALUATION: _sentence(_("Fill in the evaluation of the meeting “%(title)s”"), title=_page("event")),
    Kind.EVENT_REPORT: _sentence(_("The report of the meeting “%(title)s” has been published"), title=_page("event")),
    Kind.EVENT_MESSAGE: _sentence(
        _("Message from the organisers of “%(title)s”: %(subject)s"),
        title=_page("event"),
        subject=lambda n: n.event_message.subject if n.event_message_id else "",
    ),
    Kind.MEETING_LISTED: _sentence(_("Your meeting “%(title)s” is in the calendar"), title=_page("event")),
    Kind.MEETING_RETURNED: _sentence(_("The editors sent your meeting “%(title)s” back"), title=_page("event")),
    Kind.NETWORK_MEETING: _sentence(
        _("New meeting “%(meeting)s” in the learning network “%(title)s”"),
        meeting=lambda n: n.message,
        title=_page("network"),
    ),
}

# The label before the message that came with a notification (an editor's, a coordinator's).
MESSAGE_LABELS = {
    Kind.CHANGES_REQUESTED: _("Message from the editors:"),
    Kind.MEETING_LISTED: _("Message from the editors:"),
    Kind.MEETING_RETURNED: _("Message from the editors:"),
    Kind.APPLICATION_DECIDED: _("The institute's explanation:"),
    Kind.NETWORK_REQUEST: _("Their message:"),
    Kind.NETWORK_ACCEPTED: _("The coordinator's message:"),
    Kind.NETWORK_DECLINED: _("The coordinator's message:"),
    Kind.POST_HIDDEN: _("The moderator's explanation:"),
}


# Values that are the site's own words (a reaction's label, a number), not a name or a title.
OWN_WORDS = {"reaction", "counter"}


def _message_and_values(notification):
    build = SENTENCES.get(notification.kind)
    return build(notification) if build is not None else ("", {})


def sentence_text(notification):
    """The sentence as plain text (the digest), names and titles without bidi controls."""
    message, values = _message_and_values(notification)
    return message % {name: _plain(value) for name, value in values.items()} if values else message


def sentence_html(notification):
    """The sentence as HTML: every name and title escaped and isolated in <bdi>."""
    message, values = _message_and_values(notification)
    if not values:
        return conditional_escape(message)
    isolated = {
        name: conditional_escape(value) if name in OWN_WORDS else format_html("<bdi>{}</bdi>", _plain(value))
        for name, value in values.items()
    }
    return mark_safe(conditional_escape(message) % isolated)  # the message escaped, the values escaped above


def message_label(notification):
    """The label before the message that came with the notification ("" when none)."""
    label = MESSAGE_LABELS.get(notification.kind)
    return gettext(label) if label else ""


def _plain(value):
    return value if isinstance(value, int) else without_bidi_controls(str(value))
