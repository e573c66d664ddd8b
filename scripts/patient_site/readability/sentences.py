"""The sentences of a page, per language.

Every heading and every list item counts as a sentence of its own; a block
that ends without a period is still one sentence.
"""

from __future__ import annotations

import re

from patient_site.content.prose import prose_blocks

# Sentence ends: a run of terminators, closing quotes or brackets, then space.
_SENTENCE_END = {
    "en": re.compile(r"(?<=[.!?])[\"'”’»)\]]*\s+"),
    "es": re.compile(r"(?<=[.!?])[\"'”’»)\]]*\s+"),
    "ar": re.compile(r"(?<=[.!?؟۔])[\"'”’»)\]]*\s+"),
    "zh": re.compile(r"(?<=[。！？!?…])[”’」』）)\]]*\s*"),
}
_ABBREVIATIONS = {
    "en": {"mr", "mrs", "ms", "dr", "st", "vs", "etc", "e.g", "i.e", "jr", "sr", "prof", "inc", "approx"},
    "es": {"sr", "sra", "srta", "dr", "dra", "ud", "uds", "etc", "p.ej", "núm", "pág", "aprox", "ee.uu"},
    "ar": set(),
    "zh": set(),
}
_HAS_WORD = re.compile(r"[^\W_]")


def split_sentences(block: str, lang: str) -> list[str]:
    """Split one block into sentences. A block that ends without a period
    (a heading, a list item) is still one sentence."""
    pieces: list[str] = []
    last = 0
    for match in _SENTENCE_END[lang].finditer(block):
        before = block[last : match.start()]
        word = before.split()[-1] if before.split() else ""
        if lang in ("en", "es") and word.endswith(".") and not word.endswith(".."):
            stem = word.rstrip(".").lstrip("(\"'“‘¿¡").lower()
            if stem in _ABBREVIATIONS[lang] or re.fullmatch(r"[^\W\d_]|(?:[^\W\d_]\.)+[^\W\d_]", stem):
                continue  # "Dr. Smith", "J. Smith", "U.S. law": not a sentence end
        pieces.append(block[last : match.end()].strip())
        last = match.end()
    pieces.append(block[last:].strip())
    return [piece for piece in pieces if _HAS_WORD.search(piece)]


def extract_sentences(markdown: str, lang: str) -> list[str]:
    """The readable sentences of a Markdown page in language `lang`."""
    return [sentence for block in prose_blocks(markdown) for sentence in split_sentences(block, lang)]
