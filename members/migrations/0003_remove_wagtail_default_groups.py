"""Wagtail creates "Editors" and "Moderators" groups; the network has its own roles
(members.roles), so the defaults go, unless someone was already put in them."""

from django.db import migrations


def remove_default_groups(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Group.objects.filter(name__in=["Editors", "Moderators"], user__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0002_member_profiles"),
        # After every Wagtail migration that gives these groups permissions.
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(remove_default_groups, migrations.RunPython.noop)]
