"""The matcher behind the glossary check, tested directly: each language's
words reduced so that a form matches however the language writes it.
(test_glossary.py tests the same through check_glossary.)"""

from __future__ import annotations

import pytest

from patient_site.translations.term_matching import contains, spans, tokens, uses_any


def matches(text: str, form: str, lang: str) -> bool:
    return contains(tokens(text, lang), tokens(form, lang))


# -- Spanish and English: Snowball stems ------------------------------------------------------


@pytest.mark.parametrize("word", ["paliativo", "paliativos", "paliativa", "paliativas", "PALIATIVAS"])
def test_spanish_gender_and_number_share_one_stem(word):
    assert tokens(word, "es") == tokens("paliativo", "es")


def test_spanish_accents_do_not_change_a_word():
    assert tokens("atencion", "es") == tokens("atención", "es")


def test_a_regional_spanish_tag_is_spanish():
    assert matches("Las doctoras están certificadas", "certificado", "es-MX")


def test_a_spanish_multiword_form_matches_inflected():
    assert matches("Ofrecemos los cuidados paliativos.", "cuidado paliativo", "es")


def test_english_plurals_share_the_stem():
    assert tokens("plans", "en") == tokens("plan", "en")


# -- Arabic: letters unified, proclitics optional ------------------------------------------------


@pytest.mark.parametrize(
    "word",
    [
        "رعاية",
        "الرعاية",  # ال
        "والرعاية",  # و + ال
        "فالرعاية",  # ف + ال
        "بالرعاية",  # ب + ال
        "كالرعاية",  # ك + ال
        "للرعاية",  # لل (ل + ال)
        "لرعاية",  # ل
        "وبالرعاية",  # و + ب + ال
        "وللرعاية",  # و + لل
    ],
)
def test_an_arabic_word_matches_with_its_proclitics(word):
    assert matches(f"نقدم {word} للجميع", "رعاية", "ar")


def test_an_arabic_form_written_with_the_article_matches_the_bare_word():
    assert matches("نقدم رعاية تلطيفية", "الرعاية التلطيفية", "ar")


@pytest.mark.parametrize(
    ("text", "form"), [("إدارة", "ادارة"), ("أمل", "امل"), ("آمن", "امن"), ("مستشفى", "مستشفي"), ("رعاية", "رعايه")]
)
def test_arabic_letter_variants_are_one_letter(text, form):
    assert matches(text, form, "ar")


def test_arabic_diacritics_and_tatweel_are_ignored():
    assert matches("الرِّعَايَة رعـــاية", "رعاية رعاية", "ar")


@pytest.mark.parametrize(("text", "form"), [("ولد", "لد"), ("بيت", "يت"), ("كتب", "تب")])
def test_a_short_arabic_word_keeps_its_first_letter(text, form):
    assert not matches(text, form, "ar")


# -- Chinese and other unspaced scripts: characters ------------------------------------------------


def test_a_chinese_form_matches_inside_unspaced_text():
    assert matches("梅奥诊所提供缓和医疗服务。", "缓和医疗", "zh")


def test_spaces_in_chinese_text_or_form_are_ignored():
    assert matches("缓和 医疗", "缓和医疗", "zh")
    assert matches("缓和医疗", "缓和 医疗", "zh-Hans")


def test_japanese_is_matched_by_characters():
    assert matches("緩和ケアを受ける", "緩和ケア", "ja")


def test_full_width_latin_in_chinese_matches_its_plain_form():
    assert matches("使用ＣＴ检查", "ct", "zh")


def test_an_unspaced_form_never_matches_spaced_text():
    assert not contains(tokens("palliative care", "en"), tokens("缓和", "zh"))
    assert not contains(tokens("缓和医疗", "zh"), tokens("palliative", "en"))


# -- other languages: plain words ------------------------------------------------------------------


def test_another_language_matches_whole_words_in_any_case():
    assert matches("Les SOINS palliatifs", "soins palliatifs", "fr")


def test_another_language_is_not_stemmed():
    assert not matches("soins palliatifs", "soin palliatif", "fr")


def test_another_language_matches_whole_words_only():
    assert not matches("Palliativmedizin", "palliativ", "de")


# -- uses_any ------------------------------------------------------------------------------------------


def test_one_matching_form_of_several_is_enough():
    text = tokens("梅奥诊所提供姑息治疗", "zh")
    assert uses_any(text, (tokens("缓和医疗", "zh"), tokens("姑息治疗", "zh")))


def test_no_matching_form_or_no_forms_is_no_use():
    text = tokens("Ofrecemos atención", "es")
    assert not uses_any(text, (tokens("cuidados paliativos", "es"),))
    assert not uses_any(text, ())


# -- where a term occurs (to mark it on a review sheet) -----------------------------------


def marked(text: str, form: str, lang: str) -> list[str]:
    return [text[start:end] for start, end in spans(text, form, lang)]


def test_a_spanish_term_is_found_in_its_inflected_forms():
    text = "Los cuidados paliativos ayudan. El cuidado paliativo también."
    assert marked(text, "cuidados paliativos", "es") == ["cuidados paliativos", "cuidado paliativo"]


def test_an_english_term_is_found_whatever_its_letter_case():
    assert marked("Palliative care is care. PALLIATIVE CARE helps.", "palliative care", "en") == ["Palliative care", "PALLIATIVE CARE"]


def test_an_arabic_term_is_found_with_its_proclitics_and_vowel_marks():
    text = "نقدّم الرعايةَ التلطيفية، وبالرعاية التلطيفية نساعد"
    assert marked(text, "الرعاية التلطيفية", "ar") == ["الرعايةَ التلطيفية", "وبالرعاية التلطيفية"]


def test_a_chinese_term_is_found_across_a_line_break_or_space():
    assert marked("我们提供姑息\n治疗。姑息治疗帮助您。", "姑息治疗", "zh") == ["姑息\n治疗", "姑息治疗"]


def test_no_span_for_a_term_the_text_does_not_use():
    assert spans("Hospice is different.", "palliative care", "en") == []
    assert spans("", "姑息治疗", "zh") == []


def test_spans_agree_with_contains():
    for text, form, lang in [("Equipos de cuidados paliativos", "cuidados paliativos", "es"), ("مايو كلينك", "مايو كلينك", "ar")]:
        assert bool(spans(text, form, lang)) == contains(tokens(text, lang), tokens(form, lang))
