"""What a Markdown page is made of, section by section.

A page is cut at its headings; each section (the text before the first
heading is the section with id '') records what readers navigate by and what
the tools rely on: its links, images, citations, directives, admonitions and
list items, each with its line in the file. Parsed once per file per build;
the link check, the citation check, the translation parity and glossary
checks and the handouts page's titles all read the same structure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from patient_site.content.citation_syntax import find_citations
from patient_site.content.directives import DIRECTIVE
from patient_site.content.masking import mask_code, mask_fenced_code

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*$", re.MULTILINE)
_HEADING_ID = re.compile(r"\{[^}]*#([\w-]+)[^}]*\}\s*$")
_LINK = re.compile(r"(?<!!)\[(?:[^\]\n]|\][^(\n])*?\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\(([^)\s]+)")
_ADMONITION = re.compile(r"^[ \t]*(?:!!!|\?\?\?\+?)[ \t]+\w", re.MULTILINE)
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\S", re.MULTILINE)
_H1 = re.compile(r"^#[ \t]+(.+?)[ \t]*(?:\{[^}]*\})?[ \t]*$", re.MULTILINE)


@dataclass
class Section:
    id: str
    line: int
    links: list[tuple[str, int]] = field(default_factory=list)  # (target, line)
    images: list[str] = field(default_factory=list)
    citations: list[tuple[str, int]] = field(default_factory=list)  # (key, line)
    directives: list[tuple[str, str, int]] = field(default_factory=list)  # (name, argument, line)
    admonitions: int = 0
    list_items: int = 0
    text: str = ""


@dataclass
class Structure:
    sections: list[Section]
    headings_without_id: list[int]

    @property
    def heading_ids(self) -> list[str]:
        return [s.id for s in self.sections if s.id]


def _line(text: str, offset: int, first_line: int) -> int:
    return first_line + text.count("\n", 0, offset)


def parse_structure(body: str, first_line: int = 1) -> Structure:
    """Split a Markdown body (whose first line is line `first_line` of its
    file) into sections by heading and record what each holds."""
    masked = mask_code(body)
    cuts = [(0, "", first_line)]
    without_id = []
    for match in _HEADING.finditer(masked):
        line = _line(masked, match.start(), first_line)
        id_match = _HEADING_ID.search(match.group(2))
        if id_match is None:
            without_id.append(line)
            continue
        cuts.append((match.start(), id_match.group(1), line))
    sections = []
    for index, (start, ident, line) in enumerate(cuts):
        end = cuts[index + 1][0] if index + 1 < len(cuts) else len(masked)
        chunk = masked[start:end]
        section = Section(ident, line, text=body[start:end])
        section.links = [(m.group(1), _line(chunk, m.start(), line)) for m in _LINK.finditer(chunk)]
        section.images = [m.group(1) for m in _IMAGE.finditer(chunk)]
        section.citations = [(key, _line(chunk, c.start, line)) for c in find_citations(chunk) for key in c.keys]
        section.directives = [
            (m.group(1), (m.group(2) or "").strip(), _line(chunk, m.start(), line)) for m in DIRECTIVE.finditer(chunk)
        ]
        section.admonitions = len(_ADMONITION.findall(chunk))
        section.list_items = len(_LIST_ITEM.findall(chunk))
        sections.append(section)
    return Structure(sections, without_id)


def h1_title(markdown: str) -> str:
    """The text of the page's first level-1 heading ('' if it has none)."""
    match = _H1.search(mask_fenced_code(markdown))
    return match.group(1).strip() if match else ""
