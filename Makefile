# The verbs people expect. `make run` and `make test` work on a fresh clone with Python 3.11+.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: run test lint format bench train train-transformer install install-run migrate seed users clean worker beat

$(PY):
	$(PYTHON) -m venv $(VENV)

# What serving needs (requirements.txt): `make run`, the worker, beat.
$(RUN_STAMP): $(PY) requirements.txt constraints.txt
	$(PIP) install --quiet --disable-pip-version-check -r requirements.txt -c constraints.txt
	touch $(RUN_STAMP)

# Plus the development tools (requirements-dev.txt: pytest, Playwright, ruff, onnx…): `make test`, `make lint`.
$(DEV_STAMP): $(RUN_STAMP) requirements-dev.txt
	$(PIP) install --quiet --disable-pip-version-check -r requirements-dev.txt -c constraints.txt
	touch $(DEV_STAMP)

install-run: $(RUN_STAMP)

install: $(DEV_STAMP)

migrate: install-run
	$(PY) manage.py migrate --noinput

seed: migrate
	$(PY) manage.py load_seeds

users: migrate
	$(PY) manage.py create_demo_users

run: install-run migrate seed users
	@echo "Serving on http://$(HOST):$(PORT)/  (Ctrl-C to stop)"
	$(PY) manage.py runserver --noreload $(HOST):$(PORT)

test: install
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# The desk benches need PostgreSQL, the submit bench Redis too:
# DATABASE_URL=postgres://…/factcheck_bench REDIS_URL=redis://127.0.0.1:6379/0 make bench
bench: install
	$(PY) bench/extraction.py
	$(PY) bench/feeds.py
	$(PY) bench/long_articles.py
	$(PY) bench/ingest.py
	@if [ -n "$$DATABASE_URL" ]; then $(PY) bench/desk_queries.py; \
	else echo "bench/desk_queries.py skipped: set DATABASE_URL to a PostgreSQL database (it uses <name>_bench)"; fi
	@if [ -n "$$DATABASE_URL" ]; then $(PY) bench/import_fact_checks.py; \
	else echo "bench/import_fact_checks.py skipped: set DATABASE_URL to a PostgreSQL database (it uses <name>_importbench)"; fi
	@if [ -n "$$DATABASE_URL" ]; then $(PY) bench/import_articles.py; \
	else echo "bench/import_articles.py skipped: set DATABASE_URL to a PostgreSQL database (it uses <name>_articlebench)"; fi
	@if [ -n "$$DATABASE_URL" ] && [ -n "$$REDIS_URL" ]; then $(PY) bench/submit.py; \
	else echo "bench/submit.py skipped: set DATABASE_URL (PostgreSQL) and REDIS_URL"; fi

train: install
	$(PIP) install --quiet --disable-pip-version-check -r requirements-train.txt -c constraints.txt
	$(PY) manage.py train_checkworthiness

# The `minilm` scorer (shipped in claims/extraction/data/checkworthiness-minilm): fine-tunes
# MiniLM-L6 again into FACTCHECK_TRANSFORMER_MODEL_DIR, seeded. torch is exactly 2.13.0 CPU.
train-transformer: install
	$(PIP) install --quiet --disable-pip-version-check -r requirements-transformer.txt -c constraints.txt
	$(PY) manage.py train_transformer $(TRAIN_ARGS)

worker: install-run
	$(VENV)/bin/celery -A factcheck worker --loglevel=INFO

beat: install-run
	$(VENV)/bin/celery -A factcheck beat --loglevel=INFO

clean:
	rm -rf $(VENV) var staticfiles
