# accord: the two set-up commands of the README, plus helpers.
# `make run` and `make test` work on a fresh clone: they create .venv and install the
# pinned dependencies (requirements.txt) and accord itself (editable) first.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test bench baseline venv clean

$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

venv: $(STAMP)

## Code the bundled example articles and print the events; then store them in the default
## store (accord.duckdb here; a second `make run` skips what is stored) and print the dyads.
run: $(STAMP)
	$(BIN)/accord code examples/ --format table
	$(BIN)/accord ingest examples/
	$(BIN)/accord dyads --freq month --format table

## Run the test suite.
test: $(STAMP)
	$(BIN)/python -m pytest -q

## Benchmarks (print their figures; not part of the tests).
bench: $(STAMP)
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/dyads.py

## Re-score the gold sets and commit the figures the regression test guards.
baseline: $(STAMP)
	$(BIN)/python bench/baseline.py

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info .pytest_cache
