# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-postgres messages lint format typecheck imports superuser install lock clean bench bench-rescore bench-import bench-admin bench-claims bench-jobs bench-capture load audit

# The locks pin every package, pip included, each with its hashes: what is installed is
# exactly what was locked. A changed lock reinstalls. `make run` and `make test` started
# together build the virtualenv once: the second waits on the lock (flock, where the system
# has it), then finds the stamp newer than both locks and installs nothing.
LOCKED := $(shell command -v flock >/dev/null 2>&1 && echo flock $(VENV).lock)
$(STAMP): requirements.txt requirements-dev.txt
	@$(LOCKED) sh -c 'set -e; \
	  if [ -f $(STAMP) ] && [ $(STAMP) -nt requirements.txt ] && [ $(STAMP) -nt requirements-dev.txt ]; then exit 0; fi; \
	  test -x $(PY) || $(PYTHON) -m venv $(VENV); \
	  echo "Installing the locked packages into $(VENV)"; \
	  $(PY) -m pip install --quiet --require-hashes -r requirements-dev.txt; \
	  touch $(STAMP)'

install: $(STAMP)

# Regenerate both locks from requirements.in and requirements-dev.in (the readable lists),
# keeping every pin that still fits; `LOCK_FLAGS=--upgrade` moves everything to the newest.
# The dev lock is made second: it takes its runtime pins from requirements.txt.
LOCK_FLAGS ?=
PIP_COMPILE := CUSTOM_COMPILE_COMMAND="make lock" $(VENV)/bin/pip-compile --quiet --generate-hashes \
	--allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links $(LOCK_FLAGS)
lock: install
	$(PIP_COMPILE) --output-file requirements.txt requirements.in
	$(PIP_COMPILE) --output-file requirements-dev.txt requirements-dev.in

run: install
	$(PY) manage.py compile_catalogues
	$(PY) manage.py migrate --no-input
	$(PY) manage.py createcachetable
	$(PY) manage.py seed_demo
	@echo "Serving on http://127.0.0.1:8000 with a job worker beside it; Ctrl-C stops both."
	@$(PY) manage.py run_worker & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	  $(PY) manage.py runserver 127.0.0.1:8000

test: install
	@command -v chromium >/dev/null || echo "chromium not found: browser tests (tests/e2e) will be skipped"
	$(PY) manage.py compile_catalogues
	$(PY) -m pytest

test-postgres: install
	$(PY) manage.py compile_catalogues
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} $(PY) -m pytest

# The translation catalogues: extract every marked string into locale/es and locale/tr (needs GNU
# gettext's xgettext, a developer's tool); translate the .po files, then `compile_catalogues`
# (Babel) builds what Django reads. Run after changing a marked string.
messages: install
	$(PY) manage.py makemessages --locale es --locale tr --no-obsolete --ignore ".venv/*" --ignore "bench/*" --ignore "tests/*"
	$(PY) manage.py makemessages --domain djangojs --locale es --locale tr --no-obsolete --ignore ".venv/*" --ignore "staticfiles/*"
	$(PY) manage.py compile_catalogues

lint: install
	$(VENV)/bin/ruff check .

# Rewrites every file in ruff's format; CI only checks (`ruff format --check .`).
format: install
	$(VENV)/bin/ruff format .

# Types of the pure engine and the services, with django-stubs ([tool.mypy] in pyproject.toml).
typecheck: install
	$(VENV)/bin/mypy

# The layering contracts ([tool.importlinter] in pyproject.toml), then no import cycle at all.
imports: install
	$(VENV)/bin/lint-imports
	$(PY) .ci/import_cycles.py

superuser: install
	$(PY) manage.py migrate --no-input
	$(PY) manage.py createcachetable
	$(PY) manage.py createsuperuser

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache .mypy_cache .import_linter_cache

bench: install
	$(PY) bench/pages.py

bench-rescore: install
	$(PY) bench/rescore.py --clinics 10000

bench-import: install
	$(PY) bench/imports.py --clinics 10000

# Recall per label, false flags and precision of the claims screener on the synthetic set and on
# the real corpus's dev and validation splits; sentences per second, load time (bench/claims.py).
bench-claims: install
	$(PY) bench/claims.py

# The website capture: extract + screen + propose per page on the recorded pages and a 200 KB
# page (target: under 1 s on one core), and what one page fills in for the curator.
bench-capture: install
	$(PY) bench/capture.py

# Background jobs: small jobs/s and a 10,000-clinic rescore with one and two workers, on the
# database backend and on RQ (the Redis on 127.0.0.1:6379, database 7), against the inline
# commands (bench/jobs.py).
bench-jobs: install
	$(PY) bench/jobs.py --clinics 10000

# Queries, median and p95 of each admin changelist, the index and a clinic's change page at
# 10,000 clinics, in-process under production settings (bench/admin.py).
bench-admin: install
	$(PY) bench/admin.py --clinics 10000

# 50 patients saving checklists while 10 people browse, 60 s on SQLite then on PostgreSQL,
# against gunicorn on 127.0.0.1; fails on any 5xx or lost report (bench/load.py).
LOAD_SECONDS ?= 60
# ... and a curator importing 10,000 generated clinics in the middle of it: the patients' worst
# wait behind the import's write (on SQLite, one writer at a time).
LOAD_IMPORT ?= 10000
load: install
	$(PY) bench/load.py --seconds $(LOAD_SECONDS) --import-clinics $(LOAD_IMPORT)

# Known vulnerabilities in the pinned dependencies, asked of PyPI then OSV (.ci/pip_audit.py):
# fails on one; only warns when neither service can be reached, as in an offline sandbox.
audit: install
	$(PY) .ci/pip_audit.py requirements.txt
