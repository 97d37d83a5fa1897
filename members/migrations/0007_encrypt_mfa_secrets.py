"""Encrypt the two-factor secrets stored before members.adapters.MFAAdapter encrypted them
(until now allauth kept them as they were)."""

from django.db import migrations


def _transform(apps, function):
    from members import mfa_secrets

    Authenticator = apps.get_model("mfa", "Authenticator")
    for authenticator in Authenticator.objects.filter(type__in=list(mfa_secrets.SECRET_FIELDS)):
        authenticator.data = mfa_secrets.transform_data(authenticator.type, authenticator.data, function)
        authenticator.save(update_fields=["data"])


def encrypt_stored_secrets(apps, schema_editor):
    from members import mfa_secrets

    _transform(apps, mfa_secrets.encrypt)


def decrypt_stored_secrets(apps, schema_editor):
    from members import mfa_secrets

    _transform(apps, mfa_secrets.decrypt)


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0006_associate_membership_request"),
        ("mfa", "0003_authenticator_type_uniq"),
    ]

    operations = [migrations.RunPython(encrypt_stored_secrets, decrypt_stored_secrets)]
