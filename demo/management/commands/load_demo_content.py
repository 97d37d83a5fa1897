from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from demo.content import (
    cycle,
    evaluations,
    events,
    experiences,
    figures,
    forum,
    knowledge,
    members,
    municipalities,
    networks,
    organised,
    organiser_tools,
    practices,
    requests,
    series,
    site,
    themes,
)

IN_THIS_PROCESS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


class Command(BaseCommand):
    help = "Fill the site with Dutch demo content (idempotent: run it as often as you like)."

    def handle(self, *args, **options):
        # The demo's own actions (registering, submitting and reviewing experiences, posting)
        # would send mail. Their background work runs here, in this process, where mail goes
        # nowhere: with the database task backend (production) it would be queued and a
        # worker would later send hundreds of mails to the demo's made-up addresses. Nobody is
        # connected to watch the demo being written either: without a channel layer the
        # services skip their live updates (thousands of them, to no one).
        started = timezone.now()
        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend", TASKS=IN_THIS_PROCESS, CHANNEL_LAYERS={}
        ):
            with transaction.atomic():
                municipalities.load()
                themes.load()
                site.load_home()
                people = members.load()
                practices.load()
                networks.load_index()
                experiences.load()
                knowledge.load()
                figures.load()
                requests.load()
                cycle.load()
                forum.load()
                networks.load()
                events.load()
                evaluations.load()

                organised.load()
                series.load()
                organiser_tools.load()
                site.load_service_pages()
                members.give_admins_an_authenticator()
            # The background work ran as the transaction committed: date what it made.
            forum.settle_notifications(since=started)
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {len(people)} members."))
        self.stdout.write("\nDemo logins:")
        for email, description, password in members.demo_logins():
            self.stdout.write(f"  {description:<20} {email:<40} {password}")
        self.stdout.write(
            "\nThe admin (/admin/) asks beheerder and redacteur for a code from an authenticator app.\n"
            f"  Demo key: {members.DEMO_TOTP_SECRET}  (or: oathtool --totp -b {members.DEMO_TOTP_SECRET})"
        )
