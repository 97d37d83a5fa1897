"""Query building blocks the ORM lacks."""

from django.db.models.lookups import In


class InList(In):
    """`column IN (ids)` for a long list of ids: on PostgreSQL one array parameter
    (`column = ANY(%s)`), elsewhere Django's IN. Building, sending and parsing a statement
    with hundreds of separate parameters costs more than the database's work on it (the
    search's facets ask about up to 500 pages). Use as an expression:
    `Model.objects.filter(InList(F("page_id"), ids))`."""

    def as_postgresql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        values = [self.lhs.output_field.get_db_prep_value(value, connection) for value in self.rhs]
        return f"{lhs} = ANY(%s)", [*lhs_params, values]
