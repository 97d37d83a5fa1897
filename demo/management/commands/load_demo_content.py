from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings

from demo.content import (
    events,
    experiences,
    forum,
    knowledge,
    members,
    municipalities,
    practices,
    requests,
    site,
    themes,
)

IN_THIS_PROCESS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


class Command(BaseCommand):
    help = "Fill the site with Dutch demo content (idempotent: run it as often as you like)."

    def handle(self, *args, **options):
        # The demo's own actions (registering, submitting and reviewing experiences) would send
        # mail. Their background work runs here, in this process, where mail goes nowhere:
        # with the database task backend (production) it would be queued and a worker would
        # later send some 240 mails to the demo's made-up addresses.
        with (
            override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend", TASKS=IN_THIS_PROCESS),
            transaction.atomic(),
        ):
            municipalities.load()
            themes.load()
            site.load_home()
            people = members.load()
            practices.load()
            experiences.load()
            knowledge.load()
            requests.load()
            forum.load()
            events.load()
            site.load_service_pages()
            members.give_admins_an_authenticator()
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {len(people)} members."))
        self.stdout.write("\nDemo logins:")
        for email, description, password in members.demo_logins():
            self.stdout.write(f"  {description:<20} {email:<40} {password}")
        self.stdout.write(
            "\nThe admin (/admin/) asks beheerder and redacteur for a code from an authenticator app.\n"
            f"  Demo key: {members.DEMO_TOTP_SECRET}  (or: oathtool --totp -b {members.DEMO_TOTP_SECRET})"
        )
