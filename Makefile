# claimcheck: `make run` (set up .venv, install, check articles/) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint format bench store accuracy clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

# Exit 1 means "findings": the table is the point here, so only 2 (could not run) fails.
run: $(VENV)/.installed
	$(BIN)/claimcheck check articles/ || [ $$? -eq 1 ]

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint
	$(BIN)/python -m pytest

format: $(VENV)/.installed-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(VENV)/.installed-test
	$(BIN)/python bench/peers.py
	$(BIN)/python bench/speed.py

# Precision and recall on the accuracy corpus (tests/accuracy/; held/ was written blind), and of the
# in-article arithmetic rules on tests/accuracy/arithmetic/. -v lists misses.
accuracy: $(VENV)/.installed-test
	$(BIN)/python tests/accuracy/score.py $(ARGS)
	$(BIN)/python tests/accuracy/arithmetic_score.py $(ARGS)

# Regenerate the committed claims store from articles/ (reviews are kept).
store: $(VENV)/.installed
	$(BIN)/claimcheck extract articles/ --format json > /dev/null

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
