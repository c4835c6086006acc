# The two commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB := db/claims.db

.PHONY: demo test serve clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# The stamp files re-install when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

$(DB): $(VENV)/.installed
	mkdir -p db
	$(BIN)/claims ingest claims/samples --db $(DB)

demo: $(VENV)/.installed
	mkdir -p db
	$(BIN)/claims ingest claims/samples --db $(DB)
	$(BIN)/claims serve --db $(DB) --port 8001 --about demo-about.yml

test: $(VENV)/.installed-test
	@# The browser tests use Debian's chromium (Playwright downloads no browser); they skip without it (fail when CI=true).
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq chromium >/dev/null) || echo "chromium could not be installed: browser tests will skip"
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) $(DB) db/*.db-wal db/*.db-shm
