# The verbs people expect. `make run` and `make test` work on a fresh clone with Python 3.11+.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench train train-transformer install migrate seed users clean worker beat

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(PY) requirements.txt requirements-dev.txt constraints.txt
	$(PIP) install --quiet --disable-pip-version-check -r requirements-dev.txt -c constraints.txt
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(PY) manage.py migrate --noinput

seed: migrate
	$(PY) manage.py load_seeds

users: migrate
	$(PY) manage.py create_demo_users

run: install migrate seed users
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

# The queue bench needs PostgreSQL: DATABASE_URL=postgres://…/factcheck_bench make bench
bench: install
	$(PY) bench/extraction.py
	@if [ -n "$$DATABASE_URL" ]; then $(PY) bench/queue.py; \
	else echo "bench/queue.py skipped: set DATABASE_URL to a PostgreSQL database (it uses <name>_bench)"; fi

train: install
	$(PIP) install --quiet --disable-pip-version-check -r requirements-train.txt -c constraints.txt
	$(PY) manage.py train_checkworthiness

# The `minilm` scorer (shipped in claims/extraction/data/checkworthiness-minilm): fine-tunes
# MiniLM-L6 again into FACTCHECK_TRANSFORMER_MODEL_DIR, seeded. torch is exactly 2.13.0 CPU.
train-transformer: install
	$(PIP) install --quiet --disable-pip-version-check -r requirements-transformer.txt -c constraints.txt
	$(PY) manage.py train_transformer $(TRAIN_ARGS)

worker: install
	$(VENV)/bin/celery -A factcheck worker --loglevel=INFO

beat: install
	$(VENV)/bin/celery -A factcheck beat --loglevel=INFO

clean:
	rm -rf $(VENV) var staticfiles
