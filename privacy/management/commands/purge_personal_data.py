from django.core.management.base import BaseCommand

from privacy.services import purge_personal_data


class Command(BaseCommand):
    help = (
        "Delete personal data past its retention period: unverified accounts, unconfirmed guest "
        "registrations, expired sessions and old task results (run daily by the scheduler)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be deleted.")

    def handle(self, *args, dry_run=False, **options):
        result = purge_personal_data(dry_run=dry_run)
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(f"{verb}: {result}.")
