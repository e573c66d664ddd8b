"""The translators' glossary: agreed renderings and names kept in English.

`translations/glossary.yml` lists, per English term, the renderings each
language accepts, and names that stay as written (clinic and institution
names). A section of a translation (the text under one heading id) that
renders a term differently from the glossary, or drops a kept name the
English section uses, is reported with its file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from markdown_directives import DIRECTIVE
from problems import Problem
from translation_parity import Structure

GLOSSARY_FILE = Path(__file__).resolve().parent.parent / "translations" / "glossary.yml"

_NOT_PROSE = [
    re.compile(r"^---\n.*?\n---\n", re.DOTALL),  # front matter
    DIRECTIVE,
    re.compile(r"\]\([^)]*\)"),  # link targets (the link text stays)
    re.compile(r"\[@[^\]]*\]"),  # citations
    re.compile(r"\{[^}]*#[\w-]+[^}]*\}"),  # heading ids
    re.compile(r"<[^>]+>"),  # HTML tags
]


@dataclass(frozen=True)
class Glossary:
    terms: dict[str, dict[str, tuple[str, ...]]]
    keep: tuple[str, ...]


@lru_cache(maxsize=4)
def load_glossary(path: Path = GLOSSARY_FILE) -> Glossary:
    data = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}) if path.exists() else {}
    terms = {
        str(term): {lang: tuple(str(r) for r in renderings) for lang, renderings in (langs or {}).items()}
        for term, langs in (data.get("terms") or {}).items()
    }
    return Glossary(terms, tuple(str(name) for name in data.get("keep") or ()))


def prose(markdown: str) -> str:
    """The words a reader sees, on one line (wrapping removed)."""
    for pattern in _NOT_PROSE:
        markdown = pattern.sub(" ", markdown)
    return " ".join(markdown.split())


@lru_cache(maxsize=256)
def _english_pattern(term: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)


def check_glossary(english: Structure, translation: Structure, lang: str, path: str, glossary: Glossary) -> list[Problem]:
    """Glossary breaks in `translation`, section by section."""
    problems = []
    by_id = {section.id: section for section in english.sections}
    for section in translation.sections:
        source = by_id.get(section.id)
        if source is None:
            continue
        english_text, text = prose(source.text), prose(section.text)
        folded = text.casefold()
        where = f"section '#{section.id}'" if section.id else "the text before the first heading"
        for term, renderings in glossary.terms.items():
            wanted = renderings.get(lang)
            if not wanted or not _english_pattern(term).search(english_text):
                continue
            if not any(rendering.casefold() in folded for rendering in wanted):
                choices = " or ".join(f"'{r}'" for r in wanted)
                problems.append(
                    Problem(path, section.line, f"glossary: '{term}' in {where} must be rendered as {choices} (translations/glossary.yml)")
                )
        for name in glossary.keep:
            if name in english_text and name not in text:
                problems.append(
                    Problem(path, section.line, f"glossary: keep the name '{name}' as written in English in {where}")
                )
    return problems
