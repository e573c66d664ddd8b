"""A page and its translation as translation units: one per translatable
block (and one for the `description` of the front matter), the English
block paired with the translation's, the markup in each numbered as
placeholders.

Blocks pair by section (heading id) and, within a section, one for one in
page order: a unit's id is its section's heading id and the block's place in
it (`ask-at-any-time` for the heading, `ask-at-any-time/2` for the second
block after it; `start/1` before the first heading). A translation whose
blocks do not pair with the English ones (two paragraphs merged, a list item
dropped) is reported with the file and line, never guessed at.

Placeholders are numbered in the English block's order; a placeholder of the
translation takes the number of the same markup in the English (the same
link target, the same citation), or a number of its own where the English has
no such markup (a `<span lang="en">` the translator added).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Union

from patient_site.content.blocks import Block, BlockError, Code, Pair, Piece, codes, page_blocks, plain_text
from patient_site.content.front_matter import Document
from patient_site.problems import Problem

DESCRIPTION = "description"
START = "start"  # the section before the first heading, in unit ids


@dataclass(frozen=True)
class Tag:
    """A placeholder in a unit's text."""

    id: str
    kind: str
    markdown: str = ""  # a single code: the markup it stands for, an image's alt left out
    content: tuple[Segment, ...] | None = None  # markup around text: the text

    @property
    def paired(self) -> bool:
        return self.content is not None


Segment = Union[str, Tag]  # noqa: UP007 (a runtime alias with a forward reference)


@dataclass(frozen=True)
class Markup:
    """What a placeholder stands for, to be restored when a unit comes back."""

    kind: str
    paired: bool
    opening: str  # a single code: all of it (an image with its alt); a pair: what opens it
    closing: str = ""
    fixed: str = ""  # a single code: what may not change (an image's alt left out)
    alt_key: str = ""  # an image: the key of the block holding its alt text


@dataclass(frozen=True)
class Unit:
    id: str
    kind: str
    source: tuple[Segment, ...]
    target: tuple[Segment, ...] | None  # None: not translated yet
    markup: dict[str, Markup] = field(default_factory=dict)  # placeholder id -> its markup
    source_ids: tuple[str, ...] = ()
    target_ids: tuple[str, ...] = ()
    line: int = 1  # where its text is in the translation
    english_line: int = 1
    block: Block | None = None  # the translation's block (None for the description)
    english: Block | None = None


def unit_id(block: Block) -> str:
    section = block.section or START
    return f"{section}/{block.key}" if block.key else section


def segment_text(segments: Iterable[Segment]) -> str:
    """A unit's text with each placeholder as its markup's kind, for comparing
    texts and matching terms ("Read <link>the page</link> <citation/>")."""
    out = []
    for segment in segments:
        if isinstance(segment, str):
            out.append(segment)
        elif segment.content is not None:
            out.append(f"<{segment.kind} {segment.id}>{segment_text(segment.content)}</{segment.kind}>")
        else:
            out.append(f"<{segment.kind} {segment.id}/>")
    return "".join(out)


def _key(piece: Code | Pair) -> tuple[str, str, str]:
    if isinstance(piece, Pair):
        return (piece.kind, piece.opening, piece.closing)
    return (piece.kind, piece.fixed, "")


def _markup(piece: Code | Pair) -> Markup:
    if isinstance(piece, Pair):
        return Markup(piece.kind, True, piece.opening, piece.closing)
    return Markup(piece.kind, False, piece.markdown, fixed=piece.fixed, alt_key=piece.alt_key)


class _Numbering:
    """Numbers the markup of the English content, then gives the
    translation's markup the English numbers where it matches."""

    def __init__(self) -> None:
        self.markup: dict[str, Markup] = {}
        self.free: dict[tuple[str, str, str], list[str]] = {}
        self.count = 0

    def segments(self, content: tuple[Piece, ...], english: bool, used: list[str]) -> tuple[Segment, ...]:
        out: list[Segment] = []
        for piece in content:
            if isinstance(piece, str):
                out.append(piece)
                continue
            ident = self._number(piece, english)
            used.append(ident)
            inner = self.segments(piece.content, english, used) if isinstance(piece, Pair) else None
            out.append(Tag(ident, piece.kind, "" if isinstance(piece, Pair) else piece.fixed, inner))
        return tuple(out)

    def _number(self, piece: Code | Pair, english: bool) -> str:
        key = _key(piece)
        if not english and self.free.get(key):
            return self.free[key].pop(0)
        self.count += 1
        ident = str(self.count)
        if english:
            self.free.setdefault(key, []).append(ident)
        self.markup[ident] = _markup(piece)
        return ident


def numbered(english: tuple[Piece, ...], translation: tuple[Piece, ...] | None) -> tuple[tuple[Segment, ...], tuple[Segment, ...] | None, dict[str, Markup], tuple[str, ...], tuple[str, ...]]:
    """(source, target, markup by id, source ids, target ids) of one unit."""
    numbering = _Numbering()
    source_ids: list[str] = []
    source = numbering.segments(english, True, source_ids)
    target_ids: list[str] = []
    target = numbering.segments(translation, False, target_ids) if translation is not None else None
    if translation is not None:
        _take_target_markup(numbering, translation, target_ids)
    return source, target, numbering.markup, tuple(source_ids), tuple(target_ids)


def _take_target_markup(numbering: _Numbering, translation: tuple[Piece, ...], target_ids: list[str]) -> None:
    """A placeholder shared by English and translation stands for the
    translation's markup (the same fixed part; an image's alt is its own)."""
    for ident, piece in zip(target_ids, codes(translation), strict=True):
        numbering.markup[ident] = _markup(piece)


# -- pairing -------------------------------------------------------------------------------


def _by_section(blocks: list[Block]) -> dict[str, list[Block]]:
    sections: dict[str, list[Block]] = {}
    for block in blocks:
        sections.setdefault(block.section, []).append(block)
    return sections


def _kind_name(block: Block) -> str:
    return block.kind.replace("-", " ")


def pair_blocks(
    english: list[Block], translation: list[Block], path: str, english_path: str
) -> tuple[list[tuple[Block, Block]], list[Problem]]:
    """English and translated blocks, paired one for one; a problem for each
    section whose blocks do not pair."""
    theirs, ours = _by_section(english), _by_section(translation)
    if list(theirs) != list(ours):
        line = translation[0].line if translation else 1
        return [], [
            Problem(
                path,
                line,
                f"the sections (heading ids) differ from {english_path}'s — make them match (see `translate check`), then export again",
            )
        ]
    pairs, problems = [], []
    for section, english_blocks in theirs.items():
        blocks = ours[section]
        problem = _pairing_problem(english_blocks, blocks, section, path, english_path)
        if problem is None:
            pairs.extend(zip(english_blocks, blocks, strict=True))
        else:
            problems.append(problem)
    return pairs, problems


def _pairing_problem(english: list[Block], blocks: list[Block], section: str, path: str, english_path: str) -> Problem | None:
    """Where a section's blocks stop pairing with the English ones (None: they pair)."""
    where = f"section '#{section}'" if section else "the text before the first heading"
    index = next((i for i, (e, t) in enumerate(zip(english, blocks, strict=False)) if (e.kind, e.key) != (t.kind, t.key)), None)
    if index is None and len(english) == len(blocks):
        return None
    counts = f"{where} has {len(blocks)} blocks to translate (its heading included), the English {len(english)}: "
    advice = " — were two paragraphs merged, or one split? Make its blocks pair with the English ones, then export again"
    if index is not None:
        e, t = english[index], blocks[index]
        what = f"this {_kind_name(t)} pairs with a {_kind_name(e)} of the English ({english_path}:{e.line})"
        if len(english) == len(blocks):
            return Problem(path, t.line, f"{what} — give {where} the English blocks, one for one, then export again")
        return Problem(path, t.line, counts + what + advice)
    if len(blocks) > len(english):
        extra = blocks[len(english)]
        return Problem(path, extra.line, counts + f"this {_kind_name(extra)} has no English counterpart" + advice)
    missing = english[len(blocks)]
    line = blocks[-1].line if blocks else 1
    return Problem(path, line, counts + f"the English {_kind_name(missing)} at {english_path}:{missing.line} has no translation" + advice)


def _block_problems(errors: list[BlockError], path: str) -> list[Problem]:
    return [Problem(path, error.line, error.message) for error in errors]


def page_units(
    english: Document,
    translation: Document,
    translated: bool,
    path: str,
    english_path: str,
) -> tuple[list[Unit], list[Problem]]:
    """The units of one translated page, in page order; the blocks of an
    untranslated scaffold give the places of the units, not their text
    (`translated` False: no targets)."""
    english_blocks, english_errors = page_blocks(english.body, english.body_start_line)
    blocks, errors = page_blocks(translation.body, translation.body_start_line)
    problems = _block_problems(english_errors, english_path) + _block_problems(errors, path)
    if problems:
        return [], problems
    pairs, problems = pair_blocks(english_blocks, blocks, path, english_path)
    if problems:
        return [], problems
    units = []
    description = english.meta.get("description")
    if isinstance(description, str) and description.strip():
        theirs = translation.meta.get("description")
        target = (theirs,) if translated and isinstance(theirs, str) else None
        units.append(
            Unit(DESCRIPTION, DESCRIPTION, (description,), target, line=translation.line_of(DESCRIPTION), english_line=english.line_of(DESCRIPTION))
        )
    for english_block, block in pairs:
        source, target, markup, source_ids, target_ids = numbered(english_block.content, block.content if translated else None)
        units.append(
            Unit(unit_id(block), block.kind, source, target, markup, source_ids, target_ids, block.line, english_block.line, block, english_block)
        )
    seen: set[str] = set()
    for unit in units:
        if unit.id in seen:
            problems.append(Problem(path, unit.line, f"two blocks would be unit '{unit.id}' — give the heading a unique id"))
        seen.add(unit.id)
    return (units if not problems else []), problems


def english_words(unit: Unit) -> str:
    """The English text of a unit, markup left out (for the glossary)."""
    if unit.english is None:
        return "".join(piece for piece in unit.source if isinstance(piece, str))
    return plain_text(unit.english.content)
