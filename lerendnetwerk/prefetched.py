"""Related objects read by a query of our own, kept where Django's prefetching keeps them.

`themes.prefetch.prefetch_themes` and `practices.elements.prefetch_elements` read the
related rows of several lists in one union; `remember_as_prefetched` leaves each object's
`<attribute>.all()` answering from memory, exactly as after `prefetch_related(attribute)`.
"""


def remember_as_prefetched(obj, attribute, model, items):
    remembered = model.objects.all()
    remembered._result_cache = list(items)
    remembered._prefetch_done = True
    if not hasattr(obj, "_prefetched_objects_cache"):
        obj._prefetched_objects_cache = {}
    obj._prefetched_objects_cache[attribute] = remembered
