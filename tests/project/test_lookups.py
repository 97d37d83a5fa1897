from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext

from lerendnetwerk.lookups import InList
from themes.models import Theme


def test_in_list_finds_the_same_rows_as_in_and_sends_one_parameter_on_postgresql(db):
    themes = [Theme.objects.create(name=f"Thema {number}", slug=f"thema-{number}") for number in range(30)]
    wanted = [theme.pk for theme in themes[::3]] + [10**9]  # and an id no row has

    with CaptureQueriesContext(connection) as queries:
        found = set(Theme.objects.filter(InList(F("pk"), wanted)).values_list("pk", flat=True))

    assert found == set(Theme.objects.filter(pk__in=wanted).values_list("pk", flat=True))
    assert found == {theme.pk for theme in themes[::3]}
    if connection.vendor == "postgresql":
        assert "= ANY(" in queries[0]["sql"]
    assert not Theme.objects.filter(InList(F("pk"), [])).exists()
