# Two entry points for a fresh machine: `make build` and `make test`.
# Each makes its own virtual environment in .venv, so nothing leaks into the system Python.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: build test install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,dask]"
	touch $@

install: $(VENV)/.installed

build: install
	$(BIN)/timeline build

test: install
	$(BIN)/python -m pytest -q -n auto

clean:
	rm -rf $(VENV) build *.egg-info
