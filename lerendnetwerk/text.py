"""Plain text that people write or read in lists: titles and names without bidirectional
controls, and excerpts that end at a word.

Titles and names are single lines shown next to other text (lists, breadcrumbs,
notifications). A right-to-left override (U+202E) in a thread's title would otherwise turn
the title, and what follows it on the line, around for everyone. Forms clean such text on
input with `without_bidi_controls`; templates isolate stored text with the `isolate` filter
(home/templatetags/text_tags.py), which also removes the controls.
"""

import html
import re

from django.utils.html import strip_tags

# Every explicit bidirectional formatting character: the embeddings and overrides
# (LRE, RLE, PDF, LRO, RLO: U+202A–U+202E), the isolates (LRI, RLI, FSI, PDI:
# U+2066–U+2069) and the marks (LRM U+200E, RLM U+200F, ALM U+061C). The marks cannot
# reverse anything, but in a one-line title or name they have no use either, and the
# page isolates each title and name already (<bdi>), which is what the marks would do.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")

# An excerpt that ends with one of these already ends a sentence: no "…" after it.
SENTENCE_ENDS = (".", "!", "?", "…")
# Left off the end of an excerpt before its "…".
TRAILING_PUNCTUATION = " ,;:-–—"


def without_bidi_controls(text):
    """`text` without bidirectional control characters (None stays None)."""
    if not text:
        return text
    return BIDI_CONTROLS.sub("", text)


# Where one block of text ends and the next begins: a space, so that "… is.</p><p>Daarna"
# does not run together into "is.Daarna".
BLOCK_BOUNDARY = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|pre|table|tr|td|th|section|article)\b[^>]*>", re.IGNORECASE
)


def plain_text(html_text):
    """The readable text of a piece of HTML, on one line: tags removed (blocks separated
    by a space), entities decoded."""
    return " ".join(html.unescape(strip_tags(BLOCK_BOUNDARY.sub(" ", html_text or ""))).split())


def excerpt(text, *, words=None, chars=None):
    """The beginning of `text` (plain text), at most `words` words or `chars` characters,
    cut at a word boundary. "…" marks the cut, except when the excerpt ends a sentence
    already ("… is." and not "… is.…")."""
    text = " ".join((text or "").split())
    if words is not None:
        all_words = text.split(" ")
        if len(all_words) <= words:
            return text
        cut = " ".join(all_words[:words])
    elif chars is not None:
        if len(text) <= chars:
            return text
        cut = text[: chars + 1]
        # The character after the limit is a space: the last word is whole.
        cut = cut.rsplit(" ", 1)[0] if " " in cut else text[:chars]
    else:
        return text
    cut = cut.rstrip(TRAILING_PUNCTUATION)
    if cut.endswith(SENTENCE_ENDS):
        return cut
    return f"{cut}…"
