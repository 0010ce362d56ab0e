# 上岸 Shang'an — `make run` serves the app; `make test` runs the whole suite. Both set up first.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
PO := $(wildcard locales/*/LC_MESSAGES/messages.po)
MO := $(PO:.po=.mo)
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: run test setup system test-system messages screenshots bench purge

run: setup
	FLASK_DEBUG=1 $(VENV)/bin/flask --app wsgi run --host $(HOST) --port $(PORT)

setup: system $(STAMP) $(MO) instance/.db-stamp

system:
	@tools/system-packages.sh

test-system:
	@tools/system-packages.sh test

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test]'
	touch $@

%.mo: %.po $(STAMP)
	$(VENV)/bin/pybabel compile --use-fuzzy -i $< -o $@ >/dev/null

instance/.db-stamp: $(STAMP) $(wildcard app/store/migrations/versions/*.py)
	mkdir -p instance
	FLASK_DEBUG=1 $(VENV)/bin/flask --app wsgi db-upgrade
	touch $@

test: setup test-system
	@eval "$$(tools/test-services.sh)" && \
	  $(PY) tools/i18n.py check && \
	  $(VENV)/bin/ruff check . && \
	  $(VENV)/bin/bandit -q -c pyproject.toml -r app && \
	  $(VENV)/bin/pytest -q

messages: $(STAMP)
	$(PY) tools/i18n.py update

purge: setup
	$(VENV)/bin/flask --app wsgi purge

screenshots: setup test-system
	@eval "$$(tools/test-services.sh)" && SCREENSHOTS=1 $(VENV)/bin/pytest -q tests/browser
	@tools/system-packages.sh screenshots
	@for pack in docs/screenshots/*-pack.pdf; do \
	  pdftoppm -r 60 -f 3 -l 3 -jpeg -jpegopt quality=80 -singlefile "$$pack" "$${pack%-pack.pdf}-letter-page" && rm "$$pack"; \
	done

bench: setup
	$(PY) bench/run.py
