# Entry points for readers and contributors. Every target creates the virtual environment
# from requirements.txt first, and reuses it while requirements.txt is unchanged.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test check build browser snippets-update bench clean

serve: $(VENV)/.installed          ## serve the site on http://127.0.0.1:8000; an edit rebuilds only what it changed
	$(BIN)/mkdocs serve --dirty --dev-addr 127.0.0.1:8000

test: $(VENV)/.installed browser   ## run the whole test suite (snippets, pages, notebooks, strict build, browser)
	$(BIN)/python -m pytest

browser:                           ## install Debian's Chromium and CJK fonts for the browser tests, if missing
	@if [ -n "$$CHROMIUM" ] || dpkg -s chromium fonts-noto-cjk >/dev/null 2>&1; then :; else \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk; fi

check: $(VENV)/.installed          ## one page's checks: PAGE=docs/ko/api/data.md (rules, snippets, strict build)
	$(BIN)/python -m docs_hooks check $(PAGE)

build: $(VENV)/.installed          ## build the static site into site/, failing on any warning
	$(BIN)/mkdocs build --strict

snippets-update: $(VENV)/.installed  ## rewrite the #> expected output of SNIPPETS (default: all)
	$(BIN)/python -m docs_hooks update $(SNIPPETS)

bench: $(VENV)/.installed            ## measure cold/warm/prose-touch/render-only builds, tests, slowest snippets
	$(BIN)/python -m docs_hooks bench

clean:
	rm -rf site .cache

$(VENV)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@
