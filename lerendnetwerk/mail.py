"""Sending e-mail without making anyone wait: messages are handed to a background task
once the surrounding transaction has committed (so a rolled-back action sends nothing)."""

import base64

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string

from .tasks import send_email


def serialise(message):
    """An EmailMessage as a JSON-safe dict for the send_email task."""
    attachments = []
    for attachment in message.attachments:
        filename, content, mimetype = attachment
        if isinstance(content, str):
            content = content.encode()
        attachments.append((filename, base64.b64encode(content).decode("ascii"), mimetype))
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [(str(content), mimetype) for content, mimetype in getattr(message, "alternatives", [])],
        "attachments": attachments,
    }


def send_after_commit(message):
    payload = serialise(message)
    transaction.on_commit(lambda: send_email.enqueue(payload))


def send_templated(template_prefix, context, to, attachments=(), headers=None):
    """Render `<prefix>_subject.txt` and `<prefix>.txt` and send after commit. Subjects
    carry the same prefix as the account mails, so members recognise the sender."""
    subject = " ".join(render_to_string(f"{template_prefix}_subject.txt", context).split())
    message = EmailMessage(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject,
        body=render_to_string(f"{template_prefix}.txt", context),
        to=list(to),
        headers=headers or {},
    )
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    send_after_commit(message)
