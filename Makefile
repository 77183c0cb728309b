# Dunwatch: `make run` starts the server with the bundled rulebook; `make test` runs every test.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

setup: $(STAMP)

run: setup
	$(BIN)/dunwatch serve

test: setup
	$(BIN)/dunwatch rules lint
	$(BIN)/python -m pytest
	cd extension && node --test tests/

lint: setup
	$(BIN)/dunwatch rules lint

bench: setup
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) build *.egg-info
