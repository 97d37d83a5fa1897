"""Re-encrypt every two-factor secret under the current SECRET_KEY.

Run after moving the old key to SECRET_KEY_FALLBACKS; afterwards the old key can go.
"""

from allauth.mfa.models import Authenticator
from django.core.management.base import BaseCommand
from django.db import transaction

from members import mfa_secrets


class Command(BaseCommand):
    help = "Re-encrypt the two-factor secrets under the current SECRET_KEY (after a key rotation)."

    def handle(self, *args, **options):
        count = 0
        with transaction.atomic():
            for authenticator in Authenticator.objects.select_for_update().filter(
                type__in=list(mfa_secrets.SECRET_FIELDS)
            ):
                authenticator.data = mfa_secrets.transform_data(
                    authenticator.type, authenticator.data, mfa_secrets.rotate
                )
                authenticator.save(update_fields=["data"])
                count += 1
        self.stdout.write(f"{count} authenticator(s) re-encrypted under the current SECRET_KEY.")
