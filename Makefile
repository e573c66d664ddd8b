# The project's commands. See README.md.
PYTHON := .venv/bin/python
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test serve lint clean

## Build site/ (all languages, with PDF handouts) on a fresh machine.
site:
	bash scripts/setup.sh build
	$(PYTHON) scripts/build_site.py

## Run every test (installs what the tests need first).
test:
	bash scripts/setup.sh test
	$(PYTHON) -m ruff check scripts tests
	.venv/bin/translate status --check --strict > /dev/null
	.venv/bin/translate check
	$(PYTHON) scripts/readability.py --check > /dev/null
	$(PYTHON) -m pytest

## Preview while editing (all languages). One language: ONLY_LANGUAGE=es make serve
serve:
	bash scripts/setup.sh build
	.venv/bin/mkdocs serve

clean:
	rm -rf site .site-building-* .site-old-*
