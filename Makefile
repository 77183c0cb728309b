# Dunwatch: `make run` starts the server with the bundled rulebook; `make test` runs every test.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := extension/node_modules/.installed

.PHONY: setup run test lint bench release-rules clean

$(STAMP): pyproject.toml setup.py server/dunwatch/_ngrams.c
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
	$(BIN)/dunwatch rules qa tests/corpus
	cd extension && npm run -s lint
	cd extension && node --test tests/
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/dunwatch rules lint
	cd extension && npm run -s lint

bench: setup
	$(BIN)/python -m bench

# The rulebook release: dist/dunwatch-rules-<version>.tar.gz with the corpus its quality gate runs on,
# byte-for-byte reproducible from the commit. Signed when the publisher names their secret key:
#   make release-rules MINISIGN_KEY=/media/offline/dunwatch-publisher.key [MINISIGN_PUB=its .pub, to verify]
release-rules: setup
	$(BIN)/dunwatch rules lint
	$(BIN)/dunwatch rules test
	$(BIN)/dunwatch rules qa --gate tests/corpus/*.jsonl | tail -n 1
	mkdir -p dist
	v=$$($(BIN)/python -c "import yaml; print(yaml.safe_load(open('rules/rulebook.yaml'))['version'])") && \
	out=dist/dunwatch-rules-$$v.tar.gz && \
	SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct -- rules 2>/dev/null || echo 0) \
	  $(BIN)/dunwatch rules pack rules --corpus tests/corpus/*.jsonl -o $$out && \
	if [ -z "$(MINISIGN_KEY)" ]; then echo "not signed: make release-rules MINISIGN_KEY=/path/to/publisher.key"; \
	else minisign -S -s "$(MINISIGN_KEY)" -m $$out && \
	  if [ -n "$(MINISIGN_PUB)" ]; then minisign -V -p "$(MINISIGN_PUB)" -m $$out; fi; fi

clean:
	rm -rf $(VENV) build dist *.egg-info
