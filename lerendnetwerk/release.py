"""Which release this process runs: a digest of the project's code, templates and
translations, part of every key of what is kept from rendering (kept pages, kept parts of
pages, kept values, remembered menus and fragments).

A kept part outlives the process that made it: a release that changed a value's shape
(a view now expects five things where the old code kept four), an included template or a
translation would otherwise read what the old code kept, for up to the entry's lifetime
(an error, or the old words). With the digest in the key, a new release reads and writes
keys of its own and the old ones expire; the workers of two releases side by side (a
rolling restart) never read each other's entries. A restart of the same release keeps
everything. The generation numbers that say "something changed" are not in it: they are
shared, so a write seen by a worker of either release forgets the kept parts of both.
"""

import functools
import hashlib
from importlib import metadata
from pathlib import Path

from django.apps import apps
from django.conf import settings

SUFFIXES = {".py", ".html", ".txt", ".mo", ".json"}
PACKAGES = ("django", "wagtail", "django-allauth")


def _files():
    """The project's own apps and package, templates and translations (not the packages
    installed beside it: their versions are in the digest instead)."""
    roots = {Path(config.path) for config in apps.get_app_configs()}
    roots = {root for root in roots if root.is_relative_to(settings.BASE_DIR) and "site-packages" not in root.parts}
    roots.add(Path(__file__).resolve().parent)
    roots.update(Path(directory) for engine in settings.TEMPLATES for directory in engine.get("DIRS", []))
    roots.update(Path(directory) for directory in settings.LOCALE_PATHS)
    for root in sorted(roots):
        for path in sorted(root.rglob("*")):
            if path.suffix in SUFFIXES and path.is_file() and "__pycache__" not in path.parts:
                yield path


@functools.cache
def digest():
    """16 hex digits; the same in every process of one release, read once per process."""
    h = hashlib.blake2b(digest_size=8)
    for package in PACKAGES:  # their templates and forms render parts of our pages
        h.update(f"{package}=={metadata.version(package)}\0".encode())
    for path in _files():
        h.update(str(path.relative_to(settings.BASE_DIR)).encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()
