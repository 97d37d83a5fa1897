#!/usr/bin/env python3
"""CI: a backup restores into a working site.

With the production settings on PostgreSQL: a database is migrated and given a little of
everything the smoke test looks at (a lesson, the calendar with a meeting, a document in
MEDIA_ROOT); scripts/backup.sh dumps it and archives the uploads; scripts/restore.sh puts
them into a fresh database and an empty media directory; `manage.py migrate --check` finds
nothing to apply; and against the restored copy the home page, the lesson, the calendar,
the meeting and /health/ answer 200, the rows counted before the backup are all there and
the document's file has the same bytes. The databases and files are removed afterwards.

    .venv/bin/python scripts/check_backup_restore.py
    # ADMIN_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres): a user who
    # may create databases; BACKUP_CHECK_DATABASE (default lerendnetwerk_backup_check): the
    # name of the two databases (…_source, …_restored); REDIS_URL (default database 13).
"""

import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
DOCUMENT_BYTES = b"Lerend Netwerk backup check: this file must come back byte for byte.\n"


def database_url(admin_url, name):
    parts = urlsplit(admin_url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, ""))


def admin_execute(admin_url, *statements):
    import psycopg

    with psycopg.connect(admin_url.replace("postgres://", "postgresql://", 1), autocommit=True) as admin:
        for statement in statements:
            admin.execute(statement)


def production_environment(database, media_root, redis_url):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lerendnetwerk.settings.production",
        "SECRET_KEY": os.environ.get("BACKUP_CHECK_SECRET_KEY") or secrets.token_urlsafe(64),
        "DATABASE_URL": database,
        "REDIS_URL": redis_url,
        "ALLOWED_HOSTS": "testserver",
        "SITE_URL": "http://testserver",
        "EMAIL_HOST": "smtp.invalid",
        "DEFAULT_FROM_EMAIL": "Lerend Netwerk <noreply@backup-check.invalid>",
        "SECURE_SSL_REDIRECT": "false",
        "MEDIA_ROOT": str(media_root),
        "STATIC_ROOT": str(media_root.parent / "static"),
        "DATABASE_POOL_MIN_SIZE": "1",
        "DATABASE_POOL_MAX_SIZE": "4",
    }


def run(description, command, env, timings):
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    timings.append((description, time.monotonic() - started))
    if result.returncode != 0:
        print(result.stdout, result.stderr, sep="\n")
        raise SystemExit(f"FAILED: {description} (exit status {result.returncode})")
    print(f"  ok  {description} ({timings[-1][1]:.1f} s)", flush=True)
    return result.stdout


# The two steps that run inside Django (this script started again with --seed / --smoke).


def counted():
    from django.contrib.auth import get_user_model
    from wagtail.documents import get_document_model
    from wagtail.models import Page

    from events.models import EventPage
    from knowledge.models import Lesson

    return {
        "pages": Page.objects.count(),
        "lessons": Lesson.objects.live().count(),
        "meetings": EventPage.objects.live().count(),
        "members": get_user_model().objects.count(),
        "documents": get_document_model().objects.count(),
    }


def seed(state_file):
    """A little of everything the smoke test reads, through the tests' page builders."""
    from django.contrib.auth import get_user_model
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from tests import pages

    lesson = pages.lesson("Les die een back-up overleeft", text="Wat je bewaart, kun je terugzetten.")
    meeting = pages.event("Bijeenkomst na het terugzetten")
    get_user_model().objects.create_user(email="backup@lerendnetwerk.example", password=secrets.token_urlsafe(16))
    document = get_document_model().objects.create(
        title="Back-up controle", file=ContentFile(DOCUMENT_BYTES, name="back-up-controle.txt")
    )
    state = {
        "counts": counted(),
        "urls": {
            "home": "/",
            "lesson": lesson.url,
            "calendar": meeting.get_parent().url,
            "month view": meeting.get_parent().url + "?weergave=maand",
            "meeting": meeting.url,
            "health": "/health/",
        },
        "document": {"id": document.pk, "name": Path(document.file.name).as_posix()},
    }
    Path(state_file).write_text(json.dumps(state))


def smoke(state_file):
    from django.conf import settings
    from django.test import Client
    from wagtail.documents import get_document_model

    state = json.loads(Path(state_file).read_text())
    failures = []
    client = Client()
    for name, url in state["urls"].items():
        status = client.get(url).status_code
        print(f"      {status} {name} {url}")
        if status != 200:
            failures.append(f"{name} {url} answered {status}")
    if counted() != state["counts"]:
        failures.append(f"rows before the backup {state['counts']}, after restoring {counted()}")
    document = get_document_model().objects.get(pk=state["document"]["id"])
    path = Path(settings.MEDIA_ROOT) / state["document"]["name"]
    if document.file.name != state["document"]["name"] or not path.is_file() or path.read_bytes() != DOCUMENT_BYTES:
        failures.append(f"the document's file {path} did not come back as it was")
    if failures:
        raise SystemExit("\n".join(failures))


def django_step(step, state_file):
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    {"--seed": seed, "--smoke": smoke}[step](state_file)


def main():
    admin_url = os.environ.get("ADMIN_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    prefix = os.environ.get("BACKUP_CHECK_DATABASE", "lerendnetwerk_backup_check")
    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/13")
    source, restored = f"{prefix}_source", f"{prefix}_restored"
    for tool in ("pg_dump", "pg_restore", "psql", "tar", "sha256sum"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is needed (PostgreSQL's client tools)")
    work = Path(tempfile.mkdtemp(prefix="ln-backup-check-"))
    timings = []
    started = time.monotonic()
    drop = [f"DROP DATABASE IF EXISTS {name} WITH (FORCE)" for name in (source, restored)]
    print("Backup and restore (scripts/backup.sh, scripts/restore.sh):", flush=True)
    try:
        admin_execute(admin_url, *drop, f"CREATE DATABASE {source}")
        state_file = work / "state.json"
        source_env = production_environment(database_url(admin_url, source), work / "media", redis_url)
        # As a release does: the pages name the fingerprinted static files of the manifest.
        run("collectstatic", [PY, "manage.py", "collectstatic", "--noinput", "-v0"], source_env, timings)
        run("migrate a fresh database", [PY, "manage.py", "migrate", "--noinput", "-v0"], source_env, timings)
        run("a lesson, a meeting, a member and a document", [PY, __file__, "--seed", state_file], source_env, timings)
        backup = run("scripts/backup.sh", ["scripts/backup.sh", work / "backups"], source_env, timings).strip()
        restored_url = database_url(admin_url, restored)
        restore = ["scripts/restore.sh", backup, restored_url, work / "restored-media"]
        run("scripts/restore.sh into a fresh database", restore, source_env, timings)
        restored_env = production_environment(restored_url, work / "restored-media", redis_url)
        run("manage.py migrate --check", [PY, "manage.py", "migrate", "--check"], restored_env, timings)
        output = run(
            "pages, rows and files of the restored copy", [PY, __file__, "--smoke", state_file], restored_env, timings
        )
        print(output, end="")
    finally:
        admin_execute(admin_url, *drop)
        shutil.rmtree(work, ignore_errors=True)
    print(f"Backup restored and checked in {time.monotonic() - started:.0f} s.")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] in ("--seed", "--smoke"):
        django_step(sys.argv[1], sys.argv[2])
    else:
        main()
