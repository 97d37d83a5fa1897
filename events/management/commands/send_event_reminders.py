from django.core.management.base import BaseCommand

from events.services import send_reminders


class Command(BaseCommand):
    help = (
        "Remind confirmed attendees of meetings that start within EVENT_REMINDER_HOURS "
        "(run by the scheduler, e.g. every hour). Each attendee is reminded once."
    )

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(f"{sent} reminders sent.")
