from django.db import migrations

from practices.curated import CURATED_EFFECTIVE_ELEMENTS


def add_effective_elements(apps, schema_editor):
    EffectiveElement = apps.get_model("practices.EffectiveElement")
    for name, slug, description in CURATED_EFFECTIVE_ELEMENTS:
        EffectiveElement.objects.get_or_create(slug=slug, defaults={"name": name, "description": description})


class Migration(migrations.Migration):
    dependencies = [("practices", "0001_initial")]

    operations = [migrations.RunPython(add_effective_elements, migrations.RunPython.noop)]
