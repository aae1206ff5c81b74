# The verbs of the project. Every target installs what it needs into .venv first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | md5sum | cut -c1-8)
MODEL ?= models/minilm-moderation

.PHONY: install demo test test-all model eval bench lint clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

demo: install
	$(BIN)/moderation parse examples/pages --format table

test: install
	$(BIN)/python -m pytest -q

test-all: install
	$(BIN)/python -m pytest -q -m ''

model: install
	$(BIN)/moderation train --config configs/train.toml

bench: install
	$(BIN)/python benchmarks/bench_parse.py
	$(BIN)/python benchmarks/bench_engine.py
	$(BIN)/python benchmarks/bench_memory.py

lint: install
	$(BIN)/ruff check moderation tests benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
