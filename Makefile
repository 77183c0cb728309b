# Dunwatch: `make run` starts the server with the bundled rulebook; `make test` runs every test.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := extension/node_modules/.installed

.PHONY: setup run test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

$(NODE_STAMP): extension/package.json extension/package-lock.json
	cd extension && npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(STAMP) $(NODE_STAMP)

run: setup
	$(BIN)/dunwatch serve

test: setup
	$(BIN)/dunwatch rules lint
	$(BIN)/dunwatch rules qa tests/corpus/*.jsonl
	cd extension && npm run -s lint
	cd extension && node --test tests/
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/dunwatch rules lint
	cd extension && npm run -s lint

bench: setup
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) build *.egg-info
