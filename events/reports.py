"""A meeting's report (verslag) as a short plain text: what lists show of it (the network's
"what we learned" page) without rendering the StreamField per meeting per request.

`report_excerpt` reads the report's stored blocks (their raw data, no rendering): the text
of its paragraphs, and of its quotes when there is no paragraph, as one line cut at a word.
EventPage.save keeps `EventPage.report_excerpt` up to date with it."""

import html
import re

from django.utils.html import strip_tags
from django.utils.text import Truncator

REPORT_EXCERPT_LENGTH = 300

# Where one block of text ends and the next begins inside a rich text paragraph.
_BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote)>|<br\s*/?>", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def _plain(rich_text):
    return html.unescape(strip_tags(_BLOCK_END.sub(" ", rich_text)))


def report_excerpt(raw_blocks, length=REPORT_EXCERPT_LENGTH):
    """The report's text in at most `length` characters ("" for an empty report).
    `raw_blocks`: the StreamField's raw data, a list of {"type", "value"} dicts."""
    paragraphs, quotes = [], []
    for block in raw_blocks or []:
        kind, value = block.get("type"), block.get("value")
        if kind == "paragraph" and isinstance(value, str):
            paragraphs.append(_plain(value))
        elif kind == "quote" and isinstance(value, dict):
            quotes.append(str(value.get("quote") or ""))
    text = _SPACES.sub(" ", " ".join(paragraphs or quotes)).strip()
    return Truncator(text).chars(length)
