"""The forum's full-text index: the words of each post and of each discussion's title.

On PostgreSQL, `Post.search_vector` and `Thread.title_vector` are stored generated columns
(`to_tsvector('dutch', …)`, computed by the database on every insert and update, so no code
path can forget them) with a GIN index each (migration 0003). A search asks
`vector @@ websearch_to_tsquery('dutch', …)`: Dutch stemming ('schulden' finds 'schuld',
as the pages' search does with Wagtail's SEARCH_CONFIG), "quoted words" as a phrase, and
no input can break the query's syntax.

SQLite (the embedded default for development and the quick test runs) has no tsvector:
there the columns stay empty and a search falls back to one case-insensitive LIKE per word
over titles and posts, without stemming.
"""

import re

from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db import connection
from django.db.models import Func, Value
from django.db.models.functions import Coalesce

# The same configuration as WAGTAILSEARCH_BACKENDS' SEARCH_CONFIG (settings.base). It is
# part of the columns' definition: changing it needs a migration that redefines them.
SEARCH_CONFIG = "dutch"
# Words of a query that count (more are ignored: nobody types that many, and each costs).
MAX_TERMS = 8


class DutchTextVector(Func):
    """The words of a text column as a tsvector, stemmed as Dutch (PostgreSQL); NULL on
    other databases, which have no full-text type."""

    output_field = SearchVectorField()

    def as_sql(self, compiler, connection, **extra_context):
        return "NULL", []

    def as_postgresql(self, compiler, connection, **extra_context):
        text_sql, params = compiler.compile(Coalesce(self.source_expressions[0], Value("")))
        return f"to_tsvector('{SEARCH_CONFIG}'::regconfig, {text_sql})", params


def has_full_text_index():
    return connection.vendor == "postgresql"


def query_of(text):
    """What someone typed as a PostgreSQL full-text query (Dutch stems, web search syntax)."""
    return SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")


def fallback_terms(text):
    """The words of a query for the LIKE fallback (without full-text index)."""
    return [term for term in re.findall(r"\w+", text.lower()) if len(term) > 1][:MAX_TERMS]
