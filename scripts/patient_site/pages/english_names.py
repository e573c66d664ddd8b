"""Names kept in English inside translated pages carry their own language.

The glossary's names (Mayo Clinic, Mayo Clinic Health System, the Symptom
Management, Pain and Quality of Life Clinic), where a translation keeps them
as written in English, are wrapped in `<span lang="en">` so a screen reader reads them
with English pronunciation (WCAG 3.1.2, language of parts). Only text in
the page body is touched: never tag attributes, the head, scripts, styles,
code, or parts already marked with a language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_SKIP = ("script", "style", "code", "pre", "textarea", "title", "bdi")
_WORD_CHARACTER = re.compile(r"\w")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# An element whose text is left alone: one of _SKIP, or any element that
# declares its own language.
_SKIPPED_OPEN = re.compile(
    r"<(?:(" + "|".join(_SKIP) + r")\b[^>]*|([a-zA-Z][a-zA-Z0-9]*)\b[^>]* lang=[^>]*)>", re.IGNORECASE
)


@lru_cache(maxsize=16)  # one glossary's names per build
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    ordered = sorted({n for n in names if n}, key=len, reverse=True)  # longest first
    if not ordered:
        return None
    # A name may be wrapped across lines in the Markdown source.
    alternatives = "|".join(r"\s+".join(re.escape(word) for word in n.split()) for n in ordered)
    # (No look-behind for the word before: without one, the engine scans
    # for the names' first letters alone, several times faster.)
    return re.compile(r"(" + alternatives + r")(?!\w)")


@lru_cache(maxsize=64)
def _same_element(tag: str) -> re.Pattern[str]:
    return re.compile(rf"<(/?){re.escape(tag)}\b[^>]*>", re.IGNORECASE)


def _skipped_ranges(html: str, start: int) -> list[tuple[int, int]]:
    """The spans (from `start`) of the outermost elements whose text is left
    alone, each up to its own closing tag (elements of the same name nested
    inside it counted)."""
    ranges: list[tuple[int, int]] = []
    position = start
    while (opened := _SKIPPED_OPEN.search(html, position)) is not None:
        tag = (opened.group(1) or opened.group(2)).lower()
        if opened.group().endswith("/>") or tag in _VOID:
            position = opened.end()
            continue
        depth, end = 1, len(html)
        for other in _same_element(tag).finditer(html, opened.end()):
            if other.group(1):
                depth -= 1
            elif not other.group().endswith("/>"):
                depth += 1
            if depth == 0:
                end = other.end()
                break
        ranges.append((opened.start(), end))
        position = end
    return ranges


def _in_text(html: str, position: int) -> bool:
    """Whether `position` is in text, not inside a tag, and not straight
    after a '>' of the text itself (a name is a name only on its own)."""
    last_open, last_close = html.rfind("<", 0, position), html.rfind(">", 0, position)
    if last_open > last_close:
        return False  # inside a tag: an attribute
    if last_close != position - 1:
        return True
    # A '>' just before: a tag's end (the text starts here) or the text's own.
    before_open, before_close = html.rfind("<", 0, last_close), html.rfind(">", 0, last_close)
    return before_open > before_close and before_open < last_close - 1


def mark_english_names(html: str, names: Iterable[str], lang: str = "en") -> str:
    """Wrap each kept name in the body's text in `<span lang="en">`."""
    names = tuple(names)
    pattern = _names_pattern(names)
    body = html.find("<body")
    if pattern is None or body == -1:
        return html
    # Most translated pages hold no name in English: a name needs its first
    # word as written, which a plain search finds far faster than the pattern.
    if not any(name.split()[0] in html[body:] for name in names if name.split()):
        return html
    found: list[re.Match[str]] = []
    position = body
    while (match := pattern.search(html, position)) is not None:
        start = match.start()
        if not _WORD_CHARACTER.match(html, start - 1) and _in_text(html, start):
            found.append(match)
            position = match.end()
        else:
            position = start + 1
    if not found:
        return html
    skipped = _skipped_ranges(html, body)
    out, last, index = [], 0, 0
    for match in found:
        while index < len(skipped) and skipped[index][1] <= match.start():
            index += 1
        if index < len(skipped) and skipped[index][0] <= match.start():
            continue  # inside an element left alone
        out += [html[last : match.start()], f'<span lang="{lang}">', match.group(), "</span>"]
        last = match.end()
    out.append(html[last:])
    return "".join(out)
