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

_TAG = re.compile(r"(<[^>]+>)")
_SKIP = {"script", "style", "code", "pre", "textarea", "title", "bdi"}
_OPEN = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>")
_CLOSE = re.compile(r"</([a-zA-Z][a-zA-Z0-9]*)\s*>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@lru_cache(maxsize=16)  # one glossary's names per build
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    ordered = sorted({n for n in names if n}, key=len, reverse=True)  # longest first
    if not ordered:
        return None
    # A name may be wrapped across lines in the Markdown source.
    alternatives = "|".join(r"\s+".join(re.escape(word) for word in n.split()) for n in ordered)
    return re.compile(r"(?<![\w>])(" + alternatives + r")(?!\w)")


def mark_english_names(html: str, names: Iterable[str], lang: str = "en") -> str:
    """Wrap each kept name in the body's text in `<span lang="en">`."""
    names = tuple(names)
    pattern = _names_pattern(names)
    body = html.find("<body")
    if pattern is None or body == -1:
        return html
    head, rest = html[:body], html[body:]
    # Most translated pages hold no name in English: a name needs its first
    # word as written, which a plain search finds far faster than the pattern.
    if not any(name.split()[0] in rest for name in names if name.split()):
        return html
    out = []
    # Open elements, each with whether its text is left alone (itself, or
    # inside an element that is): nested elements of the same name included.
    stack: list[tuple[str, bool]] = []
    for piece in _TAG.split(rest):
        if not piece:
            continue
        if piece.startswith("<"):
            out.append(piece)
            opened = _OPEN.match(piece)
            if opened and not piece.endswith("/>"):
                tag = opened.group(1).lower()
                if tag not in _VOID:
                    inside = bool(stack and stack[-1][1])
                    stack.append((tag, inside or tag in _SKIP or " lang=" in opened.group(2)))
                continue
            closed = _CLOSE.match(piece)
            if closed:
                tag = closed.group(1).lower()
                while stack:
                    if stack.pop()[0] == tag:
                        break
            continue
        skipping = bool(stack and stack[-1][1])
        out.append(piece if skipping else pattern.sub(rf'<span lang="{lang}">\1</span>', piece))
    return head + "".join(out)
