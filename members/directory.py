"""Filters of the member directory that apps built on members add, without members knowing
them (.importlinter: members may not import them). An app registers a DirectoryFilter in its
AppConfig.ready; the directory's form shows its field after the others and the directory's
query applies it. The networks app adds "Leernetwerk" this way (networks/directory.py)."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class DirectoryFilter:
    """`name`: the GET parameter; `make_field()`: a fresh form field (optional, with its
    own empty choice); `apply(profiles, value)`: the profiles filtered by a cleaned value."""

    name: str
    make_field: Callable
    apply: Callable


_filters = {}


def register(directory_filter):
    """Register (or, on a second ready(), replace) a filter under its name."""
    _filters[directory_filter.name] = directory_filter
    return directory_filter


def registered():
    return list(_filters.values())


def apply_filters(profiles, values):
    """Apply the registered filters named in `values` ({name: cleaned value})."""
    for name, value in values.items():
        profiles = _filters[name].apply(profiles, value)
    return profiles
