# Lerend Netwerk. `make run` starts the site with demo content; `make test` runs the tests.
# Both set up what they need on a fresh machine (Python 3.11+ only).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
DEV = DJANGO_SETTINGS_MODULE=lerendnetwerk.settings.dev SITE_URL=$(SITE_URL)
HOST ?= 127.0.0.1
PORT ?= 8000
# The address people use: links in mails, feeds and .ics files are built from it.
SITE_URL ?= http://$(HOST):$(PORT)

.PHONY: help run serve serve-prod check-backup-restore install install-dev migrate demo test test-postgres check lint format \
	translations check-translations assets lock clean

help:
	@echo "make run                 set up, load demo content and serve on http://$(HOST):$(PORT)"
	@echo "make test                set up and run the whole test suite"
	@echo "make serve-prod          the production topology here: PostgreSQL, Redis, WORKERS=2 ASGI workers,"
	@echo "                         task worker, scheduler (docs/deployment.md)"
	@echo "make check               lint, layers, migrations, translations and deploy checks (as CI)"
	@echo "make format              format and fix with ruff"
	@echo "make translations        update locale/nl after changing texts (needs gettext)"
	@echo "make assets              rebuild the NL Design System CSS (needs Node)"

$(VENV)/.installed: requirements.txt
	@echo "==> Creating $(VENV) and installing the Python packages (the first time takes a few minutes)"
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --progress-bar on -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	@echo "==> Installing the test tools"
	$(PIP) install --progress-bar on -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

migrate: install
	$(DEV) $(PY) manage.py migrate --noinput

demo: migrate
	$(DEV) $(PY) manage.py load_demo_content

run: demo serve

# ASGI (HTTP and WebSocket) with auto-reload; SQLite, in-memory channel layer,
# in-process tasks, e-mail printed in this terminal.
serve: install
	@$(DEV) $(PY) manage.py configure_site
	@echo "Lerend Netwerk: $(SITE_URL)/  (admin: $(SITE_URL)/admin/)"
	$(DEV) $(VENV)/bin/uvicorn lerendnetwerk.asgi:application --host $(HOST) --port $(PORT) --reload \
		--reload-include '*.html' --reload-include '*.css' --reload-include '*.js'

# The production settings and processes on this machine (docs/deployment.md, "On one
# machine"): PostgreSQL and Redis on 127.0.0.1 unless DATABASE_URL / REDIS_URL say otherwise;
# creates and migrates the database, collects the static files, loads the demo content
# (DEMO=0: not), then runs the Procfile's processes until Ctrl-C.
WORKERS ?= 2
DEMO ?= 1
serve-prod: install
	HOST=$(HOST) PORT=$(PORT) WORKERS=$(WORKERS) DEMO=$(DEMO) $(PY) scripts/serve_prod.py

# A backup (scripts/backup.sh) restored into a fresh database (scripts/restore.sh), checked
# with migrate --check and a few pages; needs PostgreSQL (ADMIN_DATABASE_URL) and Redis.
check-backup-restore: install-dev
	$(PY) scripts/check_backup_restore.py

test: install-dev
	$(PY) -m pytest $(PYTEST_ARGS)

check: install-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports
	$(DEV) $(PY) manage.py makemigrations --check --dry-run
	$(PY) scripts/check_translations.py
	scripts/check_deploy.sh

format: install-dev
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

translations: install-dev
	$(DEV) $(PY) manage.py makemessages --locale nl --no-location --no-obsolete \
		--ignore '.venv/*' --ignore 'frontend/*' --ignore 'staticfiles/*' --ignore 'tests/*'
	$(DEV) $(PY) manage.py compilemessages --locale nl --ignore '.venv/*'

check-translations: install-dev
	$(PY) scripts/check_translations.py

assets:
	cd frontend && npm ci && npm run build

lock: install-dev
	$(VENV)/bin/pip-compile --quiet --strip-extras --no-header --no-emit-index-url --no-emit-find-links \
		--output-file requirements.txt requirements.in
	$(VENV)/bin/pip-compile --quiet --strip-extras --no-header --no-emit-index-url --no-emit-find-links \
		--output-file requirements-dev.txt requirements-dev.in

clean:
	rm -rf $(VENV) db.sqlite3 media .test-media staticfiles
