# Quire: one command to run the app, one to run every test.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast lint bench lock clean

$(STAMP): requirements/dev.lock pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/dev.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)  ## set up and start the desktop app
	$(BIN)/quire

test: $(STAMP)  ## set up and run the whole suite (slow stress tests included)
	scripts/test.sh

test-fast: $(STAMP)  ## the quick part, for development
	scripts/test.sh -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(STAMP)
	$(BIN)/python -m pytest -s -q tests/bench -p no:cacheprovider --run-bench

lock:
	$(PY) -m piptools compile -q --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links -o requirements/runtime.lock requirements/runtime.in
	$(PY) -m piptools compile -q --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links -o requirements/dev.lock requirements/dev.in

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
