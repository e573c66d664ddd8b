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
from functools import cache, lru_cache

import snowballstemmer

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# An Arabic word with its vowel marks and tatweel (not word characters to `re`).
_ARABIC_WORD = re.compile(r"(?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])+", re.UNICODE)
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


def _word_forms(words: list[str], base: str) -> tuple[frozenset[str], ...]:
    """Each word (NFKC, case folded) reduced to the forms it may stand for."""
    return tuple(_forms_of(word, base) for word in words)


@lru_cache(maxsize=65536)  # a site's vocabulary is small; each word is reduced once
def _forms_of(word: str, base: str) -> frozenset[str]:
    if base == "ar":
        # Marks first: they are not word characters and would split words.
        return _arabic_forms(_ARABIC_MARKS.sub("", word))
    if base in _STEMMERS:
        return frozenset({_stemmer(base).stemWord(word)})
    return frozenset({word})


def _words(text: str, base: str) -> list[re.Match[str]]:
    """The words of `text` with their places (Arabic marks kept inside a word)."""
    pattern = _ARABIC_WORD if base == "ar" else _WORD
    return list(pattern.finditer(text))


def tokens(text: str, lang: str) -> Tokens:
    """`text` reduced for matching in `lang`."""
    base = lang.split("-")[0].lower()
    if base in _UNSPACED:
        return Tokens((), "".join(unicodedata.normalize("NFKC", text).casefold().split()))
    text = unicodedata.normalize("NFKC", text).casefold()
    return Tokens(_word_forms([match.group(0) for match in _words(text, base)], base))


def spans(text: str, form: str, lang: str) -> list[tuple[int, int]]:
    """Where `form` occurs in `text` (start, end), matched as `contains`
    matches it: for marking a glossary term in a reviewer's copy."""
    base = lang.split("-")[0].lower()
    if base in _UNSPACED:
        wanted = "".join(unicodedata.normalize("NFKC", form).split())
        if not wanted:
            return []
        pattern = re.compile(r"\s*".join(map(re.escape, wanted)), re.IGNORECASE)
        return [(m.start(), m.end()) for m in pattern.finditer(unicodedata.normalize("NFKC", text))]
    needed = tokens(form, lang).words
    found = _words(text, base)
    forms = _word_forms([unicodedata.normalize("NFKC", m.group(0)).casefold() for m in found], base)
    result = []
    if not needed:
        return result
    for start in range(len(found) - len(needed) + 1):
        if all(forms[start + offset] & word for offset, word in enumerate(needed)):
            result.append((found[start].start(), found[start + len(needed) - 1].end()))
    return result


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
