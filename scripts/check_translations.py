#!/usr/bin/env python
"""Fail when the Dutch translation is incomplete or out of date.

1. Extracts the project's strings again (makemessages, into a temporary copy) and
   finds any msgid that locale/nl/LC_MESSAGES/django.po lacks.
2. Every entry of the .po file is translated and none is fuzzy.
3. The compiled .mo file holds exactly the .po file's translations (so a fresh checkout,
   which does not compile, shows the same Dutch).

Needs GNU gettext (xgettext) for step 1, as Django's makemessages does.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "locale"
DOMAINS = ["django"]
IGNORE = [".venv/*", "frontend/*", "staticfiles/*", "tests/*", "media/*", ".test-media/*"]
COPY_IGNORE = [".venv", ".git", "node_modules", "media", ".test-media", "staticfiles", "db.sqlite3", "__pycache__"]


def extracted_catalog(domain):
    """The .po file makemessages would write now, made in a scratch copy of the project
    (makemessages always writes next to the sources it reads)."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "project"
        shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(*COPY_IGNORE))
        env = dict(os.environ, DJANGO_SETTINGS_MODULE="lerendnetwerk.settings.dev")
        command = [sys.executable, "manage.py", "makemessages", "--locale", "nl", "--domain", domain]
        command += ["--no-location", "--no-obsolete", *[f"--ignore={pattern}" for pattern in IGNORE]]
        subprocess.run(command, cwd=copy, env=env, check=True, capture_output=True)
        return polib.pofile(str(copy / "locale" / "nl" / "LC_MESSAGES" / f"{domain}.po"))


def key(entry):
    return (entry.msgctxt, entry.msgid, entry.msgid_plural)


def main():
    problems = []
    for domain in DOMAINS:
        po_path = LOCALE / "nl" / "LC_MESSAGES" / f"{domain}.po"
        mo_path = po_path.with_suffix(".mo")
        po = polib.pofile(str(po_path))
        current = {key(entry) for entry in po if not entry.obsolete}

        for entry in extracted_catalog(domain):
            if key(entry) not in current:
                problems.append(f"{po_path.name}: not in the .po file yet (run `make translations`): {entry.msgid!r}")
        for entry in po:
            if entry.obsolete:
                continue
            if "fuzzy" in entry.flags:
                problems.append(f"{po_path.name}: fuzzy: {entry.msgid!r}")
            elif not entry.translated():
                problems.append(f"{po_path.name}: untranslated: {entry.msgid!r}")

        if not mo_path.exists():
            problems.append(f"{mo_path.name} is missing (run `make translations`)")
        else:
            compiled = {key(entry): (entry.msgstr, entry.msgstr_plural) for entry in polib.mofile(str(mo_path))}
            expected = {
                key(entry): (entry.msgstr, entry.msgstr_plural)
                for entry in po
                if entry.translated() and not entry.obsolete and "fuzzy" not in entry.flags
            }
            if {k: v for k, v in compiled.items() if k[1]} != expected:
                problems.append(f"{mo_path.name} is older than {po_path.name} (run `make translations`)")

    for problem in problems:
        print(problem)
    if problems:
        print(f"\n{len(problems)} translation problem(s).")
        return 1
    print("Dutch translation complete.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
