"""What changed in an English page between two versions, in the words a
reader sees (not its Markdown): for a medical reviewer deciding whether a
translation still says what the English says.

Both versions are reduced to their prose (content/prose.py) and compared
word by word; each change comes with a few words of context on each side.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from patient_site.content.prose import prose_text

SAME, REMOVED, ADDED = "same", "removed", "added"


@dataclass(frozen=True)
class Piece:
    kind: str  # SAME | REMOVED | ADDED
    text: str


def english_changes(old_markdown: str, new_markdown: str, context: int = 8) -> list[list[Piece]]:
    """The changed passages, each a list of pieces: context, what was
    removed, what was added, context. [] when the prose is the same."""
    old, new = prose_text(old_markdown).split(), prose_text(new_markdown).split()
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    passages = []
    for group in matcher.get_grouped_opcodes(context):
        pieces = []
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                pieces.append(Piece(SAME, " ".join(old[i1:i2])))
                continue
            if i2 > i1:
                pieces.append(Piece(REMOVED, " ".join(old[i1:i2])))
            if j2 > j1:
                pieces.append(Piece(ADDED, " ".join(new[j1:j2])))
        passages.append(pieces)
    return passages
