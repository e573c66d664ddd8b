"""The sentences of a page: only readable prose (no front matter, code,
directives, citations or link targets), every heading and list item a
sentence, and sentence ends as each language writes them."""

from __future__ import annotations

import textwrap
from pathlib import Path

from patient_site.readability.sentences import extract_sentences, split_sentences

FIXTURES = Path(__file__).resolve().parent / "fixtures"


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


def test_a_block_without_a_period_is_one_sentence() -> None:
    assert split_sentences("Your care team", "en") == ["Your care team"]


def test_a_closing_quote_stays_with_its_sentence() -> None:
    assert split_sentences('They say "Call us." Then come in.', "en") == ['They say "Call us."', "Then come in."]


def test_a_spanish_abbreviation_with_inner_periods_does_not_end_a_sentence() -> None:
    assert split_sentences("Vive en EE.UU. desde 2010. Ahora no.", "es") == ["Vive en EE.UU. desde 2010.", "Ahora no."]


def test_a_piece_without_a_word_is_not_a_sentence() -> None:
    assert split_sentences("Yes. — ", "en") == ["Yes."]


def test_chinese_sentences_need_no_space_after_their_end() -> None:
    assert split_sentences("您好。请坐！", "zh") == ["您好。", "请坐！"]
