import posixpath

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from practices.attachments import safe_file_name


def name_existing_attachments(apps, schema_editor):
    """Members' attachments stored before the file name was kept: a name from the title
    (which was the uploaded file's name without its extension) and the stored extension."""
    Collection = apps.get_model("wagtailcore", "Collection")
    Document = apps.get_model("wagtaildocs", "Document")
    ExperienceAttachment = apps.get_model("practices", "ExperienceAttachment")
    collections = Collection.objects.filter(name=settings.EXPERIENCE_ATTACHMENT_COLLECTION_NAME)
    ExperienceAttachment.objects.bulk_create(
        [
            ExperienceAttachment(
                document=document,
                file_name=safe_file_name(document.title, posixpath.splitext(document.file.name)[1] or ".bin"),
            )
            for document in Document.objects.filter(collection__in=collections, experience_attachment__isnull=True)
        ]
    )


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0002_curated_effective_elements"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [
        migrations.CreateModel(
            name="ExperienceAttachment",
            fields=[
                (
                    "document",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="experience_attachment",
                        serialize=False,
                        to="wagtaildocs.document",
                        verbose_name="document",
                    ),
                ),
                ("file_name", models.CharField(max_length=255, verbose_name="file name")),
            ],
            options={
                "verbose_name": "attachment",
                "verbose_name_plural": "attachments",
            },
        ),
        migrations.RunPython(name_existing_attachments, migrations.RunPython.noop),
    ]
