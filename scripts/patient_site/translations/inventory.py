"""Every page in every language, read once: what exists, in what state.

A translation records, in its front matter, a hash of the English source it
was translated from (`source_hash`) and that source's commit
(`source_commit`). When the English page changes, the hashes differ and the
translation is *outdated* until the translator updates it and stamps it
again. Dates are not used: a rebase or a typo commit changes them.

The hash ignores trailing spaces and blank lines (they change nothing a
reader sees) but not indentation (it is meaningful in Markdown).

A medical reviewer's sign-off records the hashes of the English text and of
the translation that were reviewed. The translation is *reviewed* only while
both still match: any edit to it afterwards (a word, its description) makes it
a draft again. Its hash leaves out the fields the tool writes (`stamp`,
`sign-off`), so recording the sign-off does not itself change it.

Reading docs/ is the inventory's job alone: each file is read and its front
matter parsed once per build, and a file that cannot be read (not UTF-8,
broken front matter) is a problem with its line, never an exception.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from patient_site.content.front_matter import Document, FrontMatterError, split_front_matter
from patient_site.content.page_meta import DRAFT, REVIEWED, TOOL_FIELDS, UNTRANSLATED, meta_problems, parse_review_date
from patient_site.content.source_files import SourceError, read_text
from patient_site.content.structure import Structure, h1_title, parse_structure
from patient_site.problems import Problem
from patient_site.translations.languages import orphaned_translations, split_language, translation_path

# One state per page and language, from most to least urgent.
MISSING = "missing"
ORPHAN = "orphan"
OUTDATED = "outdated"
STATES = (ORPHAN, MISSING, UNTRANSLATED, OUTDATED, DRAFT, REVIEWED)
__all__ = ["DRAFT", "MISSING", "ORPHAN", "OUTDATED", "REVIEWED", "STATES", "UNTRANSLATED"]


def source_hash(text: str) -> str:
    """The content hash of an English page, blind to trailing spaces and
    blank lines."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    normalized = "\n".join(line for line in lines if line)
    return "sha256:" + hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:16]


def translation_hash(document: Document) -> str:
    """The content hash of a translation: its body and its front matter
    without the fields the translators' tool writes (see page_meta)."""
    fields = {key: value for key, value in document.meta.items() if key not in TOOL_FIELDS}
    return source_hash(json.dumps(fields, sort_keys=True, ensure_ascii=False, default=str) + "\n" + document.body)


@dataclass(frozen=True)
class SignOff:
    """A medical reviewer's sign-off, as recorded in a translation's front matter."""

    reviewer: str
    role: str
    date: dt.date | None
    source_hash: str  # the English text reviewed
    translation_hash: str  # the translation reviewed


def recorded_sign_off(meta: dict) -> SignOff | None:
    """The sign-off recorded in front matter (None if there is none)."""
    if not meta.get("reviewed_by"):
        return None
    try:
        date = parse_review_date(meta.get("reviewed_on"))
    except (TypeError, ValueError):  # reported by meta_problems
        date = None
    return SignOff(
        str(meta["reviewed_by"]),
        str(meta.get("reviewer_role") or ""),
        date,
        str(meta.get("reviewed_source_hash") or ""),
        str(meta.get("reviewed_translation_hash") or ""),
    )


@dataclass(frozen=True)
class TranslationState:
    """One English page in one translation language."""

    page: str  # the English page, relative to docs/
    lang: str
    state: str  # one of STATES
    path: str  # the translation file, relative to docs/
    review: str = ""  # "draft" | "reviewed" for a translation that exists
    sign_off: SignOff | None = None  # the last sign-off recorded (in force only if review is "reviewed")

    @property
    def usable(self) -> bool:
        """Whether readers get this translation's text (else the English)."""
        return self.state not in (MISSING, UNTRANSLATED, ORPHAN)


@dataclass
class Inventory:
    """Every page × language, plus the problems found while reading."""

    languages: tuple[str, ...]  # the translation languages
    pages: list[str]  # the English pages
    states: dict[tuple[str, str], TranslationState] = field(default_factory=dict)
    orphans: list[TranslationState] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # src -> the file's text
    documents: dict[str, Document] = field(default_factory=dict)  # src -> front matter and body
    _structures: dict[str, Structure] = field(default_factory=dict, repr=False)

    def state(self, page: str, lang: str) -> TranslationState:
        return self.states[(page, lang)]

    def structure(self, src: str) -> Structure:
        """The parsed structure of a readable source (parsed once)."""
        if src not in self._structures:
            document = self.documents[src]
            self._structures[src] = parse_structure(document.body, document.body_start_line)
        return self._structures[src]

    def structures(self) -> dict[str, Structure]:
        return {src: self.structure(src) for src in self.documents}

    def english_of(self, src: str) -> str:
        return split_language(src, self.languages)[0]

    def translated(self) -> dict[str, set[str]]:
        """English page -> the translation languages whose text readers get
        (compute once per build: it walks every state)."""
        result: dict[str, set[str]] = {page: set() for page in self.pages}
        for (page, lang), state in self.states.items():
            if state.usable:
                result[page].add(lang)
        return result

    def totals(self, lang: str) -> dict[str, int]:
        counts = dict.fromkeys(STATES, 0)
        for (_page, state_lang), state in self.states.items():
            if state_lang == lang:
                counts[state.state] += 1
        counts[ORPHAN] = sum(1 for orphan in self.orphans if orphan.lang == lang)
        return counts

    def titles(self, default: str) -> dict[tuple[str, str], str]:
        """(English page, language) -> title, from each file's first heading;
        a page without a usable translation keeps its English title."""
        titles = {}
        for page in self.pages:
            english = self.documents.get(page)
            titles[(page, default)] = h1_title(english.body) if english else page
        for (page, lang), state in self.states.items():
            document = self.documents.get(state.path)
            usable = document is not None and state.usable
            titles[(page, lang)] = h1_title(document.body) if usable else titles[(page, default)]
        return titles


def sign_off_holds(document: Document, sign_off: SignOff | None) -> bool:
    """Whether a sign-off covers the translation as it is now: the text
    reviewed is the text now, translated from the English it was stamped from."""
    return (
        sign_off is not None
        and sign_off.translation_hash == translation_hash(document)
        and sign_off.source_hash == document.meta.get("source_hash")
    )


def translation_state(document: Document, english_hash: str) -> tuple[str, str]:
    """(state, review) of one translation against its English page's hash."""
    status = document.meta.get("translation", DRAFT)
    if status == UNTRANSLATED:
        return UNTRANSLATED, ""
    reviewed = status == REVIEWED and sign_off_holds(document, recorded_sign_off(document.meta))
    review = REVIEWED if reviewed else DRAFT
    if document.meta.get("source_hash") != english_hash:
        return OUTDATED, review
    return review, review


def _unrecorded_review(document: Document, display: str) -> Problem | None:
    """`translation: reviewed` written by hand, without the sign-off that makes it so."""
    if document.meta.get("translation") != REVIEWED:
        return None
    sign_off = recorded_sign_off(document.meta)
    if sign_off is not None and sign_off.translation_hash:
        return None
    return Problem(
        display,
        document.line_of("translation"),
        "'translation: reviewed' without the sign-off that records what was reviewed — readers see a draft until a medical reviewer signs it off with `translate sign-off`",
    )


def _read(docs_dir: Path, src: str, inventory: Inventory) -> None:
    display = f"docs/{src}"
    try:
        text = read_text(docs_dir / src, display)
    except SourceError as error:
        inventory.problems.append(error.problem)
        return
    inventory.texts[src] = text
    try:
        document = split_front_matter(text)
    except FrontMatterError as error:
        inventory.problems.append(Problem(display, error.line, error.message))
        return
    inventory.problems.extend(Problem(display, line, message) for line, message in meta_problems(document))
    unrecorded = _unrecorded_review(document, display)
    if unrecorded is not None:
        inventory.problems.append(unrecorded)
    inventory.documents[src] = document


def markdown_sources(docs_dir: Path) -> list[str]:
    """Every Markdown file under docs/, relative to it (folders starting
    with `_`, the data files, left out)."""
    return sorted(
        path.relative_to(docs_dir).as_posix()
        for path in docs_dir.rglob("*.md")
        if not path.relative_to(docs_dir).as_posix().startswith("_")
    )


def take_inventory(docs_dir: Path, languages: tuple[str, ...]) -> Inventory:
    """Read docs/ and classify every page in every translation language."""
    sources = markdown_sources(docs_dir)
    pages = [src for src in sources if split_language(src, languages)[1] is None]
    inventory = Inventory(languages, pages)
    present = set(sources)
    for src in sources:
        _read(docs_dir, src, inventory)
    for page in pages:
        english = inventory.texts.get(page)
        english_hash = source_hash(english) if english is not None else ""
        for lang in languages:
            path = translation_path(page, lang)
            if path not in present:
                inventory.states[(page, lang)] = TranslationState(page, lang, MISSING, path)
                continue
            document = inventory.documents.get(path)
            if document is None or english is None:  # unreadable, already a problem
                continue
            state, review = translation_state(document, english_hash)
            sign_off = recorded_sign_off(document.meta)
            inventory.states[(page, lang)] = TranslationState(page, lang, state, path, review, sign_off)
    for path, english in orphaned_translations(sources, languages):
        lang = split_language(path, languages)[1] or ""
        inventory.orphans.append(TranslationState(english, lang, ORPHAN, path))
        inventory.problems.append(
            Problem(f"docs/{path}", 1, f"translation of 'docs/{english}', which does not exist — rename it after its English page or delete it")
        )
    return inventory
