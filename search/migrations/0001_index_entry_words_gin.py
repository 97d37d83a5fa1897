"""A GIN index over the expression Wagtail's database backend searches on PostgreSQL.

Wagtail's backend asks `(title || body) @@ query` of `wagtailsearch_indexentry`, which has
GIN indexes on `title` and on `body` but none on their concatenation: PostgreSQL scanned
every entry, and without statistics on the expression it guessed that one entry would
match, so it joined the pages in a nested loop (10,000 pages, "vaste contactpersoon":
9 s; with this index 20 ms; docs/performance.md). The index also makes ANALYZE keep
statistics of the expression's words. PostgreSQL only: SQLite's backend uses FTS5.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
