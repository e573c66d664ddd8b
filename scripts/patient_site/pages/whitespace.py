"""Smaller pages: the indentation of the templates removed from the output.

Material's templates are indented; on a page with a large navigation about
two fifths of the HTML is leading spaces. A line break is whitespace to HTML
just as a run of spaces is, so dropping the spaces after each line break
(and blank lines) changes nothing a browser shows — except inside elements
that keep their whitespace, which are left exactly as they are.
"""

from __future__ import annotations

import re

_KEEP = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2\s*>)", re.DOTALL | re.IGNORECASE)
_INDENT = re.compile(r"\n[ \t]*(?:\n[ \t]*)*")


def compact_whitespace(html: str) -> str:
    pieces = _KEEP.split(html)
    out = []
    # split() with two groups yields: text, kept element, tag name, text, …
    for index in range(0, len(pieces), 3):
        out.append(_INDENT.sub("\n", pieces[index]))
        if index + 1 < len(pieces):
            out.append(pieces[index + 1])
    return "".join(out)
