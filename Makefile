# Two commands for a newcomer: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
DEV_STAMP := $(VENV)/.installed-dev-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1:8000

.PHONY: browser run install install-dev migrate seed messages test test-fast test-e2e test-python lint format check-deploy clean lock audit restore-drill bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(DEV_STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(STAMP)

install: $(STAMP)
install-dev: $(DEV_STAMP)

var:
	mkdir -p var/media

migrate: install var
	$(MANAGE) migrate --no-input -v 0

seed: migrate
	$(MANAGE) seed_demo

## Install, migrate, load the demo content and serve on http://127.0.0.1:8000 (SQLite).
run: seed
	$(MANAGE) runserver $(HOST)

## Run the whole suite (unit, integration and browser tests) on SQLite, or on
## PostgreSQL when DATABASE_URL is set.
## The test database is built again only when a migration changed (or CREATE_DB=1, as CI
## does); otherwise the last one is reused, which saves the 20 s of migrating.
MIGRATIONS_SUM = $(shell cat $$(ls */migrations/*.py | sort) | cksum | cut -d' ' -f1)
TEST_DB_STAMP = var/.test-db-$(MIGRATIONS_SUM)-$(shell printf '%s' "$$DATABASE_URL" | cksum | cut -d' ' -f1)
test: install-dev browser var
	@if [ -z "$(CREATE_DB)" ] && [ -f $(TEST_DB_STAMP) ]; then \
	  echo "Reusing the test database (no migration changed; CREATE_DB=1 builds it again)"; \
	  $(BIN)/python -m pytest; \
	else \
	  rm -f var/.test-db-*-$(shell printf '%s' "$$DATABASE_URL" | cksum | cut -d' ' -f1); \
	  $(BIN)/python -m pytest --create-db && touch $(TEST_DB_STAMP); \
	fi

## The browser tests drive Debian's Chromium (Playwright cannot download browsers here).
browser:
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null; \
	  else echo "Install Chromium first: sudo apt-get install chromium fonts-noto-core"; exit 1; fi; }

test-fast: install-dev
	$(BIN)/python -m pytest -m "not e2e"

test-e2e: install-dev browser
	$(BIN)/python -m pytest -m e2e

## The non-browser suite on another Python, e.g. `make test-python VERSION=3.12` (not in
## CI): its own .venv-3.12 with the production pins of requirements.lock plus the test
## tools, its own var/py3.12/ (SQLite unless DATABASE_URL is set), deprecation warnings
## shown. Uses python3.12 from PATH, or PYTHON_FOR=/path/to/python3.12.
VERSION ?= 3.12
PYTHON_FOR ?= $(shell command -v python$(VERSION))
OTHER_VENV := .venv-$(VERSION)
OTHER_STAMP := $(OTHER_VENV)/.installed-$(shell cat pyproject.toml requirements.lock | cksum | cut -d' ' -f1)
$(OTHER_STAMP):
	@test -n "$(PYTHON_FOR)" || { echo "python$(VERSION) not found: install it or give PYTHON_FOR=/path/to/python$(VERSION)"; exit 1; }
	test -x $(OTHER_VENV)/bin/python || $(PYTHON_FOR) -m venv $(OTHER_VENV)
	$(OTHER_VENV)/bin/pip install --quiet --upgrade pip
	$(OTHER_VENV)/bin/pip install --quiet --require-hashes -r requirements.lock
	$(OTHER_VENV)/bin/pip install --quiet -e '.[dev]'
	touch $@
test-python: $(OTHER_STAMP)
	mkdir -p var/py$(VERSION)
	LMS_VAR_DIR=var/py$(VERSION) $(OTHER_VENV)/bin/python -m pytest -m "not e2e" --create-db \
	  -W default::DeprecationWarning -W default::PendingDeprecationWarning

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## Rebuild the translation catalogues from the source (needs gettext) and compile them.
messages: install
	$(MANAGE) makemessages -l vi -l en --no-obsolete --ignore=.venv --ignore=var --ignore=tests
	$(MANAGE) compilemessages --ignore=.venv

check-deploy: install
	DJANGO_SETTINGS_MODULE=lms.settings.production SECRET_KEY=$$(python3 -c 'import secrets; print(secrets.token_urlsafe(64))') \
	  ALLOWED_HOSTS=example.org $(MANAGE) check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) var

## Pin every production dependency with hashes (requirements.lock), after changing pyproject.toml.
lock: install-dev
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --no-emit-index-url \
	  --no-emit-find-links --output-file=requirements.lock pyproject.toml

## Check the pinned dependencies against the PyPI advisory database (needs pypi.org's JSON API).
audit: install-dev
	$(BIN)/pip-audit --disable-pip --no-deps --require-hashes -r requirements.lock

## Restore drill on PostgreSQL: demo data → scripts/backup.sh → restore into a fresh
## database → every table's count and every file compared (exits non-zero on a loss).
DRILL_DB ?= postgres://postgres@127.0.0.1:5432/lms_drill
# Uploaded files to back up too: an image with a rendition, as an editor would add.
define DRILL_FILES
import io; from PIL import Image as P; from django.core.files.images import ImageFile; from wagtail.images.models import Image
b = io.BytesIO(); P.new("RGB", (640, 480), "teal").save(b, "PNG")
image = Image.objects.create(title="Ảnh tập huấn", file=ImageFile(b, name="tap-huan.png")); image.get_rendition("fill-320x240")
endef
export DRILL_FILES
restore-drill: install
	rm -rf /tmp/lms-drill && mkdir -p /tmp/lms-drill
	psql "$(dir $(DRILL_DB))postgres" -qc "DROP DATABASE IF EXISTS lms_drill WITH (FORCE)" -c "CREATE DATABASE lms_drill"
	DATABASE_URL=$(DRILL_DB) LMS_VAR_DIR=/tmp/lms-drill $(MANAGE) migrate --no-input -v 0
	DATABASE_URL=$(DRILL_DB) LMS_VAR_DIR=/tmp/lms-drill $(MANAGE) seed_demo > /dev/null
	DATABASE_URL=$(DRILL_DB) LMS_VAR_DIR=/tmp/lms-drill $(MANAGE) shell -v 0 -c "$$DRILL_FILES"
	DATABASE_URL=$(DRILL_DB) LMS_VAR_DIR=/tmp/lms-drill BACKUP_DIR=/tmp/lms-drill/backups scripts/backup.sh > /tmp/lms-drill/made
	DATABASE_URL=$(DRILL_DB) LMS_VAR_DIR=/tmp/lms-drill $(BIN)/python scripts/restore_drill.py $$(cat /tmp/lms-drill/made)

## Benchmarks on PostgreSQL (about 15 minutes; nothing else should run meanwhile): pages
## under gunicorn with 2 workers against floors, queries per page, a 5-minute mixed load,
## certificate PDFs and bulk issuing, the dashboard and XLSX export at 100,000 people.
BENCH_PG ?= postgres://postgres@127.0.0.1:5432
bench: install-dev
	BENCH_DATABASE_URL=$(BENCH_PG)/postgres $(BIN)/python bench/pages.py
	BENCH_DATABASE_URL=$(BENCH_PG)/lms_bench $(BIN)/python bench/certificates.py
	BENCH_DATABASE_URL=$(BENCH_PG)/lms_bench $(BIN)/python bench/reports.py
