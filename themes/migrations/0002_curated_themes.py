from django.db import migrations

from themes.curated import CURATED_THEMES


def add_curated_themes(apps, schema_editor):
    Theme = apps.get_model("themes.Theme")
    for name, slug, description in CURATED_THEMES:
        Theme.objects.get_or_create(slug=slug, defaults={"name": name, "description": description})


class Migration(migrations.Migration):
    dependencies = [("themes", "0001_initial")]

    operations = [migrations.RunPython(add_curated_themes, migrations.RunPython.noop)]
