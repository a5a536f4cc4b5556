# Quire: one command to run the app, one to run every test.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast lint bench lock clean translations screenshots venv prereqs-run \
	prereqs-test package

$(STAMP): requirements/dev.lock pyproject.toml setup.py
	@PY=$(PY) scripts/check_prereqs.sh venv
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/dev.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

venv: $(STAMP)

# One line per missing prerequisite (scripts/check_prereqs.sh), before anything is built.
# Python is checked only while .venv does not exist yet; the Qt libraries every time.
prereqs-run prereqs-test:
	@PY=$(PY) scripts/check_prereqs.sh $(if $(wildcard $(STAMP)),qt,$(@:prereqs-%=%))

run: prereqs-run $(STAMP)  ## set up and start the desktop app
	$(BIN)/quire

test: prereqs-test $(STAMP)  ## set up and run the whole suite (slow stress tests included)
	scripts/test.sh

test-fast: prereqs-test $(STAMP)  ## the quick part, for development
	scripts/test.sh -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The Linux one-folder build (packaging/quire.spec) and its tarball, from a venv of its own
# holding only the runtime and build locks (no test tools to collect).
BUILD_VENV := build/venv
BUILD_STAMP := $(BUILD_VENV)/.installed
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)
DIST ?= dist
TARBALL := $(DIST)/quire-$(VERSION)-linux-$(shell uname -m).tar.gz
DEB_ARCH := $(shell dpkg --print-architecture 2>/dev/null)
DEB := $(DIST)/quire_$(VERSION)_$(DEB_ARCH).deb

$(BUILD_STAMP): requirements/runtime.lock requirements/build.lock
	@PY=$(PY) scripts/check_prereqs.sh venv
	rm -rf $(BUILD_VENV)
	$(PY) -m venv $(BUILD_VENV)
	$(BUILD_VENV)/bin/pip install --quiet --require-hashes --no-deps \
		-r requirements/runtime.lock -r requirements/build.lock
	touch $@

# Then the .deb (packaging/deb/build.sh) where Debian's tools are (dpkg-dev, patchelf).
package: $(BUILD_STAMP)  ## $(DIST)/quire/ (quire, and quire-cli linked to it), its tarball, the .deb
	rm -rf $(DIST)/quire $(TARBALL) $(DIST)/quire_*.deb $(DIST)/.work
	$(BUILD_VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath $(DIST) \
		--workpath $(DIST)/.work packaging/quire.spec
	rm -rf $(DIST)/.work
	packaging/trim_icu.sh $(DIST)/quire/_internal/PySide6/Qt/lib/libicudata.so.*
	find $(DIST)/quire -xtype l -delete  # links to libraries the spec dropped
	packaging/drop_host_rpaths.sh $(DIST)/quire
	ln -s quire $(DIST)/quire/quire-cli
	tar -C $(DIST) -czf $(TARBALL) quire
	@if [ -n "$(DEB_ARCH)" ]; then packaging/deb/build.sh $(DIST) $(VERSION) $(BUILD_VENV)/bin/python; \
	else echo "package: no dpkg here, so no .deb (the folder and tarball are made)"; fi
	@du -sh $(DIST)/quire $(TARBALL); [ ! -e "$(DEB)" ] || du -sh $(DEB)

bench: $(STAMP)
	$(BIN)/python -m pytest -s -q tests/bench -p no:cacheprovider --run-bench

lock:
	$(PY) -m piptools compile -q --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links -o requirements/runtime.lock requirements/runtime.in
	$(PY) -m piptools compile -q --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links -o requirements/dev.lock requirements/dev.in
	$(PY) -m piptools compile -q --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links -o requirements/build.lock requirements/build.in

# Strings come from self.tr(), QCoreApplication.translate(), QT_TRANSLATE_NOOP (app/ marks it
# as _T) and the modules' own tr()/_t() helpers, which land in the context-free section that
# ui/translations.py consults last. quire_en holds only the English plural forms.
TS_DIR := resources/translations
LUPDATE := $(BIN)/pyside6-lupdate -extensions py -tr-function-alias QT_TRANSLATE_NOOP+=_T,QT_TRANSLATE_NOOP+=_R,tr+=_t \
	-no-obsolete -locations relative

translations: $(STAMP)  ## extract new strings into the .ts files, compile the .qm files
	$(LUPDATE) ui app -ts $(TS_DIR)/quire_az.ts $(TS_DIR)/quire_ru.ts
	$(LUPDATE) -pluralonly ui app -ts $(TS_DIR)/quire_en.ts
	$(BIN)/pyside6-lrelease $(TS_DIR)/quire_en.ts $(TS_DIR)/quire_az.ts $(TS_DIR)/quire_ru.ts

screenshots: $(STAMP)  ## render the main screens to docs/screenshots/ from a throw-away sample diary
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py --lang az --screen 1024x640 \
		--only main-window,settings-panic,timeline,create-vault
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py --lang ru --screen 1024x640 \
		--only main-window,editor,open-bundle,create-vault,recovery-code,unlock

clean:
	rm -rf $(VENV) .pytest_cache build dist *.egg-info
