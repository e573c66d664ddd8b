"""Pandoc-style citations in Markdown: `[@key]` and `[@key1; @key2]`.

Found outside code, HTML comments, URLs and e-mail addresses (those spans
are masked first), so `[@x]` in an example or an address is never a citation.
Numbering and rendering are the references package's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from patient_site.content.masking import line_of, mask_code, mask_pattern

# Pandoc's citation key characters: letters, digits and internal punctuation.
_KEY = r"[\w][\w:.#$%&+?<>~/-]*"
_CITATION = re.compile(rf"(?<![\\!])\[(@{_KEY}(?:\s*;\s*@{_KEY})*)\](?![(\[:])")
_URL = re.compile(r"<[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>]*>|\b(?:https?|ftp)://[^\s<>()]+|\bwww\.[^\s<>()]+")
_EMAIL = re.compile(r"<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?")
_EMAIL_HINT = re.compile(r"[\w.+-]@")  # an address has a character before its "@"; "[@key]" has not


@dataclass(frozen=True)
class Citation:
    keys: tuple[str, ...]
    start: int
    end: int
    line: int


def find_citations(markdown: str) -> list[Citation]:
    """Every citation in `markdown`, outside code, comments, URLs and e-mail
    addresses."""
    if "[@" not in markdown:
        return []
    masked = mask_code(markdown)
    # Each mask only where its span can occur: the patterns are costly on
    # long prose, and most text has no URL or address.
    if "://" in masked or "www." in masked or "<" in masked:
        masked = mask_pattern(masked, _URL)
    if _EMAIL_HINT.search(masked):
        masked = mask_pattern(masked, _EMAIL)
    citations = []
    for match in _CITATION.finditer(masked):
        keys = tuple(part.strip()[1:] for part in match.group(1).split(";"))
        citations.append(Citation(keys, match.start(), match.end(), line_of(markdown, match.start())))
    return citations
