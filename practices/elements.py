"""The effective elements of several lists of different things (practice cards, dossiers)
in one query, where `prefetch_related` takes one per list.

A municipality page shows practice cards ("works on: …") and, next to its figures, the
dossiers of the themes with their related elements: `prefetch_elements((practices,
"effective_elements"), (dossiers, "related_elements"))` reads them all in one union over
the many-to-many tables and leaves each object's `<attribute>.all()` answering from
memory, as `prefetch_related` would (the same cache Django's prefetching fills), in the
elements' own order (by name). The pattern of themes.prefetch.prefetch_themes.
"""

from django.db.models import IntegerField, Value

from lerendnetwerk.prefetched import remember_as_prefetched

from .records import EffectiveElement

FIELDS = ("id", "name", "slug", "description")


def prefetch_elements(*groups):
    """Fill `attribute` of every object in each (objects, attribute) group (objects of one
    model, `attribute` a many-to-many field to EffectiveElement) in one query. Lists that
    are empty or already prefetched cost nothing."""
    parts, objects_by_group = [], []
    for number, (group, attribute) in enumerate(groups):
        objects = [
            obj for obj in group if obj is not None and attribute not in getattr(obj, "_prefetched_objects_cache", {})
        ]
        if not objects:
            continue
        field = type(objects[0])._meta.get_field(attribute)
        through = field.remote_field.through
        owner, element = field.m2m_field_name(), field.m2m_reverse_field_name()
        parts.append(
            through.objects.filter(**{f"{owner}_id__in": {obj.pk for obj in objects}})
            .annotate(_group=Value(number, output_field=IntegerField()))
            .values_list("_group", f"{owner}_id", *(f"{element}__{name}" for name in FIELDS))
        )
        objects_by_group.append((number, objects, attribute))
    if not parts:
        return
    query = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    found = {}
    for group, owner_id, *values in query:
        found.setdefault((group, owner_id), []).append(EffectiveElement(**dict(zip(FIELDS, values, strict=True))))
    for number, objects, attribute in objects_by_group:
        for obj in objects:
            elements = sorted(found.get((number, obj.pk), []), key=lambda element: element.name)
            remember_as_prefetched(obj, attribute, EffectiveElement, elements)
