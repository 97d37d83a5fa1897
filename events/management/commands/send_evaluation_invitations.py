from django.core.management.base import BaseCommand

from events.evaluation import send_invitations


class Command(BaseCommand):
    help = (
        "Invite the confirmed attendees of meetings that have ended to fill in the evaluation "
        "(run by the scheduler, e.g. every hour). Each attendee is invited once."
    )

    def handle(self, *args, **options):
        sent = send_invitations()
        self.stdout.write(f"{sent} evaluation invitations sent.")
