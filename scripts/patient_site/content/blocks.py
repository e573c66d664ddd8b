"""The translatable blocks of a Markdown page, in page order, and where each
one's text is in the file.

A block is a heading, a paragraph, a list item's paragraph, a table cell, an
admonition's title or an image's alt text. Its text is cut into what a
translator translates and the markup around it:

- a `Pair` is markup around translatable text: a link (`[` … `](target)`),
  emphasis (`*` … `*`, `**` … `**`);
- a `Code` is markup the translator moves but never edits: a citation, inline
  code, HTML, a directive line, an image, a hard line break, an autolink, a
  heading's `{ #id }`.

Each block's `key` names its place in its section (the text under one
heading id): '' for the section's heading, then 1, 2, … for the blocks that
follow; a table's cells are `3:r1c2` (row 1 is the header), an image's alt
text `2:alt1`. Blocks that hold no text to translate (a directive line, a
code block, raw HTML) are left out and take no number.

`start`/`end` are the offsets of the block's text, markup included, in the
body; lines broken inside a paragraph (soft line breaks) read as one space in
its content, as they do to a reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Union

from markdown_it.token import Token

from patient_site.content.citation_syntax import find_citations
from patient_site.content.directives import DIRECTIVE
from patient_site.content.markdown_parser import parse_markdown
from patient_site.content.masking import mask_code

HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list-item"
TABLE_CELL = "table-cell"
ADMONITION_TITLE = "admonition-title"
IMAGE_ALT = "image-alt"

LINK, STRONG, EMPHASIS = "link", "strong", "emphasis"
CITATION, CODE, HTML, DIRECTIVE_LINE, IMAGE, BREAK, AUTOLINK, HEADING_ID = (
    "citation", "code", "html", "directive", "image", "break", "autolink", "heading-id"
)

_SOFT_BREAK = re.compile(r"[ \t]*\n[ \t]*")
_PAIRS = {"link_open": LINK, "em_open": EMPHASIS, "strong_open": STRONG}
_CLOSERS = {"link_close", "em_close", "strong_close"}
_CODES = {"code_inline": CODE, "html_inline": HTML, "hardbreak": BREAK, "image": IMAGE}


@dataclass(frozen=True)
class Code:
    """Markup the translator moves but never edits."""

    kind: str
    markdown: str  # as written
    alt: tuple[int, int] | None = None  # an image: where its alt text is in `markdown`
    alt_key: str = ""  # an image: the key of the block that holds its alt text

    @property
    def fixed(self) -> str:
        """What may not change: the markup, an image's alt text left out."""
        if self.alt is None:
            return self.markdown
        return self.markdown[: self.alt[0]] + self.markdown[self.alt[1] :]

    def with_alt(self, alt: str) -> str:
        """An image's Markdown with another alt text."""
        if self.alt is None:
            return self.markdown
        return self.markdown[: self.alt[0]] + alt + self.markdown[self.alt[1] :]


@dataclass(frozen=True)
class Pair:
    """Markup around translatable text."""

    kind: str
    opening: str
    closing: str
    content: tuple[Piece, ...] = ()


Piece = Union[str, Code, Pair]  # noqa: UP007 (a runtime alias: the | form needs Python 3.12 for a forward reference)


@dataclass(frozen=True)
class Block:
    kind: str
    section: str  # the heading id of its section ('' before the first heading)
    key: str
    line: int  # its first line in the file
    start: int  # its text's offsets in the body
    end: int
    content: tuple[Piece, ...]
    lines: int = 1  # how many lines its text spans in the file


@dataclass
class BlockError:
    """A block whose text could not be found in the file (not expected of
    Markdown the parser read; reported, never guessed)."""

    line: int
    message: str


def render(content: tuple[Piece, ...], alts: dict[str, str] | None = None) -> str:
    """The Markdown of a block's content (an image's alt text taken from
    `alts`, by its key, where given)."""
    out = []
    for piece in content:
        if isinstance(piece, str):
            out.append(piece)
        elif isinstance(piece, Pair):
            out.append(piece.opening + render(piece.content, alts) + piece.closing)
        elif alts is not None and piece.alt_key in alts:
            out.append(piece.with_alt(alts[piece.alt_key]))
        else:
            out.append(piece.markdown)
    return "".join(out)


def plain_text(content: tuple[Piece, ...]) -> str:
    """The words of a block's content, markup left out."""
    return "".join(
        piece if isinstance(piece, str) else plain_text(piece.content) if isinstance(piece, Pair) else " "
        for piece in content
    )


def has_text(content: tuple[Piece, ...]) -> bool:
    return any(
        (isinstance(piece, str) and piece.strip()) or (isinstance(piece, Pair) and has_text(piece.content))
        for piece in content
    )


def codes(content: tuple[Piece, ...]) -> list[Code | Pair]:
    """Every Code and Pair of a content, in reading order (a Pair before
    what it holds)."""
    found: list[Code | Pair] = []
    for piece in content:
        if isinstance(piece, Pair):
            found.append(piece)
            found.extend(codes(piece.content))
        elif isinstance(piece, Code):
            found.append(piece)
    return found


# -- where an inline content is in the file ------------------------------------------------


@dataclass(frozen=True)
class _Located:
    """Where each line of an inline content starts in the body."""

    pieces: tuple[tuple[int, int, int], ...]  # (offset in content, offset in body, length)

    def offset(self, index: int) -> int:
        for start, body_start, length in self.pieces:
            if start <= index <= start + length:
                return body_start + index - start
        raise ValueError(index)


class _NotFound(Exception):
    pass


def _locate_lines(content: str, body: str, starts: list[int], first: int) -> _Located:
    """An inline content of a paragraph: its lines, each the end of a file
    line (markers and indentation cut off its start, spaces off its last)."""
    pieces, offset = [], 0
    parts = content.split("\n")
    for number, part in enumerate(parts):
        line_start = starts[first + number]
        line = body[line_start : starts[first + number + 1]].rstrip("\r\n")
        if number == len(parts) - 1:
            line = line.rstrip(" \t")
        if not line.endswith(part):
            raise _NotFound
        pieces.append((offset, line_start + len(line) - len(part), len(part)))
        offset += len(part) + 1
    return _Located(tuple(pieces))


def _locate_in_line(content: str, body: str, starts: list[int], line: int, after: int = 0) -> _Located:
    """An inline content within one line (a heading, a cell, a title), found
    from column `after` on."""
    line_start = starts[line]
    column = body.find(content, line_start + after, starts[line + 1])
    if column < 0 or "\n" in content:
        raise _NotFound
    return _Located(((0, column, len(content)),))


# -- an inline content cut into pieces ------------------------------------------------------


def _extra_codes(content: str, attributes: tuple[int, int] | None) -> list[tuple[int, int, str]]:
    """Markup the parser reads as text: citations, directive lines and a
    heading's attribute list, as (start, end, kind)."""
    spans = [(c.start, c.end, CITATION) for c in find_citations(content)]
    spans += [(m.start(), m.end(), DIRECTIVE_LINE) for m in DIRECTIVE.finditer(mask_code(content))]
    if attributes is not None:
        spans.append((attributes[0], attributes[1], HEADING_ID))
    return sorted(spans)


@dataclass
class _Frame:
    kind: str
    opening: str
    pieces: list[Piece] = field(default_factory=list)


def _pieces(
    children: list[Token], content: str, extra: list[tuple[int, int, str]], alts: list[tuple[int, str]]
) -> tuple[Piece, ...]:
    """The pieces of one inline content, from its positioned tokens; each
    image's alt text (offset in the content, text) is added to `alts`."""
    frames = [_Frame("", "")]
    cursor = 0

    def text_until(end: int) -> None:
        nonlocal cursor
        while cursor < end:
            inside = next(((s, e, k) for s, e, k in extra if cursor <= s < end and e <= end), None)
            stop = inside[0] if inside else end
            if stop > cursor:
                frames[-1].pieces.append(_SOFT_BREAK.sub(" ", content[cursor:stop]))
            if inside is None:
                cursor = end
                return
            frames[-1].pieces.append(Code(inside[2], content[inside[0] : inside[1]]))
            cursor = inside[1]

    skip_until_close = False
    for token in children:
        span = token.meta.get("span")
        if skip_until_close:
            skip_until_close = token.type != "link_close"
            continue
        if span is None:
            continue
        start, end = span
        if token.type == "link_open" and token.markup == "autolink":
            text_until(start)
            frames[-1].pieces.append(Code(AUTOLINK, content[start:end]))
            cursor, skip_until_close = end, True
        elif token.type in _PAIRS:
            text_until(start)
            frames.append(_Frame(_PAIRS[token.type], content[start:end]))
            cursor = end
        elif token.type in _CLOSERS and len(frames) > 1:
            text_until(start)
            frame = frames.pop()
            frames[-1].pieces.append(Pair(frame.kind, frame.opening, content[start:end], _merged(frame.pieces)))
            cursor = end
        elif token.type in _CODES:
            if token.type == "hardbreak":
                while start > cursor and content[start - 1] == " ":
                    start -= 1
            text_until(start)
            alt, alt_key = None, ""
            if token.type == "image" and "alt" in token.meta:
                alt_start, alt_end = token.meta["alt"]
                alt, alt_key = (alt_start - start, alt_end - start), f"alt{len(alts) + 1}"
                alts.append((alt_start, content[alt_start:alt_end]))
            frames[-1].pieces.append(Code(_CODES[token.type], content[start:end], alt, alt_key))
            cursor = end
    text_until(len(content))
    while len(frames) > 1:  # (unbalanced: not produced by the parser)
        frame = frames.pop()
        frames[-1].pieces.extend([frame.opening, *frame.pieces])
    return _merged(frames[0].pieces)


def _merged(pieces: list[Piece]) -> tuple[Piece, ...]:
    out: list[Piece] = []
    for piece in pieces:
        if isinstance(piece, str) and out and isinstance(out[-1], str):
            out[-1] = out[-1] + piece
        elif piece != "":
            out.append(piece)
    return tuple(out)


# -- the page -----------------------------------------------------------------------------------


@dataclass
class _Section:
    id: str = ""
    count: int = 0


def _line_starts(body: str) -> list[int]:
    starts = [0]
    for index, char in enumerate(body):
        if char == "\n":
            starts.append(index + 1)
    starts.append(len(body) + 1)
    return starts


def page_blocks(body: str, first_line: int = 1) -> tuple[list[Block], list[BlockError]]:
    """Every translatable block of a Markdown body (whose first line is line
    `first_line` of its file), and the blocks whose text was not found."""
    tokens = parse_markdown(body)
    starts = _line_starts(body)
    blocks: list[Block] = []
    errors: list[BlockError] = []
    section = _Section()
    containers: list[str] = []
    table: list[int] = []  # [table key, row, column] while in a table
    for index, token in enumerate(tokens):
        if token.type in ("list_item_open", "blockquote_open", "admonition_open"):
            containers.append(token.type)
        elif token.type in ("list_item_close", "blockquote_close", "admonition_close"):
            containers.pop()
        elif token.type == "table_open":
            section.count += 1
            table = [section.count, 0, 0]
        elif token.type == "table_close":
            table = []
        elif token.type == "tr_open" and table:
            table[1], table[2] = table[1] + 1, 0
        elif token.type in ("th_open", "td_open") and table:
            table[2] += 1
        elif token.type == "heading_open" and token.attrs.get("id"):
            section = _Section(str(token.attrs["id"]))
        if token.type != "inline" or index == 0:
            continue
        opener = tokens[index - 1]
        try:
            found = _block(opener, token, body, starts, section, containers, table)
        except _NotFound:
            line = (token.map or opener.map or [0])[0] + first_line
            errors.append(BlockError(line, "the text of this block could not be found in the file — write it on lines of its own"))
            continue
        if found is None:
            continue
        block, alts = found
        if has_text(block.content):
            blocks.append(_with_line(block, first_line))
        for number, (alt_start, alt_text) in enumerate(alts, 1):
            if alt_text.strip():
                key = f"{block.key}:alt{number}" if block.key else f"alt{number}"
                alt_block = Block(IMAGE_ALT, block.section, key, block.line, alt_start, alt_start + len(alt_text), (_SOFT_BREAK.sub(" ", alt_text),))
                blocks.append(_with_line(alt_block, first_line))
    return blocks, errors


def _with_line(block: Block, first_line: int) -> Block:
    return Block(block.kind, block.section, block.key, block.line + first_line, block.start, block.end, block.content, block.lines)


def _block(
    opener: Token, inline: Token, body: str, starts: list[int], section: _Section, containers: list[str], table: list[int]
) -> tuple[Block, list[tuple[int, str]]] | None:
    """The block of one inline token (None if it has no text to translate),
    and its images' alt texts with their offsets in the body."""
    first = (inline.map or opener.map or [0])[0]
    attributes = inline.meta.get("attributes")
    content = inline.meta.get("full_content", inline.content)
    if opener.type == "heading_open":
        kind, key = HEADING, "" if opener.attrs.get("id") else None
        located = _locate_in_line(content, body, starts, first, len(opener.markup))
    elif opener.type in ("th_open", "td_open"):
        kind, key = TABLE_CELL, f"{table[0]}:r{table[1]}c{table[2]}"
        located = _locate_in_line(content, body, starts, first, _cell_column(body, starts, first, table[2]))
    elif opener.type == "admonition_title_open":
        line = body[starts[first] : starts[first + 1]]
        if content not in line[line.find(opener.markup) + len(opener.markup) :]:
            return None  # a title Python-Markdown makes from the type ("Note"), not in the file
        kind, key = ADMONITION_TITLE, None
        located = _locate_in_line(content, body, starts, first, line.find(opener.markup) + len(opener.markup))
    elif opener.type == "paragraph_open":
        kind, key = (LIST_ITEM if containers and containers[-1] == "list_item_open" else PARAGRAPH), None
        located = _locate_lines(content, body, starts, first)
    else:
        return None
    alts: list[tuple[int, str]] = []
    pieces = _pieces(inline.children or [], content, _extra_codes(content, attributes), alts)
    if not has_text(pieces) and not any(text.strip() for _start, text in alts):
        return None
    if key is None:
        section.count += 1
        key = str(section.count)
    start, end = located.offset(0), located.offset(len(content))
    in_body = [(located.offset(alt_start), text) for alt_start, text in alts]
    lines = content.count("\n") + 1
    return Block(kind, section.id, key, first, start, end, _keyed_alts(pieces, key), lines), in_body


def _keyed_alts(pieces: tuple[Piece, ...], key: str) -> tuple[Piece, ...]:
    """Images name the block of their alt text by its full key."""
    prefix = f"{key}:" if key else ""
    out: list[Piece] = []
    for piece in pieces:
        if isinstance(piece, Code) and piece.alt_key:
            out.append(Code(piece.kind, piece.markdown, piece.alt, prefix + piece.alt_key))
        elif isinstance(piece, Pair):
            out.append(Pair(piece.kind, piece.opening, piece.closing, _keyed_alts(piece.content, key)))
        else:
            out.append(piece)
    return tuple(out)


def _cell_column(body: str, starts: list[int], line: int, column: int) -> int:
    """Where cell `column` (1-based) of a table row starts in its line: after
    its unescaped pipe."""
    text = body[starts[line] : starts[line + 1]]
    pipes = [m.start() for m in re.finditer(r"(?<!\\)\|", text)]
    leading = bool(text.lstrip().startswith("|"))
    index = column - 1 + (1 if leading else 0) - 1
    return pipes[index] + 1 if 0 <= index < len(pipes) else 0
