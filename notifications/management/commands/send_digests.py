from django.core.management.base import BaseCommand

from notifications.models import DigestFrequency
from notifications.services import send_digests


class Command(BaseCommand):
    help = (
        "Send the daily or weekly summary of followed activity "
        "(run by the scheduler: daily at 07:00, weekly on Monday at 07:00)."
    )

    def add_arguments(self, parser):
        parser.add_argument("frequency", choices=[DigestFrequency.DAILY, DigestFrequency.WEEKLY])

    def handle(self, *args, frequency, **options):
        sent = send_digests(frequency)
        self.stdout.write(f"{sent} digests sent ({frequency}).")
