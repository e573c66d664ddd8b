"""One page's readability scores against the site's targets, per language,
and which pages `--check` fails on."""

from __future__ import annotations

from pathlib import Path

import pytest

from patient_site.readability import report, scores
from patient_site.readability.pages import Page, find_pages
from patient_site.readability.scores import PageReport, check_failures, measure, measure_pages
from tests.readability.texts import ENGLISH
from tests.support.site_pages import LANGUAGES

PROJECT_DIR = Path(__file__).resolve().parents[2]


def test_every_real_page_gets_scores() -> None:
    """The real docs/: every page but the references gets a row (whether it
    meets its target is the writers' job, not this test's)."""
    pages = find_pages([PROJECT_DIR / "docs"], PROJECT_DIR / "docs", LANGUAGES)
    reports = scores.measure_pages(pages)
    english = [report for report in reports if report.lang == "en"]
    assert english and {report.lang for report in reports} <= set(LANGUAGES)
    assert not any(Path(report.page).name.startswith("references") for report in reports)
    assert all(isinstance(report.metrics["flesch_kincaid_grade"], float) for report in english if report.words)
    table = report.format_table(reports)
    assert all(report.page in table for report in reports)
    assert "No validated readability formula exists for Chinese" in table


# Seven long words in one sentence: far above grade 9 and far below
# Fernández-Huerta 65 whatever the exact syllable counts.
HARD_ENGLISH = "Interdisciplinary palliative consultation facilitates comprehensive symptom management."
HARD_SPANISH = "La implementación interdisciplinaria de intervenciones terapéuticas multidimensionales."


def report_of(lang: str, **metrics: float) -> PageReport:
    return PageReport(f"page.{lang}.md", lang, 1, 10, dict(metrics), "", "", "")


# --- measure -----------------------------------------------------------------


def test_an_easy_english_page_passes_with_its_grade_and_ease() -> None:
    # The hand counts of tests/readability/texts.py: grade 3.755, ease 82.39.
    result = measure(ENGLISH, "en", "page.md")
    assert (result.page, result.lang, result.sentences, result.words) == ("page.md", "en", 2, 16)
    assert result.metrics["flesch_kincaid_grade"] == pytest.approx(3.755)
    assert result.metrics["flesch_reading_ease"] == pytest.approx(82.39)
    assert result.metrics["syllables"] == 22
    assert (result.target, result.status) == ("FK grade ≤ 8", "pass")
    assert result.summary == "FK grade 3.8 · Flesch ease 82.4"


def test_a_hard_english_page_fails_its_target() -> None:
    result = measure(HARD_ENGLISH, "en")
    assert result.status == "fail"
    assert result.metrics["flesch_kincaid_grade"] > scores.EN_CHECK_GRADE


def test_an_easy_spanish_page_passes_with_both_scores_and_its_band() -> None:
    # Hand counts in test_formulas.py: Fernández-Huerta 81.74, Szigriszt-Pazos 77.235.
    result = measure("La familia ayuda al paciente. El equipo habla con usted.", "es")
    assert (result.target, result.status) == ("Fernández-Huerta ≥ 65", "pass")
    assert result.metrics["inflesz"] == "Bastante fácil"
    assert result.summary == "Fernández-Huerta 81.7 · Szigriszt-Pazos 77.2 (Bastante fácil)"


def test_a_hard_spanish_page_fails_its_target() -> None:
    result = measure(HARD_SPANISH, "es")
    assert result.status == "fail"
    assert result.metrics["fernandez_huerta"] < scores.ES_TARGET_FERNANDEZ_HUERTA


def test_an_arabic_page_gets_its_osman_score_and_no_target() -> None:
    # OSMAN 133.263... by hand (test_formulas.py).
    result = measure("كتب عمر درسه.", "ar")
    assert (result.target, result.status, result.summary) == ("none", "n/a", "OSMAN 133.3")
    assert set(result.metrics) == {"osman", "syllables", "complex_words", "long_words", "faseeh"}


def test_a_chinese_page_gets_its_indicators_and_no_target() -> None:
    # 13 Han characters in 2 sentences; 茨 is outside level 1 (test_chinese.py).
    result = measure("医生会帮助您。斯科茨代尔很远！", "zh")
    assert (result.words, result.target, result.status) == (13, "none", "n/a")
    assert result.summary == "6.5 chars/sentence · outside level 1: 7.7% (1 of 13)"


@pytest.mark.parametrize(("lang", "target"), [("en", "FK grade ≤ 8"), ("es", "Fernández-Huerta ≥ 65"), ("ar", "none"), ("zh", "none")])
def test_a_page_without_prose_is_not_scored(lang: str, target: str) -> None:
    assert measure("---\ndescription: Only front matter.\n---\n", lang, "empty.md") == PageReport(
        "empty.md", lang, 0, 0, {}, target, "n/a", "no prose"
    )


def test_pages_are_measured_from_their_files_under_their_names(tmp_path: Path) -> None:
    (tmp_path / "page.md").write_text(ENGLISH, encoding="utf-8")
    (result,) = measure_pages([Page(tmp_path / "page.md", "services/page.md", "en")])
    assert (result.page, result.words) == ("services/page.md", 16)


# --- check_failures -------------------------------------------------------------


def test_the_check_fails_an_english_page_above_grade_9_only() -> None:
    above, at = report_of("en", flesch_kincaid_grade=9.1), report_of("en", flesch_kincaid_grade=9.0)
    assert check_failures([above, at]) == [above]


def test_the_check_fails_a_spanish_page_below_fernandez_huerta_65_only() -> None:
    below, at = report_of("es", fernandez_huerta=64.9), report_of("es", fernandez_huerta=65.0)
    assert check_failures([below, at]) == [below]


def test_the_check_can_be_given_another_grade_limit() -> None:
    grade_8_5 = report_of("en", flesch_kincaid_grade=8.5)
    assert check_failures([grade_8_5], limit=8.0) == [grade_8_5]


def test_the_check_ignores_pages_without_prose_and_languages_without_a_target() -> None:
    no_prose = PageReport("empty.md", "en", 0, 0, {}, "", "n/a", "no prose")
    assert check_failures([no_prose, report_of("ar", osman=10.0), report_of("zh", average_sentence_length=90.0)]) == []
