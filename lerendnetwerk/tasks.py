"""Background tasks shared by all apps (django-tasks)."""

import base64

from django.core.mail import EmailMultiAlternatives
from django_tasks import task


@task()
def send_email(message):
    """Send one e-mail described by the JSON-safe dict from lerendnetwerk.mail.serialise."""
    email = EmailMultiAlternatives(
        subject=message["subject"],
        body=message["body"],
        from_email=message["from_email"],
        to=message["to"],
        cc=message["cc"],
        bcc=message["bcc"],
        reply_to=message["reply_to"],
        headers=message["headers"],
    )
    for content, mimetype in message["alternatives"]:
        email.attach_alternative(content, mimetype)
    for filename, content, mimetype in message["attachments"]:
        email.attach(filename, base64.b64decode(content), mimetype)
    email.send()
