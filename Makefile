# Fælles Indgang: set-up, run and test on Debian/Ubuntu.
#
#   make run     install what is missing, then start the app on the embedded SQLite
#   make test    the same set-up plus PostgreSQL, then the whole test suite (offscreen)
#   make lint    ruff, the import-linter contracts and mypy --strict on the core
#
# Everything is idempotent: a second run installs nothing and only rebuilds
# what changed (the .venv when pyproject.toml changed, a .qm when its .ts did).
# Pins live in pyproject.toml.

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
VENV_STAMP := $(VENV)/.installed-from-pyproject
ARGS ?=
PYTEST_ARGS ?=
# Tests run in parallel, one worker per core (pytest-xdist); each worker starts its own PostgreSQL.
PYTEST_WORKERS ?= auto

# sudo only when we are not root (and only when something is missing).
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# What Qt needs to load at all, and what a real (or Xvfb) window needs on top.
QT_PACKAGES := libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
WINDOW_PACKAGES := xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xkb1 \
	libxkbcommon-x11-0
TEST_PACKAGES := postgresql poppler-utils
# PyInstaller reads the libraries' dependencies with objdump.
BUNDLE_PACKAGES := binutils

TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
# The catalogue `make translations` refreshes when none exists yet.
TS_DEFAULT := resources/translations/faelles_indgang_da.ts

# Shell code: install those of the apt packages in $(1) that dpkg does not
# report as installed; `apt-get update` first, sudo when not root.
define apt_install
if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then \
	echo "Not Debian/Ubuntu: make sure these are installed: $(strip $(1))"; \
else \
	missing=""; \
	for pkg in $(1); do \
		dpkg-query -W -f='$${Status}' "$$pkg" 2>/dev/null | grep -q 'ok installed' \
			|| missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages:$$missing"; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
		&& $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			$$missing >/dev/null; \
	fi; \
fi
endef

.PHONY: help run test lint translations screenshot system-packages test-packages venv qm clean wheel bundle

help:
	@echo "make run          install what is missing and start Fælles Indgang (ARGS='--lang en')"
	@echo "make test         install what is missing and run the whole test suite (PYTEST_ARGS='-x')"
	@echo "make lint         ruff, the import-linter contracts and mypy --strict on the core"
	@echo "make translations refresh resources/translations/*.ts from the source"
	@echo "make screenshot   docs/screenshot-main.png of the main window under Xvfb"
	@echo "make wheel        dist/: the wheel and the sdist (with migrations, resources, compiled translations)"
	@echo "make bundle       dist/faelles-indgang/: the frozen one-folder app (PyInstaller)"

system-packages:
	@$(call apt_install,$(QT_PACKAGES) $(WINDOW_PACKAGES))
	@if [ ! -x $(BIN)/python ] && ! $(PYTHON) -c 'import ensurepip, venv' 2>/dev/null; then \
		$(call apt_install,python3-venv); \
	fi

test-packages: system-packages
	@$(call apt_install,$(TEST_PACKAGES))

venv: system-packages $(VENV_STAMP)

# Rebuilt only when pyproject.toml is newer than the stamp.
$(VENV_STAMP): pyproject.toml
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

qm: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts | $(VENV_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: venv qm
	@if [ -n "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ]; then \
		exec $(BIN)/referral-app $(ARGS); \
	else \
		echo "No display: starting under Xvfb, where the window is not visible (set DISPLAY to see it; Ctrl+C stops)."; \
		exec xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/referral-app $(ARGS); \
	fi

# A private --basetemp: pytest prunes all but the newest three temp folders in
# /tmp/pytest-of-$USER, which would delete the PostgreSQL data folder of a run
# that is still going whenever other test runs start meanwhile.
test: test-packages venv qm
	@tmp=$$(mktemp -d -t referral-app-tests.XXXXXX); \
	echo "QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n $(PYTEST_WORKERS) --basetemp=$$tmp/pytest $(PYTEST_ARGS)"; \
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n $(PYTEST_WORKERS) --basetemp=$$tmp/pytest $(PYTEST_ARGS); \
	status=$$?; rm -rf "$$tmp"; exit $$status

lint: venv
	$(BIN)/ruff check .
	$(BIN)/lint-imports --config pyproject.toml
	$(BIN)/mypy --config-file pyproject.toml

# Refresh the catalogue from the code (see resources/translations/README.md),
# then translate what is new; `make test` fails while anything is unfinished.
translations: venv
	$(BIN)/pyside6-lupdate $$(find referral_app -name '*.py' | sort) -no-obsolete \
		-source-language en -target-language da_DK -ts $(or $(TS_FILES),$(TS_DEFAULT))

# The real window with the real directory (tools/screenshot.py), on a private
# throwaway database, under Xvfb.
screenshot: venv qm
	@tmp=$$(mktemp -d); \
	REFERRAL_APP_DATA_DIR=$$tmp REFERRAL_APP_DATABASE_URL=sqlite:///$$tmp/shot.sqlite3 \
		xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python tools/screenshot.py $(ARGS); \
	status=$$?; rm -rf "$$tmp"; exit $$status

# The wheel and the sdist; the build hook in setup.py copies resources/ and
# alembic/ into the package (the .qm files made by `make qm` ride along).
wheel: venv qm
	$(BIN)/python -m build --outdir dist .

# The frozen one-folder app (packaging/faelles-indgang.spec); CI builds it
# once before `make test`, whose smoke test then runs it. PYTHONPATH makes
# PyInstaller read this checkout even if the .venv's editable install points elsewhere.
bundle: venv qm
	@$(call apt_install,$(BUNDLE_PACKAGES))
	PYTHONPATH=$(CURDIR) QT_QPA_PLATFORM=offscreen $(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/faelles-indgang.spec
	@echo "bundle: dist/faelles-indgang, $$(du -sh dist/faelles-indgang | cut -f1)"

clean:
	rm -rf $(VENV) resources/translations/*.qm .pytest_cache build dist
