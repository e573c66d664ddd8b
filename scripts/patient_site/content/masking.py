"""Where in a Markdown text prose is: code and comments masked.

Checkers that look for syntax in prose (citations, directives, links,
headings, hospital links) run their patterns over the masked text, so an
example inside code or a commented-out passage is never taken for the real
thing. Masking keeps every offset and newline, so positions and line numbers
found in the masked text hold in the original.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_INLINE_CODE = re.compile(r"(`+)(?:.+?)(?<!`)\1(?!`)", re.DOTALL)
HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_NOT_NEWLINE = re.compile(r"[^\n]")


def blank(text: str) -> str:
    """`text` with every character but newlines turned into a space."""
    return _NOT_NEWLINE.sub(" ", text)


def mask_pattern(text: str, pattern: re.Pattern[str]) -> str:
    """Blank out every match of `pattern` (newlines kept)."""
    return pattern.sub(lambda m: blank(m.group(0)), text)


def mask_fenced_code(markdown: str) -> str:
    """Blank out fenced code blocks (their fences included)."""
    out = []
    fence: str | None = None
    for line in markdown.splitlines(keepends=True):
        match = _FENCE.match(line)
        # CommonMark: a backtick fence's info string holds no backtick
        # (```x``` at a line's start is inline code, not a fence).
        if match and match.group(1)[0] == "`" and "`" in line[match.end():]:
            match = None
        if fence is None and match:
            fence = match.group(1)
            out.append(blank(line))
        elif fence is not None:
            marker = match.group(1) if match else ""
            if marker and marker[0] == fence[0] and len(marker) >= len(fence) and not line[match.end():].strip():
                fence = None
            out.append(blank(line))
        else:
            out.append(line)
    return "".join(out)


def mask_code(markdown: str) -> str:
    """Blank out fenced code blocks, inline code spans and HTML comments
    (what a reader never sees as prose)."""
    masked = mask_pattern(mask_fenced_code(markdown), _INLINE_CODE)
    return mask_pattern(masked, HTML_COMMENT) if "<!--" in masked else masked


def line_of(text: str, offset: int) -> int:
    """The 1-based line number of `offset` in `text`."""
    return text.count("\n", 0, offset) + 1
