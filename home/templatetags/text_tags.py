"""Filters for text people wrote, as the site's templates show it (lerendnetwerk/text.py)."""

from django import template
from django.utils.html import format_html

from lerendnetwerk import text

register = template.Library()


@register.filter
def isolate(value):
    """A title or name shown inline, next to other text: in <bdi>, so that a right-to-left
    name keeps its own direction without turning the rest of the line around, and without
    bidirectional controls (text stored before the forms removed them)."""
    return format_html("<bdi>{}</bdi>", text.without_bidi_controls(str(value)))


@register.filter
def without_bidi_controls(value):
    """For a title or name where no element can isolate it: <title>, attributes, mail."""
    return text.without_bidi_controls(str(value))


@register.filter
def excerpt(value, words=40):
    """The first `words` words of a plain text (such as a post's Markdown), cut at a word."""
    return text.excerpt(str(value), words=int(words))
