"""Citations rendered: numbers in the text, the reference list at the end.

Each citation (found by content/citation_syntax.py) becomes a superscript
number linking to its entry, numbered in order of first citation; the page
ends with a "References" section listing the cited entries, each linking
back to where it was first cited.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from patient_site.content.citation_syntax import Citation


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
