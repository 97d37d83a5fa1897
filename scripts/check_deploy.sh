#!/usr/bin/env bash
# `manage.py check --deploy` with the production settings and realistic environment
# values: fails on any warning.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}

export DJANGO_SETTINGS_MODULE=lerendnetwerk.settings.production
export SECRET_KEY="${CHECK_SECRET_KEY:-$($PY -c 'import secrets; print(secrets.token_urlsafe(64))')}"
export DATABASE_URL="postgres://lerendnetwerk:secret@db.internal:5432/lerendnetwerk"
export REDIS_URL="redis://redis.internal:6379/0"
export ALLOWED_HOSTS="lerendnetwerk.nl,www.lerendnetwerk.nl"
export SITE_URL="https://lerendnetwerk.nl"
export EMAIL_HOST="smtp.lerendnetwerk.nl"
export DEFAULT_FROM_EMAIL="Lerend Netwerk <noreply@lerendnetwerk.nl>"

$PY manage.py check --deploy --fail-level WARNING
