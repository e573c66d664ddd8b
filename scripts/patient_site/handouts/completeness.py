"""Nothing printed may be lost: every word of a handout's printable text must
be in its PDF's text layer.

The handout's HTML (what the print template gives WeasyPrint) is the
reference: its visible text, minus what the print stylesheet hides. The PDF's
text is read back (poppler's pdftotext: what a reader copies or a screen
reader hears). Both are compared as normalised word sets — NFKC
(Arabic presentation forms, ligatures), letter case and vowel marks ignored, words in any
order (table columns are extracted in any order), Chinese character by
character, a run of Arabic letters apart from Latin ones, Arabic also in
reversed order (text layers may hold right-to-left
runs in visual order). A word is found anywhere in the PDF's text with its
spaces removed, so a long word the layout broke across lines still counts,
or as pieces in reading order (a table row split across two pages, with the
repeated header between its halves). Only text drawn on the paper counts:
a run that starts beyond the page's edges is lost, though a text layer holds
it.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from collections.abc import Iterable

import tinyhtml5

# What the print template never prints (hidden by its stylesheet).
_HIDDEN_CLASSES = frozenset({"citation-back", "screen-only"})
_HIDDEN_TAGS = frozenset({"head", "title", "style", "script", "template"})
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U000323af]")
# Arabic letters and digits (not its comma, semicolon or question mark).
_ARABIC = "\u0620-\u064a\u0660-\u0669\u066e-\u06d3\u06d5\u06ee-\u06ff\u0750-\u077f\u08a0-\u08ff"
# A word is a run of one script: text layers may glue a right-to-left run to
# the Latin piece of a word broken at the end of the line before it.
_WORD = re.compile(rf"[{_ARABIC}]+|[^\W_{_ARABIC}]+")


_MARKS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u0300-\u036f]")


def _normal(text: str) -> str:
    """NFKC, case folded, without combining marks: a text layer may order an
    Arabic letter's vowel marks (shadda, tanween) differently from the HTML."""
    return _MARKS.sub("", unicodedata.normalize("NFKC", text)).casefold()


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def printable_text(html: str) -> str:
    """The text a handout's HTML prints."""
    root = tinyhtml5.parse(html)
    pieces: list[str] = []

    def walk(element, hidden: bool) -> None:  # type: ignore[no-untyped-def]
        tag = _local(element.tag)
        classes = set((element.get("class") or "").split())
        hidden = hidden or tag in _HIDDEN_TAGS or bool(classes & _HIDDEN_CLASSES) or tag == "svg"
        if not hidden and element.text:
            pieces.append(element.text)
        for child in element:
            walk(child, hidden)
            if not hidden and child.tail:
                pieces.append(child.tail)

    walk(root, False)
    return " ".join(pieces)


def words(text: str) -> set[str]:
    """The words of `text`: each Chinese character on its own."""
    normal = _normal(text)
    found = set(_HAN.findall(normal))
    for word in _WORD.findall(_HAN.sub(" ", normal)):
        found.add(word)
    return found


def pdf_text(pdf: bytes, *, as_drawn: bool = False) -> str:
    """The text drawn on the PDF's pages, as poppler's pdftotext reads it (a
    run placed beyond a page's edges is left out; fast enough to read back
    every handout of every build); pages end in a form feed. In reading
    order a word hyphenated at a line's end is joined; `as_drawn` keeps the
    order of drawing and each line whole."""
    try:
        order = ["-raw"] if as_drawn else []
        result = subprocess.run(["pdftotext", *order, "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True)
    except FileNotFoundError as missing:
        raise RuntimeError("pdftotext (poppler-utils) is not installed — run `bash scripts/setup.sh build`") from missing
    return result.stdout.decode("utf-8")


def _in_pieces(word: str, tokens: list[str]) -> bool:
    """Is `word` the concatenation of some of `tokens`, in their order?"""
    at = 0
    for token in tokens:
        if word.startswith(token, at):
            at += len(token)
            if at == len(word):
                return True
    return False


def lost_words(html: str, pdf: bytes) -> list[str]:
    """The words of the handout's HTML that its PDF does not hold."""
    text = _normal(pdf_text(pdf))
    layer, tokens = "".join(text.split()), _WORD.findall(_HAN.sub(" ", text))

    def found(word: str) -> bool:
        return any(w in layer or _in_pieces(w, tokens) for w in (word, word[::-1]))

    return sorted(word for word in words(printable_text(html)) if not found(word))


def describe(lost: Iterable[str], limit: int = 8) -> str:
    lost = list(lost)
    shown = ", ".join(f"'{word[:39]}{'…' if len(word) > 40 else word[39:]}'" for word in lost[:limit])
    more = f" and {len(lost) - limit} more" if len(lost) > limit else ""
    return f"{len(lost)} word(s) are missing from the PDF's text: {shown}{more}"
