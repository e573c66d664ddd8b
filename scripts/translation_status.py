"""The state of every page in every language, from the files alone.

A translation records, in its front matter, a hash of the English source it
was translated from (`source_hash`) and that source's commit
(`source_commit`). When the English page changes, the hashes differ and the
translation is *outdated* until the translator updates it and stamps it
again. Dates are not used: a rebase or a typo commit changes them.

The hash ignores trailing spaces and blank lines (they change nothing a
reader sees) but not indentation (it is meaningful in Markdown).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from front_matter import Document, FrontMatterError, split_front_matter
from page_status import TRANSLATION_STATES, front_matter_problems
from problems import Problem
from translation_files import orphaned_translations, split_language, translation_path

# One state per page and language, from most to least urgent.
MISSING = "missing"
ORPHAN = "orphan"
UNTRANSLATED = "untranslated"
OUTDATED = "outdated"
DRAFT = "draft"
REVIEWED = "reviewed"
STATES = (ORPHAN, MISSING, UNTRANSLATED, OUTDATED, DRAFT, REVIEWED)


def source_hash(text: str) -> str:
    """The content hash of an English page, blind to trailing spaces and
    blank lines."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    normalized = "\n".join(line for line in lines if line)
    return "sha256:" + hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class PageState:
    page: str  # the English page, relative to docs/
    lang: str
    state: str
    path: str  # the translation file, relative to docs/
    review: str = ""  # "draft" | "reviewed" for a translation that exists


@dataclass
class Inventory:
    """Every page × language, plus the problems found while reading."""

    languages: tuple[str, ...]
    pages: list[str]
    states: dict[tuple[str, str], PageState] = field(default_factory=dict)
    orphans: list[PageState] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    documents: dict[str, Document] = field(default_factory=dict)

    def state(self, page: str, lang: str) -> PageState:
        return self.states[(page, lang)]

    def totals(self, lang: str) -> dict[str, int]:
        counts = dict.fromkeys(STATES, 0)
        for (_page, state_lang), state in self.states.items():
            if state_lang == lang:
                counts[state.state] += 1
        counts[ORPHAN] = sum(1 for orphan in self.orphans if orphan.lang == lang)
        return counts


def read_document(docs_dir: Path, src: str, problems: list[Problem]) -> Document | None:
    try:
        document = split_front_matter((docs_dir / src).read_text(encoding="utf-8"))
    except FrontMatterError as error:
        problems.append(Problem(f"docs/{src}", error.line, error.message))
        return None
    for line, message in front_matter_problems(document.meta):
        problems.append(Problem(f"docs/{src}", line, message))
    return document


def translation_state(document: Document, english_hash: str) -> tuple[str, str]:
    """(state, review) of one translation against its English page's hash."""
    status = document.meta.get("translation", DRAFT)
    if status == UNTRANSLATED:
        return UNTRANSLATED, ""
    review = REVIEWED if status == REVIEWED else DRAFT
    if document.meta.get("source_hash") != english_hash:
        return OUTDATED, review
    return review, review


def take_inventory(docs_dir: Path, languages: tuple[str, ...]) -> Inventory:
    """Read docs/ and classify every page in every translation language."""
    sources = sorted(
        path.relative_to(docs_dir).as_posix()
        for path in docs_dir.rglob("*.md")
        if not path.relative_to(docs_dir).as_posix().startswith("_")
    )
    pages = [src for src in sources if split_language(src, languages)[1] is None]
    inventory = Inventory(languages, pages)
    present = set(sources)
    for src in sources:
        document = read_document(docs_dir, src, inventory.problems)
        if document is not None:
            inventory.documents[src] = document
    for page in pages:
        english_hash = source_hash((docs_dir / page).read_text(encoding="utf-8"))
        for lang in languages:
            path = translation_path(page, lang)
            if path not in present:
                inventory.states[(page, lang)] = PageState(page, lang, MISSING, path)
                continue
            document = inventory.documents.get(path)
            if document is None:  # unreadable front matter, already a problem
                continue
            state, review = translation_state(document, english_hash)
            inventory.states[(page, lang)] = PageState(page, lang, state, path, review)
    for path, english in orphaned_translations(sources, languages):
        lang = split_language(path, languages)[1] or ""
        inventory.orphans.append(PageState(english, lang, ORPHAN, path))
        inventory.problems.append(
            Problem(f"docs/{path}", 1, f"translation of 'docs/{english}', which does not exist — rename it after its English page or delete it")
        )
    return inventory


__all__ = [
    "DRAFT", "MISSING", "ORPHAN", "OUTDATED", "REVIEWED", "STATES", "TRANSLATION_STATES", "UNTRANSLATED",
    "Inventory", "PageState", "source_hash", "take_inventory", "translation_state",
]
