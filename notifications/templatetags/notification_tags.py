"""What a notification says (notifications/sentences.py), for the centre and the digest."""

from django import template

from notifications import sentences

register = template.Library()


@register.filter
def sentence(notification):
    """The notification's sentence as HTML, names and titles isolated."""
    return sentences.sentence_html(notification)


@register.filter
def sentence_text(notification):
    """The notification's sentence as plain text (a mail)."""
    return sentences.sentence_text(notification)


@register.filter
def message_label(notification):
    """The label before the message that came with the notification, or ""."""
    return sentences.message_label(notification)
