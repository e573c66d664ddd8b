"""The readability report: a Markdown table with the result against each
language's target and notes below it, or JSON with the targets and notes."""

from __future__ import annotations

import json

from patient_site.readability.report import format_table, to_json
from patient_site.readability.scores import ARABIC_NOTE, CHINESE_NOTE, PageReport


def english(grade: float, page: str = "page.md") -> PageReport:
    return PageReport(page, "en", 3, 30, {"flesch_kincaid_grade": grade}, "FK grade ≤ 8", "pass" if grade <= 8 else "fail", f"FK grade {grade}")


def result_of(report: PageReport) -> str:
    """The Result cell of the report's row."""
    row = format_table([report]).splitlines()[2]
    return row.strip("| ").split(" | ")[-1].strip()


def test_an_english_page_at_grade_6_or_lower_passes_the_ideal():
    assert result_of(english(6.0)) == "pass (≤ 6)"


def test_an_english_page_above_grade_6_up_to_8_passes():
    assert result_of(english(7.5)) == "pass"


def test_an_english_page_above_grade_8_fails_the_target():
    assert result_of(english(8.5)) == "fail"


def test_an_english_page_above_grade_9_fails_the_ci_check():
    assert result_of(english(9.5)) == "FAIL (> 9: CI fails)"


def test_a_spanish_page_shows_its_status():
    spanish = PageReport("page.es.md", "es", 2, 20, {"fernandez_huerta": 60.0}, "Fernández-Huerta ≥ 65", "fail", "FH 60.0")
    assert result_of(spanish) == "fail"


def test_a_page_without_prose_shows_not_applicable():
    assert result_of(PageReport("empty.md", "en", 0, 0, {}, "FK grade ≤ 8", "n/a", "no prose")) == "n/a"


def test_a_row_shows_the_pages_name_language_counts_summary_and_target():
    row = format_table([english(7.5, "services/hospital.md")]).splitlines()[2]
    assert [cell.strip() for cell in row.strip("|").split("|")] == [
        "services/hospital.md", "en", "3", "30", "FK grade 7.5", "FK grade ≤ 8", "pass",
    ]


def test_a_chinese_pages_size_is_given_in_characters():
    chinese = PageReport("page.zh.md", "zh", 2, 13, {}, "none", "n/a", "6.5 chars/sentence")
    row = format_table([chinese]).splitlines()[2]
    assert [cell.strip() for cell in row.strip("|").split("|")][3] == "13 chars"


def test_the_table_has_a_header_and_aligned_columns():
    lines = format_table([english(3.8, "a.md"), english(12.25, "services/a-much-longer-name.md")]).splitlines()
    table = lines[: lines.index("")]
    assert table[0].split("|")[1].strip() == "Page"
    assert set(table[1]) == {"|", "-"}
    assert len({len(line) for line in table}) == 1
    assert len(table) == 4


def test_the_notes_give_the_english_and_spanish_targets_always():
    notes = format_table([english(5.0)]).split("\n\n", 1)[1]
    assert notes.splitlines() == [
        "English target: Flesch-Kincaid grade ≤ 8 (NIH; ≤ 6 is better); `--check` fails above grade 9.",
        "Spanish target: Fernández-Huerta ≥ 65; INFLESZ band from Szigriszt-Pazos (Muy difícil < 40, Algo difícil 40-55, "
        "Normal 55-65, Bastante fácil 65-80, Muy fácil > 80).",
        "Headings and list items count as sentences.",
    ]


def test_an_arabic_page_adds_the_note_on_osman():
    arabic = PageReport("page.ar.md", "ar", 1, 3, {"osman": 133.3}, "none", "n/a", "OSMAN 133.3")
    assert f"Arabic: {ARABIC_NOTE}" in format_table([arabic]).splitlines()


def test_a_chinese_page_adds_the_note_and_its_characters_outside_level1():
    chinese = PageReport(
        "page.zh.md", "zh", 2, 13, {"outside_level1_characters": {"医": 2, "茨": 1}}, "none", "n/a", "…"
    )
    notes = format_table([chinese]).splitlines()
    assert f"Chinese: {CHINESE_NOTE}" in notes
    assert "  page.zh.md: outside level 1: 医×2 茨" in notes


def test_the_json_report_gives_the_targets_and_the_notes():
    data = json.loads(to_json([]))
    assert data["targets"] == {
        "en": {"flesch_kincaid_grade_max": 8.0, "ideal": 6.0, "check_fails_above": 9.0},
        "es": {"fernandez_huerta_min": 65.0},
        "ar": None,
        "zh": None,
    }
    assert data["notes"] == {"ar": ARABIC_NOTE, "zh": CHINESE_NOTE}
    assert data["pages"] == []


def test_the_json_report_gives_each_page_with_scores_to_four_decimals():
    report = PageReport(
        "page.zh.md", "zh", 2, 13,
        {"average_sentence_length": 6.523456, "outside_level1_characters": {"茨": 1}, "share": {"x": 0.076923}},
        "none", "n/a", "6.5 chars/sentence",
    )
    (page,) = json.loads(to_json([report]))["pages"]
    assert page == {
        "page": "page.zh.md",
        "lang": "zh",
        "sentences": 2,
        "words": 13,
        "metrics": {"average_sentence_length": 6.5235, "outside_level1_characters": {"茨": 1}, "share": {"x": 0.0769}},
        "target": "none",
        "status": "n/a",
        "summary": "6.5 chars/sentence",
    }


def test_the_json_report_keeps_the_text_as_written():
    text = to_json([PageReport("page.es.md", "es", 1, 1, {"inflesz": "Bastante fácil"}, "Fernández-Huerta ≥ 65", "pass", "")])
    assert "Bastante fácil" in text and "通用规范汉字表" in text
