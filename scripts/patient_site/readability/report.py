"""The readability report: a Markdown table with notes, or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from patient_site.readability.scores import (
    ARABIC_NOTE,
    CHINESE_NOTE,
    EN_CHECK_GRADE,
    EN_IDEAL_GRADE,
    EN_TARGET_GRADE,
    ES_TARGET_FERNANDEZ_HUERTA,
    PageReport,
)


def format_table(reports: Sequence[PageReport]) -> str:
    """A Markdown table of the reports, with notes below it."""
    header = ("Page", "Lang", "Sentences", "Words", "Metrics", "Target", "Result")
    rows = []
    for report in reports:
        result = report.status
        if report.lang == "en" and report.metrics:
            grade = report.metrics["flesch_kincaid_grade"]
            if grade > EN_CHECK_GRADE:
                result = f"FAIL (> {EN_CHECK_GRADE:g}: CI fails)"
            elif grade > EN_TARGET_GRADE:
                result = "fail"
            elif grade <= EN_IDEAL_GRADE:
                result = f"pass (≤ {EN_IDEAL_GRADE:g})"
        elif report.status == "fail":
            result = "fail"
        words = f"{report.words} chars" if report.lang == "zh" else str(report.words)
        rows.append((report.page, report.lang, str(report.sentences), words, report.summary, report.target, result))
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)) + " |"

    out = [line(header), "|" + "|".join("-" * (width + 2) for width in widths) + "|"]
    out += [line(row) for row in rows]
    out += ["", *_notes(reports)]
    return "\n".join(out)


def _notes(reports: Sequence[PageReport]) -> list[str]:
    notes = [
        f"English target: Flesch-Kincaid grade ≤ {EN_TARGET_GRADE:g} (NIH; ≤ {EN_IDEAL_GRADE:g} is better); "
        f"`--check` fails above grade {EN_CHECK_GRADE:g}.",
        f"Spanish target: Fernández-Huerta ≥ {ES_TARGET_FERNANDEZ_HUERTA:g}; INFLESZ band from Szigriszt-Pazos "
        "(Muy difícil < 40, Algo difícil 40-55, Normal 55-65, Bastante fácil 65-80, Muy fácil > 80).",
        "Headings and list items count as sentences.",
    ]
    if any(report.lang == "ar" for report in reports):
        notes.append(f"Arabic: {ARABIC_NOTE}")
    if any(report.lang == "zh" for report in reports):
        notes.append(f"Chinese: {CHINESE_NOTE}")
        for report in reports:
            outside = report.metrics.get("outside_level1_characters") if report.lang == "zh" else None
            if outside:
                listed = " ".join(f"{char}×{count}" if count > 1 else char for char, count in outside.items())
                notes.append(f"  {report.page}: outside level 1: {listed}")
    return notes


def _rounded(value: Any) -> Any:
    """Scores to 4 decimals for JSON (the table shows 1)."""
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    return value


def to_json(reports: Sequence[PageReport]) -> str:
    return json.dumps(
        {
            "targets": {
                "en": {
                    "flesch_kincaid_grade_max": EN_TARGET_GRADE,
                    "ideal": EN_IDEAL_GRADE,
                    "check_fails_above": EN_CHECK_GRADE,
                },
                "es": {"fernandez_huerta_min": ES_TARGET_FERNANDEZ_HUERTA},
                "ar": None,
                "zh": None,
            },
            "notes": {"ar": ARABIC_NOTE, "zh": CHINESE_NOTE},
            "pages": [_rounded(asdict(report)) for report in reports],
        },
        ensure_ascii=False,
        indent=2,
    )
