"""Export my data (AVG articles 15 and 20): everything the platform keeps about one member,
as JSON files in a ZIP with a readable index.html.

Each app exports its own data (`<app>/privacy.py`, registered in lerendnetwerk.personal_data);
this module puts the sections in order, merges the ones several apps fill (the consents) and
builds the ZIP. Only the member's own data goes in: where a record involves someone else (a
reply, a notification about another member's post, a decision by an editor) the apps describe
it without that person.
"""

import io
import json
import zipfile

from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy

from lerendnetwerk.personal_data import Export, Section, kinds


def _exporting_kinds():
    return sorted((kind for kind in kinds() if kind.section is not None), key=lambda kind: kind.position)


def sections():
    """The download's files in order; a section several kinds fill is introduced by the first
    one that gives it a title."""
    found = {}
    for kind in _exporting_kinds():
        section = kind.section
        known = found.get(section.key)
        if known is None or (not known.title and section.title):
            found[section.key] = section if known is None else Section(section.key, section.title, section.description)
    return list(found.values())


def personal_data(member, export=None):
    """{section key: data} for every section, in order. Parts of a shared section (dicts) are
    merged in the kinds' order."""
    export = export or Export(member)
    data = {}
    for kind in _exporting_kinds():
        value = kind.export(member, export)
        key = kind.section.key
        data[key] = {**data[key], **value} if key in data else value
    return data


# index.html: the same data, readable. Field names become labels (each kind names its own
# fields; these are shared); values are typed nodes that one recursive template shows (a
# template cannot tell a list from a date).

COMMON_LABELS = {
    "at": gettext_lazy("When"),
    "description": gettext_lazy("Description"),
    "discussion": gettext_lazy("Discussion"),
    "end": gettext_lazy("End"),
    "kind": gettext_lazy("Kind"),
    "message": gettext_lazy("Message"),
    "name": gettext_lazy("Name"),
    "start": gettext_lazy("Start"),
    "status": gettext_lazy("Status"),
    "url": gettext_lazy("Address on the site"),
    "verified": gettext_lazy("Verified"),
}


def field_labels():
    labels = dict(COMMON_LABELS)
    for kind in kinds():
        labels.update(kind.labels)
    return labels


def readable(value, labels=None):
    """A typed node for privacy/export/value.html."""
    labels = field_labels() if labels is None else labels
    if isinstance(value, dict):
        return {
            "kind": "map",
            "entries": [
                (labels.get(key, key.replace("_", " ")), readable(item, labels)) for key, item in value.items()
            ],
        }
    if isinstance(value, list | tuple):
        return {"kind": "list", "items": [readable(item, labels) for item in value]} if value else {"kind": "empty"}
    if isinstance(value, bool):
        return {"kind": "bool", "value": value}
    if value is None or value == "":
        return {"kind": "empty"}
    if hasattr(value, "tzinfo"):
        return {"kind": "datetime", "value": value}
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return {"kind": "link", "value": value}
    return {"kind": "text", "value": value}


def _as_json(value):
    return json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


def _count(value):
    if isinstance(value, list):
        return len(value)
    if isinstance(value, dict) and all(isinstance(item, list) for item in value.values()):
        return sum(len(item) for item in value.values())
    return None


def export_archive(member, *, now=None):
    """The ZIP (bytes) a member downloads: one JSON file per section, the files the kinds add
    (the profile photo), and index.html that explains the files (plain HTML, no scripts)."""
    now = now or timezone.now()
    export = Export(member)
    data = personal_data(member, export)
    labels = field_labels()
    contents = [
        {
            "title": section.title,
            "description": section.description,
            "filename": section.filename,
            "count": _count(data[section.key]),
            "json": _as_json(data[section.key]),
            "readable": readable(data[section.key], labels),
        }
        for section in sections()
    ]
    index = render_to_string(
        "privacy/export/index.html",
        {"member": member, "made_at": now, "sections": contents, "files": export.files},
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("index.html", index)
        for section in contents:
            archive.writestr(section["filename"], section["json"])
        for file in export.files:
            archive.writestr(file["path"], file["content"])
    return buffer.getvalue()


def archive_filename(now=None):
    now = timezone.localtime(now or timezone.now())
    return f"lerend-netwerk-mijn-gegevens-{now:%Y-%m-%d}.zip"
