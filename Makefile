# claimcheck: `make run` (set up .venv, install, check articles/) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test test-long lint format bench bench-full store accuracy fuzz clean

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

# What CI runs: the long forms of the fuzz properties and the kill and concurrency tests.
test-long: lint
	CLAIMCHECK_LONG_TESTS=1 $(BIN)/python -m pytest

format: $(VENV)/.installed-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# quantulum3, the peer the speed figures are set against, lives only in bench/.venv (never a
# dependency of claimcheck). `make bench-full` adds the 10,000-article archive (about 100 MB).
BENCH_SIZES ?= 100,1000
bench/.venv/.installed:
	$(PYTHON) -m venv bench/.venv
	bench/.venv/bin/pip install --quiet quantulum3
	touch $@

bench: $(VENV)/.installed-test bench/.venv/.installed
	$(BIN)/python bench/peers.py
	$(BIN)/python bench/speed.py --sizes $(BENCH_SIZES)
	$(BIN)/python bench/formats.py

bench-full:
	$(MAKE) bench BENCH_SIZES=100,1000,10000

# Precision and recall on the accuracy corpus (tests/accuracy/; held/ was written blind), and of the
# in-article arithmetic rules on tests/accuracy/arithmetic/. -v lists misses.
accuracy: $(VENV)/.installed-test
	$(BIN)/python tests/accuracy/score.py $(ARGS)
	$(BIN)/python tests/accuracy/arithmetic_score.py $(ARGS)

# Regenerate the committed claims store from articles/ (reviews are kept).
store: $(VENV)/.installed
	$(BIN)/claimcheck extract articles/ --format json > /dev/null

# Coverage-guided fuzzing of the quantity parser (atheris is a dev-only tool, never a dependency).
# Crashes land in fuzz/crashes/; each one becomes a regression test.
FUZZ_SECONDS ?= 600
fuzz: $(VENV)/.installed
	$(BIN)/pip install --quiet atheris
	mkdir -p fuzz/corpus fuzz/crashes
	$(BIN)/python fuzz/parse_fuzz.py fuzz/corpus fuzz/seeds -dict=fuzz/parse.dict \
		-max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 -artifact_prefix=fuzz/crashes/ \
		-print_final_stats=1

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
