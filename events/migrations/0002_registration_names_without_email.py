"""Registrations of members without a name stored their e-mail address as the name, and
the attendee list shows that name to other members. Give them the stand-in name instead."""

from django.conf import settings
from django.db import migrations
from django.db.models import F
from django.utils import translation


def replace_email_names(apps, schema_editor):
    from members.models import nameless_member_name

    Registration = apps.get_model("events", "Registration")
    registrations = Registration.objects.filter(member__isnull=False, name=F("member__email"))
    with translation.override(settings.LANGUAGE_CODE):
        for registration in registrations:
            registration.name = nameless_member_name(registration.member_id)
            registration.save(update_fields=["name"])


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("members", "0007_encrypt_mfa_secrets"),
    ]

    operations = [migrations.RunPython(replace_email_names, migrations.RunPython.noop)]
