"""Checks over the Markdown sources of every language, before a build.

Run once per build (not per page or language): orphaned translations and
front-matter errors (from the translation inventory), broken internal links
and anchors, unknown citation keys. Every problem names file and line.
"""

from __future__ import annotations

from collections.abc import Container, Iterable

from link_check import check_links
from problems import Problem
from translation_files import split_language
from translation_parity import Structure, parse_structure
from translation_status import Inventory


def parse_structures(inventory: Inventory) -> dict[str, Structure]:
    return {
        src: parse_structure(document.body, document.body_start_line)
        for src, document in inventory.documents.items()
    }


def check_sources(
    inventory: Inventory,
    structures: dict[str, Structure],
    assets: Iterable[str],
    citation_keys: Container[str],
) -> list[Problem]:
    problems = list(inventory.problems)
    english_of = {src: split_language(src, inventory.languages)[0] for src in structures}
    problems.extend(check_links(structures, english_of, assets))
    problems.extend(
        Problem(f"docs/{src}", line, f"unknown citation key '{key}' — add it to bibliography.bib or correct the key")
        for src, structure in structures.items()
        for section in structure.sections
        for key, line in section.citations
        if key not in citation_keys
    )
    return sorted(problems)
