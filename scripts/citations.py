"""Pandoc-style citations in Markdown: `[@key]` and `[@key1; @key2]`.

Each citation becomes a superscript number linking to its entry, numbered in
order of first citation; the page ends with a "References" section listing
the cited entries, each linking back to where it was first cited.

Citations are never matched inside fenced or inline code, URLs, e-mail
addresses or HTML comments: those spans are masked before the search.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from markdown_text import line_of, mask_code

# Pandoc's citation key characters: letters, digits and internal punctuation.
_KEY = r"[\w][\w:.#$%&+?<>~/-]*"
_CITATION = re.compile(rf"(?<![\\!])\[(@{_KEY}(?:\s*;\s*@{_KEY})*)\](?![(\[:])")
_URL = re.compile(r"<[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>]*>|\b(?:https?|ftp)://[^\s<>()]+|\bwww\.[^\s<>()]+")
_EMAIL = re.compile(r"<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?")
_EMAIL_HINT = re.compile(r"[\w.+-]@")  # an address has a character before its "@"; "[@key]" has not
# A commented-out citation is not shown, so it must not take a number.
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


@dataclass(frozen=True)
class Citation:
    keys: tuple[str, ...]
    start: int
    end: int
    line: int


def _mask(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def find_citations(markdown: str) -> list[Citation]:
    """Every citation in `markdown`, outside code, URLs, e-mail addresses and
    HTML comments."""
    if "[@" not in markdown:
        return []
    masked = mask_code(markdown)
    # Each mask only where its span can occur: the patterns are costly on
    # long prose, and most text has no comment, URL or address.
    if "<!--" in masked:
        masked = _mask(masked, _HTML_COMMENT)
    if "://" in masked or "www." in masked or "<" in masked:
        masked = _mask(masked, _URL)
    if _EMAIL_HINT.search(masked):
        masked = _mask(masked, _EMAIL)
    citations = []
    for match in _CITATION.finditer(masked):
        keys = tuple(part.strip()[1:] for part in match.group(1).split(";"))
        line = line_of(markdown, match.start())
        citations.append(Citation(keys, match.start(), match.end(), line))
    return citations


def number_citations(citations: list[Citation]) -> dict[str, int]:
    """Numbers in order of first citation; a repeated key keeps its number."""
    numbers: dict[str, int] = {}
    for citation in citations:
        for key in citation.keys:
            numbers.setdefault(key, len(numbers) + 1)
    return numbers


def anchor(key: str) -> str:
    """An HTML id fragment for a citation key (keys may hold ':' or '/')."""
    return re.sub(r"[^\w-]", "-", key)


@dataclass(frozen=True)
class CitationText:
    """The localized words the citation markup needs."""

    references_heading: str
    back_to_text: str
    citation_label: str  # "Reference {n}"


def render_citations(
    markdown: str,
    citations: list[Citation],
    render_entry: Callable[[str], str],
    text: CitationText,
) -> str:
    """Replace citations with superscript links and append the reference list.

    `render_entry(key)` returns an entry's formatted HTML. Every key must be
    known; callers report unknown keys first.
    """
    if not citations:
        return markdown
    numbers = number_citations(citations)
    first_seen: set[str] = set()
    pieces = []
    last = 0
    for citation in citations:
        pieces.append(markdown[last : citation.start])
        links = []
        for key in citation.keys:
            n = numbers[key]
            ident = ""
            if key not in first_seen:
                first_seen.add(key)
                ident = f' id="cite-{anchor(key)}"'
            label = escape(text.citation_label.format(n=n), quote=True)
            links.append(f'<a href="#ref-{anchor(key)}"{ident} aria-label="{label}">{n}</a>')
        pieces.append(f'<sup class="citation">{",".join(links)}</sup>')
        last = citation.end
    pieces.append(markdown[last:])
    items = []
    back = escape(text.back_to_text, quote=True)
    for key, n in numbers.items():
        items.append(
            f'<li id="ref-{anchor(key)}" value="{n}">{render_entry(key)} '
            f'<a class="citation-back" href="#cite-{anchor(key)}" aria-label="{back}">↩</a></li>'
        )
    heading = f"## {text.references_heading} {{ #references }}"
    reference_list = '<ol class="references">\n' + "\n".join(items) + "\n</ol>"
    return "".join(pieces).rstrip() + f"\n\n{heading}\n\n{reference_list}\n"


def render_bibliography(keys: list[str], render_entry: Callable[[str], str]) -> str:
    """The whole bibliography as an ordered list, in the order given."""
    items = [f'<li id="ref-{anchor(key)}">{render_entry(key)}</li>' for key in keys]
    return '<ol class="references">\n' + "\n".join(items) + "\n</ol>"
