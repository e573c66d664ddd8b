"""Readability scores of one page, per language, against the site's targets.

What is measured, on the readable prose of each page (content/prose.py;
every heading and every list item counts as a sentence of its own):

- English: Flesch-Kincaid grade and Flesch reading ease. Target: grade 8 or
  lower (NIH; grade 6 is better). The check fails above grade 9.
- Spanish: Fernández-Huerta (the check fails below 65) and Szigriszt-Pazos
  with its INFLESZ band.
- Arabic: OSMAN, as textstat computes it. No target.
- Chinese: two plain indicators (chinese.py). No target.

Everything works offline (textstat_offline.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from patient_site.content.source_files import SourceError, read_text
from patient_site.problems import Problem
from patient_site.readability.chinese import chinese_scores
from patient_site.readability.formulas import (
    arabic_counts,
    english_counts,
    fernandez_huerta,
    flesch_kincaid_grade,
    flesch_reading_ease,
    inflesz_band,
    osman,
    spanish_counts,
    szigriszt_pazos,
)
from patient_site.readability.pages import Page
from patient_site.readability.sentences import extract_sentences
from patient_site.readability.textstat_offline import textstat_for

# Targets.
EN_TARGET_GRADE = 8.0  # NIH: patient material at grade 8 or lower ...
EN_IDEAL_GRADE = 6.0  # ... and grade 6 is better.
EN_CHECK_GRADE = 9.0  # `--check` (CI) fails above this grade.
# Fluent text at 65 beats choppy text at 75: the check fails below 65
# (INFLESZ "bastante fácil" starts at 65 on the neighbouring Szigriszt scale).
ES_TARGET_FERNANDEZ_HUERTA = 65.0

CHINESE_NOTE = (
    "No validated readability formula exists for Chinese: the average sentence length in characters and the "
    "share of Han characters outside level 1 (3,500 common-use characters) of the Table of General Standard "
    "Chinese Characters (通用规范汉字表, 2013) are indicators only, with no target."
)
ARABIC_NOTE = (
    "OSMAN as computed by textstat 0.7.13. Its word splitter strips the short-vowel marks before it looks for "
    "them, so it always falls back to counting every character but alef, spaces and . ! ? , as a syllable, and "
    "never finds a complex word: the scores run low. Compare Arabic pages with each other, not with published "
    "OSMAN thresholds. No target."
)

@dataclass
class PageReport:
    page: str
    lang: str
    sentences: int
    words: int  # words; for Chinese, characters (see ChineseScores)
    metrics: dict[str, Any]
    target: str
    status: str  # "pass", "fail" or "n/a" (no target, or no prose)
    summary: str  # the metrics in one line, as the table shows them


def measure(markdown: str, lang: str, page: str = "") -> PageReport:
    """Measure one page's Markdown in language `lang`."""
    sentences = extract_sentences(markdown, lang)
    if lang == "zh":
        return _chinese_report(page, sentences)
    if lang == "en":
        target = f"FK grade ≤ {EN_TARGET_GRADE:g}"
    elif lang == "es":
        target = f"Fernández-Huerta ≥ {ES_TARGET_FERNANDEZ_HUERTA:g}"
    else:
        target = "none"
    words = textstat_for("en_US" if lang == "en" else lang).lexicon_count(" ".join(sentences)) if sentences else 0
    if not words:
        return PageReport(page, lang, len(sentences), 0, {}, target, "n/a", "no prose")
    if lang == "en":
        counts = english_counts(sentences)
        grade = flesch_kincaid_grade(counts)
        ease = flesch_reading_ease(counts)
        metrics: dict[str, Any] = {
            "flesch_kincaid_grade": grade,
            "flesch_reading_ease": ease,
            "syllables": counts.syllables,
        }
        status = "pass" if grade <= EN_TARGET_GRADE else "fail"
        summary = f"FK grade {grade:.1f} · Flesch ease {ease:.1f}"
        return PageReport(page, lang, counts.sentences, counts.words, metrics, target, status, summary)
    if lang == "es":
        counts = spanish_counts(sentences)
        huerta = fernandez_huerta(counts)
        pazos = szigriszt_pazos(counts)
        band = inflesz_band(pazos)
        metrics = {
            "fernandez_huerta": huerta,
            "szigriszt_pazos": pazos,
            "inflesz": band,
            "syllables": counts.syllables,
        }
        status = "pass" if huerta >= ES_TARGET_FERNANDEZ_HUERTA else "fail"
        summary = f"Fernández-Huerta {huerta:.1f} · Szigriszt-Pazos {pazos:.1f} ({band})"
        return PageReport(page, lang, counts.sentences, counts.words, metrics, target, status, summary)
    arabic = arabic_counts(sentences)
    score = osman(arabic)
    metrics = {"osman": score, **{key: value for key, value in asdict(arabic).items() if key != "sentences"}}
    del metrics["words"]
    return PageReport(page, lang, arabic.sentences, arabic.words, metrics, target, "n/a", f"OSMAN {score:.1f}")


def _chinese_report(page: str, sentences: list[str]) -> PageReport:
    scores = chinese_scores(sentences)
    if not scores.characters:
        return PageReport(page, "zh", len(sentences), 0, {}, "none", "n/a", "no prose")
    metrics = {
        "average_sentence_length": scores.average_sentence_length,
        "han_characters": scores.han,
        "outside_level1": scores.outside_level1,
        "outside_level1_share": scores.outside_share,
        "outside_level1_characters": scores.outside_characters,
    }
    summary = (
        f"{scores.average_sentence_length:.1f} chars/sentence · outside level 1: "
        f"{scores.outside_share:.1%} ({scores.outside_level1} of {scores.han})"
    )
    return PageReport(page, "zh", scores.sentences, scores.characters, metrics, "none", "n/a", summary)


def _display(path: Path) -> str:
    """A file as the author names it: relative to where the command runs."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def measure_pages(pages: Iterable[Page], problems: list[Problem] | None = None) -> list[PageReport]:
    """Reports of the pages that can be read; a page that cannot (not UTF-8)
    is a problem in `problems` instead."""
    reports = []
    for page in pages:
        try:
            text = read_text(page.path, _display(page.path))
        except SourceError as error:
            if problems is not None:
                problems.append(error.problem)
            continue
        reports.append(measure(text, page.lang, page.name))
    return reports


def check_failures(reports: Iterable[PageReport], limit: float = EN_CHECK_GRADE) -> list[PageReport]:
    """English pages above grade `limit` and Spanish pages below the
    Fernández-Huerta target (what `--check` fails on)."""
    return [
        report
        for report in reports
        if report.metrics
        and (
            (report.lang == "en" and report.metrics["flesch_kincaid_grade"] > limit)
            or (report.lang == "es" and report.metrics["fernandez_huerta"] < ES_TARGET_FERNANDEZ_HUERTA)
        )
    ]
