"""Where in a Markdown text prose is: code spans and fenced blocks masked.

Checkers that look for syntax in prose (citations, directives, links,
headings) run their patterns over the masked text, so an example inside code
is never taken for the real thing. Masking keeps every offset and newline, so
positions and line numbers found in the masked text hold in the original.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_INLINE_CODE = re.compile(r"(`+)(?:.+?)(?<!`)\1(?!`)", re.DOTALL)


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def mask_fenced_code(markdown: str) -> str:
    """Blank out fenced code blocks (their fences included)."""
    out = []
    fence: str | None = None
    for line in markdown.splitlines(keepends=True):
        match = _FENCE.match(line)
        if fence is None and match:
            fence = match.group(1)
            out.append(_blank(line))
        elif fence is not None:
            marker = match.group(1) if match else ""
            if marker and marker[0] == fence[0] and len(marker) >= len(fence) and not line[match.end():].strip():
                fence = None
            out.append(_blank(line))
        else:
            out.append(line)
    return "".join(out)


def mask_code(markdown: str) -> str:
    """Blank out fenced code blocks and inline code spans."""
    masked = mask_fenced_code(markdown)
    return _INLINE_CODE.sub(lambda m: _blank(m.group(0)), masked)


def line_of(text: str, offset: int) -> int:
    """The 1-based line number of `offset` in `text`."""
    return text.count("\n", 0, offset) + 1


_H1 = re.compile(r"^#[ \t]+(.+?)[ \t]*(?:\{[^}]*\})?[ \t]*$", re.MULTILINE)


def h1_title(markdown: str) -> str:
    """The text of the page's first level-1 heading ('' if it has none)."""
    match = _H1.search(mask_fenced_code(markdown))
    return match.group(1).strip() if match else ""
