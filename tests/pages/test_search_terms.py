"""The words a page is found by: the same key for the forms a reader may
type (case, accents, plural; Arabic article and proclitics; Chinese pairs)."""

from __future__ import annotations

import pytest

from patient_site.pages.search_terms import arabic_light, fold, keys, keys_of_word


def key(word: str, lang: str) -> list[str]:
    return keys(word, lang)


@pytest.mark.parametrize("typed", ["paliativos", "PALIATIVOS", "paliativo", "Paliativo"])
def test_spanish_case_and_plural_meet(typed):
    assert key(typed, "es") == key("paliativos", "es")


@pytest.mark.parametrize(("one", "other"), [("atención", "atencion"), ("atenciones", "atención"), ("médicos", "MEDICO"), ("síntomas", "sintoma"), ("luces", "luz")])
def test_spanish_accents_and_plurals_meet(one, other):
    assert key(one, "es") == key(other, "es")


def test_spanish_words_that_differ_stay_apart():
    assert key("paliativos", "es") != key("paliar", "es")
    assert key("cuidados", "es") != key("cuidar", "es")


@pytest.mark.parametrize(("one", "other"), [("chaplains", "chaplain"), ("Services", "service"), ("families", "family")])
def test_english_plural_and_case_meet(one, other):
    assert key(one, "en") == key(other, "en")


def test_english_keeps_words_that_only_end_in_s():
    assert key("stress", "en") == ["stress"] and key("status", "en") == ["status"]


@pytest.mark.parametrize("written", ["الرعاية", "والرعاية", "بالرعاية", "للرعاية", "كالرعاية", "فالرعاية", "وبالرعاية", "رعاية", "الرِّعَايَة"])
def test_arabic_article_proclitics_and_vowel_marks_lead_to_one_key(written):
    assert key("رعاية", "ar")[0] in key(written, "ar")
    assert key("الرعاية", "ar")[0] in key(written, "ar")


def test_an_arabic_proclitic_without_the_article_is_also_read_as_a_root_letter():
    """برعاية is ب + رعاية ("with care"); فريق (team) starts with a root
    letter ف. Both readings are keys, so both words are found."""
    assert key("رعاية", "ar")[0] in key("برعاية", "ar")
    assert key("فريق", "ar")[0] == arabic_light("فريق")


def test_arabic_alef_forms_and_final_forms_fold_together():
    assert key("أطباء", "ar") == key("اطباء", "ar")
    assert key("مستشفى", "ar") == key("مستشفي", "ar")


def test_chinese_is_indexed_by_character_pairs():
    assert key("缓和医疗", "zh") == ["缓和", "和医", "医疗"]
    assert "姑息" in key("也称姑息治疗", "zh")


def test_chinese_in_a_latin_word_run_is_split_from_it():
    assert key("Mayo诊所", "zh") == ["mayo", "诊所"]


def test_one_letter_words_are_not_keys_but_one_chinese_character_is():
    assert keys_of_word("a", "en") == [] and keys_of_word("姑", "zh") == ["姑"]


def test_folding_drops_case_and_marks_only():
    assert fold("Atención ÑANDÚ") == "atencion nandu"
