# Entry points for readers and contributors. Every target creates the virtual environment
# from requirements.txt first, and reuses it while requirements.txt is unchanged.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test build snippets-update bench clean

serve: $(VENV)/.installed          ## serve the site on http://127.0.0.1:8000 with live reload
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

test: $(VENV)/.installed           ## run the whole test suite (snippets, pages, notebooks, strict build)
	$(BIN)/python -m pytest

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
