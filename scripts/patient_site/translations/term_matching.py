"""Does a text use a term? Matching that understands the language.

A glossary check that compares exact strings pushes translators into
unnatural repetition: Spanish inflects for gender and number ("certificado",
"certificadas"), Arabic attaches the conjunctions و ف, the prepositions ب ل ك
and the article ال to the word itself ("وبالرعاية"), Chinese writes no spaces
between words. So text and term are both reduced to comparable tokens first:

- English and Spanish: words, lower-cased, reduced to their Snowball stems
  (the Snowball project's stemmers, not hand-written suffix rules);
- Arabic: words with diacritics and tatweel removed and the letter variants a
  reader treats as one (أ إ آ → ا, ى → ي, ة → ه) unified; each word matches
  with or without its proclitics;
- Chinese (and any language without word spaces): characters, spaces ignored.

A form matches when its tokens occur in the text consecutively.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import snowballstemmer

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STEMMERS = {"en": "english", "es": "spanish"}
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # harakat, Quranic marks, tatweel
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")
_ARTICLE = "ال"
_UNSPACED = frozenset({"zh", "ja"})


@dataclass(frozen=True)
class Tokens:
    """A text reduced for matching: per word, the forms it may stand for."""

    words: tuple[frozenset[str], ...]
    joined: str = ""  # for languages without word spaces: the text itself, unspaced


@cache
def _stemmer(lang: str):  # type: ignore[no-untyped-def]
    return snowballstemmer.stemmer(_STEMMERS[lang])


def _arabic_forms(word: str) -> frozenset[str]:
    """The word, and the word without each proclitic sequence it may carry:
    (و|ف)? (ب|ل|ك)? (ال)? — plus لل, the contraction of ل with ال."""
    word = word.translate(_ARABIC_LETTERS)
    forms = {word}
    stems = [word]
    if len(word) > 3 and word.startswith(_CONJUNCTIONS):
        stems.append(word[1:])
    for stem in list(stems):
        if len(stem) > 3 and stem.startswith(_PREPOSITIONS):
            stems.append(stem[1:])
        if len(stem) > 3 and stem.startswith("لل"):
            stems.append(stem[2:])
    for stem in list(stems):
        if len(stem) > 3 and stem.startswith(_ARTICLE):
            stems.append(stem[2:])
    forms.update(stems)
    return frozenset(forms)


def tokens(text: str, lang: str) -> Tokens:
    """`text` reduced for matching in `lang`."""
    base = lang.split("-")[0].lower()
    if base in _UNSPACED:
        return Tokens((), "".join(unicodedata.normalize("NFKC", text).casefold().split()))
    text = unicodedata.normalize("NFKC", text).casefold()
    if base == "ar":
        # Marks first: they are not word characters and would split words.
        return Tokens(tuple(_arabic_forms(word) for word in _WORD.findall(_ARABIC_MARKS.sub("", text))))
    words = _WORD.findall(text)
    if base in _STEMMERS:
        return Tokens(tuple(frozenset({stem}) for stem in _stemmer(base).stemWords(words)))
    return Tokens(tuple(frozenset({word}) for word in words))


def contains(text: Tokens, form: Tokens) -> bool:
    """True if the form's words occur in the text one after another (each
    word of the text matching by any of its possible forms)."""
    if form.joined or text.joined:
        return bool(form.joined) and form.joined in text.joined
    needed: Sequence[frozenset[str]] = form.words
    if not needed:
        return False
    last = len(text.words) - len(needed)
    return any(
        all(text.words[start + offset] & word for offset, word in enumerate(needed)) for start in range(last + 1)
    )


def uses_any(text: Tokens, forms: Sequence[Tokens]) -> bool:
    return any(contains(text, form) for form in forms)
