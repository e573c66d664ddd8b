"""Structural parity of a translation with its English page.

A translation must keep what readers navigate by and what tools rely on:
the same heading ids, internal link targets, citation keys, images,
directives, admonitions and list items, section by section. Each difference
is reported as `file:line: what differs`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from citations import find_citations
from markdown_directives import DIRECTIVE
from markdown_text import mask_code
from problems import Problem

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*$", re.MULTILINE)
_HEADING_ID = re.compile(r"\{[^}]*#([\w-]+)[^}]*\}\s*$")
_LINK = re.compile(r"(?<!!)\[(?:[^\]\n]|\][^(\n])*?\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\(([^)\s]+)")
_ADMONITION = re.compile(r"^[ \t]*(?:!!!|\?\?\?\+?)[ \t]+\w", re.MULTILINE)
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\S", re.MULTILINE)


@dataclass
class Section:
    """What one heading's section holds (the text before the first heading
    is the section with id '')."""

    id: str
    line: int
    links: list[tuple[str, int]] = field(default_factory=list)  # (target, line)
    images: list[str] = field(default_factory=list)
    citations: list[tuple[str, int]] = field(default_factory=list)  # (key, line)
    directives: list[str] = field(default_factory=list)
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
    """Split a Markdown body into sections by heading and record what each holds."""
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
        section.links = [(m.group(1), _line(body, start + m.start(), first_line)) for m in _LINK.finditer(chunk)]
        section.images = [m.group(1) for m in _IMAGE.finditer(chunk)]
        section.citations = [(key, _line(chunk, c.start, line)) for c in find_citations(chunk) for key in c.keys]
        section.directives = [m.group(0).strip() for m in DIRECTIVE.finditer(chunk)]
        section.admonitions = len(_ADMONITION.findall(chunk))
        section.list_items = len(_LIST_ITEM.findall(chunk))
        sections.append(section)
    return Structure(sections, without_id)


def _describe(items: list[str]) -> str:
    return ", ".join(f"'{item}'" for item in items) if items else "none"


def compare_structure(english: Structure, translation: Structure, path: str) -> list[Problem]:
    """Every structural difference of `translation` from `english`."""
    problems = [
        Problem(path, line, "heading without an explicit id — add '{ #id }' with the English page's id")
        for line in translation.headings_without_id
    ]
    if english.heading_ids != translation.heading_ids:
        missing = [i for i in english.heading_ids if i not in translation.heading_ids]
        extra = [i for i in translation.heading_ids if i not in english.heading_ids]
        if missing or extra:
            line = next((s.line for s in translation.sections if s.id in extra), translation.sections[-1].line)
            problems.append(
                Problem(path, line, f"heading ids differ: missing {_describe(missing)}, extra {_describe(extra)}")
            )
        else:
            problems.append(
                Problem(path, translation.sections[0].line, "headings are in a different order than in English")
            )
    by_id = {s.id: s for s in english.sections}
    checks = (
        ("internal link targets", lambda s: Counter(target for target, _ in s.links if "://" not in target)),
        ("images", lambda s: Counter(s.images)),
        ("citation keys", lambda s: Counter(key for key, _ in s.citations)),
        ("directives", lambda s: Counter(s.directives)),
    )
    for section in translation.sections:
        source = by_id.get(section.id)
        if source is None:
            continue
        where = f"section '#{section.id}'" if section.id else "the text before the first heading"
        for label, collect in checks:
            theirs, ours = collect(source), collect(section)
            if theirs != ours:
                missing = sorted((theirs - ours).elements())
                extra = sorted((ours - theirs).elements())
                problems.append(
                    Problem(path, section.line, f"{label} differ in {where}: missing {_describe(missing)}, extra {_describe(extra)}")
                )
        for label, attribute in (("admonitions", "admonitions"), ("list items", "list_items")):
            theirs, ours = getattr(source, attribute), getattr(section, attribute)
            if theirs != ours:
                problems.append(Problem(path, section.line, f"{ours} {label} in {where}, English has {theirs}"))
    return problems
