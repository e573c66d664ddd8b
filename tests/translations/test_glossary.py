"""The glossary check understands the languages it checks: a term is
reported missing only when no accepted form of it is in the section, however
the language inflects or attaches it."""

from __future__ import annotations

from pathlib import Path

import pytest

from patient_site.content.structure import parse_structure
from patient_site.problems import ProblemsFound
from patient_site.translations.glossary import (
    Entry,
    Glossary,
    LanguageGlossary,
    check_glossary,
    load_glossary,
    terms_in,
)
from patient_site.translations.term_matching import contains, tokens
from tests.support.project import PROJECT_DIR

GLOSSARY = """\
terms:
  palliative care:
    use: [{palliative}]
    source: proposed — reviewer to confirm
  board-certified:
    use: [{certified}]
  care plan:
    use: [{plan}]
names:
  Mayo Clinic:
    use: [{mayo}]
"""
FORMS = {
    "es": {"palliative": "cuidados paliativos", "certified": "certificado", "plan": "plan de atención", "mayo": "Mayo Clinic"},
    "ar": {"palliative": "الرعاية التلطيفية", "certified": "معتمد", "plan": "خطة رعاية", "mayo": "مايو كلينك"},
    "zh": {"palliative": "缓和医疗", "certified": "专科认证", "plan": "治疗计划", "mayo": "梅奥诊所"},
}


def glossary_for(tmp_path: Path, lang: str, accept_extra: str = "") -> Glossary:
    folder = tmp_path / "glossary"
    folder.mkdir(exist_ok=True)
    text = GLOSSARY.format(**FORMS[lang])
    if accept_extra:
        text = text.replace(f"[{FORMS[lang]['palliative']}]", f"[{FORMS[lang]['palliative']}, {accept_extra}]")
    (folder / f"{lang}.yml").write_text(text, encoding="utf-8")
    return load_glossary(folder)


def problems(tmp_path: Path, lang: str, english: str, translation: str, accept_extra: str = "") -> list[str]:
    glossary = glossary_for(tmp_path, lang, accept_extra)
    found = check_glossary(parse_structure(english), parse_structure(translation), lang, f"docs/page.{lang}.md", glossary)
    return [str(problem) for problem in found]


ENGLISH = "## Care { #care }\n\nMayo Clinic offers palliative care.\n"


# -- Spanish: gender and number, by the Snowball stemmer ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Los especialistas están certificados.",
        "Las doctoras están certificadas.",
        "La especialista está certificada.",
    ],
)
def test_spanish_inflected_forms_match_their_glossary_form(tmp_path, text):
    english = "## Team { #team }\n\nOur doctors are board-certified.\n"
    assert problems(tmp_path, "es", english, f"## Equipo {{ #team }}\n\n{text}\n") == []


def test_spanish_plural_of_a_multiword_term_matches(tmp_path):
    english = "## Plans { #plans }\n\nThey make a care plan.\n"
    assert problems(tmp_path, "es", english, "## Planes { #plans }\n\nHacen planes de atención.\n") == []


def test_spanish_without_accents_and_in_capitals_still_matches(tmp_path):
    assert problems(tmp_path, "es", ENGLISH, "## Atención { #care }\n\nMayo Clinic ofrece CUIDADOS PALIATIVOS.\n") == []


def test_a_spanish_section_without_the_term_is_reported_once_with_its_line(tmp_path):
    found = problems(tmp_path, "es", ENGLISH, "\n## Atención { #care }\n\nMayo Clinic ofrece atención paliativa.\n")
    assert found == [
        "docs/page.es.md:2: glossary: 'palliative care' in section '#care': use 'cuidados paliativos' (translations/glossary/es.yml)"
    ]


# -- Arabic: conjunctions, prepositions and the article attached ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "تقدم مايو كلينك الرعاية التلطيفية.",  # as in the glossary
        "تقدم مايو كلينك رعاية تلطيفية.",  # without the article
        "اهتمت مايو كلينك بالرعاية التلطيفية.",  # ب + ال
        "وبالرعاية التلطيفية تهتم مايو كلينك.",  # و + ب + ال
        "تتطلع مايو كلينك للرعاية التلطيفية.",  # لل (ل + ال)
        "مايو كلينك والرعاية التلطيفية.",  # و + ال
    ],
)
def test_arabic_proclitics_and_article_match_the_glossary_form(tmp_path, text):
    assert problems(tmp_path, "ar", ENGLISH, f"## الرعاية {{ #care }}\n\n{text}\n") == []


def test_arabic_diacritics_and_hamza_forms_do_not_hide_a_term(tmp_path):
    text = "تُقدِّم مايو كلينك الرِّعاية التَّلطيفية."
    assert problems(tmp_path, "ar", ENGLISH, f"## الرعاية {{ #care }}\n\n{text}\n") == []


def test_an_arabic_section_with_another_word_is_reported(tmp_path):
    found = problems(tmp_path, "ar", ENGLISH, "## الرعاية { #care }\n\nتقدم مايو كلينك رعاية داعمة.\n")
    assert found == [
        "docs/page.ar.md:1: glossary: 'palliative care' in section '#care': use 'الرعاية التلطيفية' (translations/glossary/ar.yml)"
    ]


# -- Chinese: no word boundaries ------------------------------------------------------------


def test_chinese_term_inside_a_sentence_matches(tmp_path):
    assert problems(tmp_path, "zh", ENGLISH, "## 照护 { #care }\n\n梅奥诊所提供缓和医疗服务。\n") == []


def test_chinese_term_broken_by_a_line_wrap_still_matches(tmp_path):
    assert problems(tmp_path, "zh", ENGLISH, "## 照护 { #care }\n\n梅奥诊所提供缓和\n医疗服务。\n") == []


def test_an_accepted_variant_listed_in_the_glossary_is_enough(tmp_path):
    text = "## 照护 { #care }\n\n梅奥诊所提供姑息治疗。\n"
    assert problems(tmp_path, "zh", ENGLISH, text) != []
    assert problems(tmp_path, "zh", ENGLISH, text, accept_extra="姑息治疗") == []


# -- what forced repetition before ------------------------------------------------------------


def test_one_use_of_the_term_per_section_is_enough_whatever_the_english_repeats(tmp_path):
    english = "## Care { #care }\n\nMayo Clinic offers palliative care. Palliative care helps. Ask about palliative care.\n"
    translation = "## Atención { #care }\n\nMayo Clinic ofrece cuidados paliativos. Le ayudan. Pregunte por ellos.\n"
    assert problems(tmp_path, "es", english, translation) == []


def test_an_english_plural_or_hyphen_variant_still_counts_as_the_term(tmp_path):
    english = "## Team { #team }\n\nThey are board certified specialists.\n"
    found = problems(tmp_path, "es", english, "## Equipo { #team }\n\nSon especialistas.\n")
    assert [p.split(": ", 2)[2].split(":")[0] for p in found] == ["'board-certified' in section '#team'"]


def test_a_name_the_reader_knows_replaces_the_latin_name(tmp_path):
    assert problems(tmp_path, "zh", ENGLISH, "## 照护 { #care }\n\n梅奥诊所提供缓和医疗。\n") == []
    found = problems(tmp_path, "zh", ENGLISH, "## 照护 { #care }\n\n该医院提供缓和医疗。\n")
    assert found == [
        "docs/page.zh.md:1: glossary: 'Mayo Clinic' in section '#care': use '梅奥诊所' (translations/glossary/zh.yml)"
    ]


# -- the matcher itself -------------------------------------------------------------------------


def test_forms_must_be_consecutive():
    assert contains(tokens("a plan for your care", "en"), tokens("care plan", "en")) is False
    assert contains(tokens("your care plans", "en"), tokens("care plan", "en")) is True


def test_an_empty_form_matches_nothing():
    assert contains(tokens("anything", "en"), tokens("", "en")) is False
    assert contains(tokens("任何", "zh"), tokens("", "zh")) is False


# -- the files ----------------------------------------------------------------------------------


def test_names_of_every_language_are_english_names(tmp_path):
    glossary = glossary_for(tmp_path, "zh")
    assert glossary.names() == ("Mayo Clinic",)


def test_a_name_a_language_writes_as_its_own_word_is_not_english_in_that_language(tmp_path):
    folder = tmp_path / "glossary"
    folder.mkdir()
    (folder / "es.yml").write_text(
        "names:\n  Florida:\n    use: [Florida]\n    native: true\n  Rochester:\n    use: [Rochester]\n", encoding="utf-8"
    )
    (folder / "ar.yml").write_text("names:\n  Florida:\n    use: [فلوريدا]\n", encoding="utf-8")
    glossary = load_glossary(folder)
    assert glossary.names("es") == ("Rochester",)
    assert glossary.names("ar") == ("Florida", "Rochester")


def test_native_that_is_not_true_or_false_is_reported_with_its_line(tmp_path):
    folder = tmp_path / "glossary"
    folder.mkdir()
    (folder / "es.yml").write_text("names:\n  Florida:\n    use: [Florida]\n    native: sí\n", encoding="utf-8")
    with pytest.raises(ProblemsFound) as error:
        load_glossary(folder)
    assert [str(p) for p in error.value.problems] == ["translations/glossary/es.yml:2: name 'Florida': 'native' must be true or false"]


def test_a_term_without_forms_is_reported_with_its_line(tmp_path):
    folder = tmp_path / "glossary"
    folder.mkdir()
    (folder / "es.yml").write_text("terms:\n  palliative care:\n    use: []\n", encoding="utf-8")
    with pytest.raises(ProblemsFound) as error:
        load_glossary(folder)
    assert str(error.value) == "translations/glossary/es.yml:2: term 'palliative care' needs 'use: [form, …]' with at least one form"


def test_broken_yaml_is_reported_with_its_line(tmp_path):
    folder = tmp_path / "glossary"
    folder.mkdir()
    (folder / "ar.yml").write_text("terms:\n  palliative care:\n    use: [a, b\n", encoding="utf-8")
    with pytest.raises(ProblemsFound) as error:
        load_glossary(folder)
    assert str(error.value) == "translations/glossary/ar.yml:3: the '[' opened on this line is never closed — add the closing ']'"


def test_the_real_glossary_loads_and_every_entry_has_a_source():
    glossary = load_glossary(PROJECT_DIR / "translations" / "glossary")
    assert set(glossary.languages) >= {"es", "ar", "zh"}
    for language in glossary.languages.values():
        for entry in language.entries:
            assert entry.source.strip(), f"{language.path}: '{entry.english}' has no source"


def test_the_terms_an_english_text_uses_in_the_glossary_s_order():
    language = LanguageGlossary("es", "translations/glossary/es.yml", (Entry("palliative care", ("cuidados paliativos",)), Entry("Mayo Clinic", ("Mayo Clinic",), kind="name"), Entry("hospice", ("hospicio",))))
    assert [e.english for e in terms_in("Mayo Clinic offers Palliative Care.", language)] == ["palliative care", "Mayo Clinic"]
    assert terms_in("Anything.", None) == ()
