"""Which files the readability report measures, and in which language.

English pages are `page.md`; their translations `page.es.md`, `page.ar.md`
and `page.zh.md` sit beside them. The references page (`references*.md`) is
left out: it is a reference list, not prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from patient_site.translations.languages import split_language

# The languages the report has a measure for.
MEASURED = ("en", "es", "ar", "zh")


@dataclass(frozen=True)
class Page:
    path: Path
    name: str  # shown in reports: relative to the docs folder when inside it
    lang: str


def page_language(path: Path, languages: tuple[str, ...], default: str = "en") -> str | None:
    """The default language for `page.md`, the suffix's language for
    `page.es.md` etc.; None for a language the site or the report does not
    have (`page.fr.md`)."""
    parts = path.name.split(".")
    if len(parts) >= 3 and re.fullmatch(r"[a-z]{2}(?:[-_][A-Za-z]{2,4})?", parts[-2]):
        lang = parts[-2]
        return lang if lang in languages and lang in MEASURED else None
    return default if default in MEASURED else None


def is_references_page(path: Path) -> bool:
    return path.name.split(".")[0] == "references"


def find_pages(paths: Iterable[Path], docs_dir: Path, languages: tuple[str, ...], default: str = "en") -> list[Page]:
    """The pages to measure: every `*.md` under each folder (folders whose
    name starts with `_` or `.` left out, like `docs/_data/`), or the file
    itself; never a references page."""
    pages: dict[Path, Page] = {}
    for path in paths:
        if path.is_dir():
            files = [
                file
                for file in path.rglob("*.md")
                if not any(part.startswith(("_", ".")) for part in file.relative_to(path).parts[:-1])
            ]
            base = path
        else:
            files = [path]
            base = docs_dir if path.resolve().is_relative_to(docs_dir.resolve()) else None
        for file in files:
            lang = page_language(file, languages, default)
            if lang is None or is_references_page(file):
                continue
            name = file.resolve().relative_to(base.resolve()).as_posix() if base is not None else str(file)
            pages[file.resolve()] = Page(file, name, lang)
    order = {lang: index for index, lang in enumerate(languages)}
    return sorted(pages.values(), key=lambda page: (split_language(page.name, languages)[0], order[page.lang]))
