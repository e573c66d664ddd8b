"""A CAT tool's translations back into the Markdown translation.

Each unit's target is checked against what its placeholders stand for, the
Markdown restored from them, and the text written back at its block's place
in the file: everything outside the translated text stays byte for byte, and
a unit whose text did not change leaves its block exactly as it was (line
breaks included).

A target may move its placeholders within the unit. Each placeholder the
English and the translation both had must stay; one only the English has may
be added (the English gained a citation); none other may appear, none may
appear twice, and none may change (a `<ph>` holds the exact Markdown it
stands for). Each problem names the file, the unit id and what differs.

Text changed in a paragraph that was broken over several lines is broken
again at the width of the old lines (never inside markup), where that still
reads as the same paragraph; otherwise it is written on one line.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from patient_site.content.blocks import IMAGE_ALT, LIST_ITEM, PARAGRAPH, TABLE_CELL, Block, page_blocks, render
from patient_site.content.front_matter import Document, set_fields
from patient_site.problems import Problem
from patient_site.translations.units import DESCRIPTION, Markup, Segment, Tag, Unit
from patient_site.translations.xliff_file import OUR_NOTES, XliffPage, XliffUnit

_PROTECTED_SPACE = "\x00"  # a space inside markup, where a line may not break


@dataclass(frozen=True)
class Merged:
    text: str  # the translation's new text
    changed: tuple[str, ...]  # the ids of the units whose text changed
    notes: tuple[tuple[int, str, str, str], ...]  # (line in the XLIFF file, unit id, from, text): the translators' notes


def _describe(tag: Tag) -> str:
    return f'<g id="{tag.id}">' if tag.paired else f'<ph id="{tag.id}">'


def _describe_markup(ident: str, markup: Markup) -> str:
    if markup.paired:
        return f"<g id=\"{ident}\"> (the {markup.kind} '{markup.opening}…{markup.closing}')"
    return f"<ph id=\"{ident}\"> ('{markup.fixed}')"


def _tags(segments: tuple[Segment, ...]) -> list[Tag]:
    found: list[Tag] = []
    for segment in segments:
        if isinstance(segment, Tag):
            found.append(segment)
            if segment.content is not None:
                found.extend(_tags(segment.content))
    return found


def placeholder_problems(unit: Unit, target: tuple[Segment, ...]) -> list[str]:
    """What differs between a target's placeholders and the unit's markup."""
    problems = []
    allowed = set(unit.source_ids) | set(unit.target_ids)
    seen: set[str] = set()
    for tag in _tags(target):
        markup = unit.markup.get(tag.id)
        if tag.id not in allowed or markup is None:
            problems.append(f"placeholder {_describe(tag)} is neither in the English nor in the translation of this block — remove it")
        elif tag.id in seen:
            problems.append(f"placeholder {_describe_markup(tag.id, markup)} appears twice — keep it once")
        elif tag.paired != markup.paired or tag.kind not in ("", markup.kind):
            problems.append(f"placeholder {_describe(tag)} was {_describe_markup(tag.id, markup)} — restore it as exported")
        elif not tag.paired and tag.markdown != markup.fixed:
            problems.append(f"placeholder {_describe(tag)} was '{markup.fixed}', is '{tag.markdown}' — restore it as exported")
        seen.add(tag.id)
    for ident in unit.source_ids:
        if ident in unit.target_ids and ident not in seen:
            problems.append(f"placeholder {_describe_markup(ident, unit.markup[ident])} is missing — put it back where it belongs in the text")
    return problems


def restore(segments: tuple[Segment, ...], markup: dict[str, Markup], alts: dict[str, str], protect: bool = False, cell: bool = False) -> str:
    """The Markdown of a target: text as written (on one line), each
    placeholder as the markup it stands for."""
    out = []
    for segment in segments:
        if isinstance(segment, str):
            text = " ".join(segment.split("\n"))
            out.append(_escape_pipes(text) if cell else text)
            continue
        code = markup[segment.id]
        if segment.content is not None:
            inner = restore(segment.content, markup, alts, protect, cell)
            out.append(_protected(code.opening, protect) + inner + _protected(code.closing, protect))
        elif code.alt_key in alts:
            out.append(_protected(_with_alt(code, alts[code.alt_key]), protect))
        else:
            out.append(_protected(code.opening, protect))
    return "".join(out)


def _with_alt(code: Markup, alt: str) -> str:
    """An image's Markdown with a new alt text: `![` + alt + the rest."""
    return "![" + alt + code.fixed[2:]


def _protected(markdown: str, protect: bool) -> str:
    return markdown.replace(" ", _PROTECTED_SPACE) if protect else markdown


def _escape_pipes(text: str) -> str:
    out, previous = [], ""
    for char in text:
        out.append("\\|" if char == "|" and previous != "\\" else char)
        previous = char
    return "".join(out)


def _column(body: str, offset: int) -> int:
    return offset - (body.rfind("\n", 0, offset) + 1)


def wrapped(text: str, body: str, block: Block) -> str:
    """`text` (markup protected) for the place of `block`: broken like the
    block's old lines where that still reads as one paragraph."""
    plain = text.replace(_PROTECTED_SPACE, " ")
    if block.lines < 2 or block.kind not in (PARAGRAPH, LIST_ITEM):
        return plain
    newline = "\r\n" if "\r\n" in body[block.start : block.end] else "\n"  # as the file writes lines
    old = body[block.start : block.end].replace("\r\n", "\n").split("\n")
    line_end = body.find("\n", block.start)
    first_line = body[block.start - _column(body, block.start) : line_end if line_end >= 0 else len(body)].rstrip("\r")
    width = max(len(first_line), *(len(line) for line in old[1:]))
    prefix = old[1][: len(old[1]) - len(old[1].lstrip(" \t>"))]
    column = _column(body, block.start)
    lines = textwrap.wrap(
        text, width=width, initial_indent=" " * column, subsequent_indent=prefix, break_long_words=False, break_on_hyphens=False
    )
    if not lines:
        return plain
    lines[0] = lines[0][column:]
    candidate = newline.join(lines).replace(_PROTECTED_SPACE, " ")
    # Still one paragraph with the same text? (A line may not start a list.)
    dedented = "\n".join([lines[0], *(line[len(prefix) :] for line in lines[1:])]).replace(_PROTECTED_SPACE, " ")
    blocks, errors = page_blocks(dedented)
    if errors or len(blocks) != 1 or blocks[0].kind != PARAGRAPH or render(blocks[0].content) != plain:
        return plain
    return candidate


def merge(
    document: Document,
    text: str,
    units: list[Unit],
    page: XliffPage,
    xliff_display: str,
) -> tuple[Merged | None, list[Problem]]:
    """The translation's text with the file's targets written back (None and
    the problems if any unit cannot be)."""
    problems: list[Problem] = []
    by_id = {unit.id: unit for unit in units}
    incoming: dict[str, XliffUnit] = {}
    for exported in page.units:
        if exported.id not in by_id:
            problems.append(
                Problem(xliff_display, exported.line, f"unit '{exported.id}' is not a block of {page.translation_file} — its blocks changed since the export; export it again")
            )
        elif exported.id in incoming:
            problems.append(Problem(xliff_display, exported.line, f"unit '{exported.id}' appears twice — keep one"))
        incoming[exported.id] = exported
    for unit in units:
        exported = incoming.get(unit.id)
        if exported is None:
            problems.append(Problem(xliff_display, 1, f"unit '{unit.id}' of {page.translation_file} is missing from the file — export it again"))
        elif exported.target is None or not any(s.strip() if isinstance(s, str) else True for s in exported.target):
            problems.append(Problem(xliff_display, exported.line, f"unit '{unit.id}' has no translation — translate it, then import the file again"))
        else:
            problems.extend(
                Problem(xliff_display, exported.line, f"unit '{unit.id}': {message}") for message in placeholder_problems(unit, exported.target)
            )
    if problems:
        return None, problems
    targets = {unit.id: incoming[unit.id].target or () for unit in units}
    body = document.body
    # Image alt texts, by section and key: a block's images take theirs.
    alts_new: dict[str, dict[str, str]] = {}
    for unit in units:
        if unit.block is not None and unit.kind == IMAGE_ALT:
            alts_new.setdefault(unit.block.section, {})[unit.block.key] = restore(targets[unit.id], unit.markup, {})
    edits: list[tuple[int, int, str]] = []
    changed: list[str] = []
    rewritten: set[tuple[str, str]] = set()
    description = None
    for unit in units:
        target = targets[unit.id]
        if unit.block is None:  # the description
            new = restore(target, unit.markup, {})
            if new != document.meta.get(DESCRIPTION):
                description = new
                changed.append(unit.id)
            continue
        block = unit.block
        if block.kind == IMAGE_ALT:
            continue
        alts = alts_new.get(block.section, {})
        # (Its images' alt texts are units of their own: compared without them.)
        if restore(target, unit.markup, {}, cell=block.kind == TABLE_CELL) != render(block.content):
            protected = restore(target, unit.markup, alts, protect=True, cell=block.kind == TABLE_CELL)
            edits.append((block.start, block.end, wrapped(protected, body, block)))
            changed.append(unit.id)
            rewritten.add((block.section, block.key))
    for unit in units:
        block = unit.block
        if block is None or block.kind != IMAGE_ALT:
            continue
        new = alts_new[block.section][block.key]
        if new != render(block.content):
            changed.append(unit.id)
            if (block.section, block.key.rsplit(":", 1)[0]) not in rewritten:
                edits.append((block.start, block.end, new))
    new_body = body
    for start, end, replacement in sorted(edits, reverse=True):
        new_body = new_body[:start] + replacement + new_body[end:]
    new_text = text[: len(text) - len(body)] + new_body
    if description is not None:
        new_text = set_fields(new_text, {DESCRIPTION: description})
    notes = tuple(
        (exported.line, exported.id, origin, note)
        for exported in page.units
        for origin, note in exported.notes
        if origin not in OUR_NOTES and note.strip()
    )
    return Merged(new_text, tuple(changed), notes), []
