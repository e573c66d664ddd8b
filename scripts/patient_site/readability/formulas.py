"""Readability formulas for English, Spanish and Arabic: counts in, scores out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from patient_site.readability.textstat_offline import textstat_for


@dataclass(frozen=True)
class Counts:
    sentences: int
    words: int
    syllables: int


def flesch_kincaid_grade(counts: Counts) -> float:
    """Flesch-Kincaid grade level (Kincaid et al., 1975)."""
    return 0.39 * counts.words / counts.sentences + 11.8 * counts.syllables / counts.words - 15.59


def flesch_reading_ease(counts: Counts) -> float:
    """Flesch reading ease (Flesch, 1948)."""
    return 206.835 - 1.015 * counts.words / counts.sentences - 84.6 * counts.syllables / counts.words


def fernandez_huerta(counts: Counts) -> float:
    """Fernández-Huerta (1959): 206.84 - 0.60 P - 1.02 F, P syllables per 100
    words, F words per sentence (the form textstat and legible.es use)."""
    return 206.84 - 60 * counts.syllables / counts.words - 1.02 * counts.words / counts.sentences


def szigriszt_pazos(counts: Counts) -> float:
    """Szigriszt-Pazos perspicuity (1992): 206.835 - 62.3 S/W - W/F."""
    return 206.835 - 62.3 * counts.syllables / counts.words - counts.words / counts.sentences


def inflesz_band(score: float) -> str:
    """The INFLESZ band of a Szigriszt-Pazos score (Barrio-Cantalejo et al.,
    2008): <40, 40-55, 55-65, 65-80, >80."""
    if score < 40:
        return "Muy difícil"
    if score < 55:
        return "Algo difícil"
    if score < 65:
        return "Normal"
    if score <= 80:
        return "Bastante fácil"
    return "Muy fácil"


@dataclass(frozen=True)
class ArabicCounts:
    sentences: int
    words: int
    syllables: int
    complex_words: int
    long_words: int
    faseeh: int


def osman(counts: ArabicCounts) -> float:
    """OSMAN (El-Haj and Rayson, 2016), textstat's formula with our sentence
    count: 200.791 - 1.015 W/S - 24.181 (C + Y + F + L)/W."""
    per_word = (counts.complex_words + counts.syllables + counts.faseeh + counts.long_words) / counts.words
    return 200.791 - 1.015 * counts.words / counts.sentences - 24.181 * per_word


# Spanish syllables. textstat counts them with Pyphen's hyphenation patterns,
# which never split off a one-letter first syllable or a hiatus ("e-qui-po",
# "dí-a", "a-yu-da" get 2, 1, 2): that inflates Fernández-Huerta by several
# points. Spanish syllables follow its spelling closely, so they are counted
# here by rule: one syllable per vowel nucleus, where a diphthong or
# triphthong (an unstressed i/u/ü with another vowel) is one nucleus and a
# hiatus (two strong vowels, or a stressed í/ú) is two.
_ES_STRONG = set("aeoáéóàèòâêô")
_ES_WEAK = set("iuüïîû")
_ES_STRESSED_WEAK = set("íúìù")
_ES_VOWELS = _ES_STRONG | _ES_WEAK | _ES_STRESSED_WEAK


def _es_one_nucleus(first: str, second: str) -> bool:
    if first in _ES_STRESSED_WEAK or second in _ES_STRESSED_WEAK:
        return False
    if first in _ES_STRONG and second in _ES_STRONG:
        return False
    return first != second  # "chiita", "duunviro": hiatus


def spanish_syllables(word: str) -> int:
    """Syllables of one Spanish word (at least 1, so a number counts as 1)."""
    word = word.lower()
    word = re.sub(r"(?<=[qg])u(?=[eiéí])", "", word)  # silent u: que, qui, gue, gui
    word = re.sub(r"y(?![aeiouáéíóúü])", "i", word)  # y is a vowel at a word's end or before a consonant
    word = word.replace("h", "")  # h between vowels does not part them: pro-hi-bir, ahu-mar
    nuclei = 0
    previous = ""
    for char in word:
        if char in _ES_VOWELS:
            if not previous or not _es_one_nucleus(previous, char):
                nuclei += 1
            previous = char
        else:
            previous = ""
    return max(1, nuclei)


def english_counts(sentences: Sequence[str]) -> Counts:
    """Sentences as given; words and CMU-dictionary syllables from textstat."""
    text = " ".join(sentences)
    textstat = textstat_for("en_US")
    return Counts(len(sentences), textstat.lexicon_count(text), textstat.syllable_count(text))


def spanish_counts(sentences: Sequence[str]) -> Counts:
    """Sentences as given; words split as textstat does; syllables by rule."""
    words = textstat_for("es").remove_punctuation(" ".join(sentences)).split()
    return Counts(len(sentences), len(words), sum(spanish_syllables(word) for word in words))


def arabic_counts(sentences: Sequence[str]) -> ArabicCounts:
    """Sentences as given; words and the OSMAN word counts from textstat."""
    text = " ".join(sentences)
    textstat = textstat_for("ar")
    return ArabicCounts(
        sentences=len(sentences),
        words=textstat.lexicon_count(text),
        syllables=textstat.count_arabic_syllables(text),
        complex_words=textstat.count_complex_arabic_words(text),
        long_words=textstat.count_arabic_long_words(text),
        faseeh=textstat.count_faseeh(text),
    )
