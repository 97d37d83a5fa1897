"""The themes of several lists of different things (lessons, meetings, practices, …) in
one query, where `prefetch_related("themes")` takes one per list.

A page with lesson cards and meeting cards read the themes of each list on their own;
`prefetch_themes(lessons, events)` reads them all in one union over the through tables
and leaves each object's `themes.all()` answering from memory, exactly as
`prefetch_related("themes")` would (the same cache Django's prefetching fills).
"""

from django.db.models import IntegerField, Value

from lerendnetwerk.prefetched import remember_as_prefetched

from .models import Theme

COLUMNS = ("id", "content_object_id", "tag__id", "tag__name", "tag__slug", "tag__description")


def prefetch_themes(*groups):
    """Fill `themes` of every object in `groups` (lists of objects of one model each, with a
    `themes` manager on a ThemedItemBase through model; or (list, "name") for a manager of
    another name, such as a profile's "interests") in one query. Returns nothing; lists
    that are empty or already prefetched cost nothing."""
    parts, objects_by_group = [], []
    for number, group in enumerate(groups):
        group, attribute = group if isinstance(group, tuple) else (group, "themes")
        objects = [
            obj for obj in group if obj is not None and attribute not in getattr(obj, "_prefetched_objects_cache", {})
        ]
        if not objects:
            continue
        through = getattr(type(objects[0]), attribute).through
        ids = {obj.pk for obj in objects}
        parts.append(
            through.objects.filter(content_object_id__in=ids)
            .annotate(_group=Value(number, output_field=IntegerField()))
            .values_list("_group", *COLUMNS)
        )
        objects_by_group.append((number, objects, attribute))
    if not parts:
        return
    query = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    found = {}
    for group, item_id, object_id, pk, name, slug, description in query:
        found.setdefault((group, object_id), []).append(
            (item_id, Theme(id=pk, name=name, slug=slug, description=description))
        )
    for number, objects, attribute in objects_by_group:
        for obj in objects:
            # In the order they were given (as `themes.all()` without prefetching reads them).
            themes = [theme for _item_id, theme in sorted(found.get((number, obj.pk), []), key=lambda item: item[0])]
            remember_as_prefetched(obj, attribute, Theme, themes)
