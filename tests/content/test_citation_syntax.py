"""Citations `[@key]` and `[@a; @b]` found in prose, never in code,
comments, URLs or e-mail addresses, each with its line."""

from __future__ import annotations

import pytest

from patient_site.content.citation_syntax import find_citations


def keys(markdown: str) -> list[tuple[str, ...]]:
    return [citation.keys for citation in find_citations(markdown)]


def test_a_single_citation_is_found_with_its_span_and_line():
    text = "Palliative care helps [@kelley2015]."
    (citation,) = find_citations(text)
    assert citation.keys == ("kelley2015",)
    assert text[citation.start : citation.end] == "[@kelley2015]"
    assert citation.line == 1


def test_a_citation_of_several_keys_keeps_them_in_order():
    assert keys("Text [@kelley2015; @capc2015;@smith2020].") == [("kelley2015", "capc2015", "smith2020")]


@pytest.mark.parametrize("key", ["smith:2015", "doe.2020-a", "who/2019", "nhs_uk", "a+b", "x#1"])
def test_keys_may_hold_internal_punctuation(key):
    assert keys(f"Text [@{key}].") == [(key,)]


def test_every_citation_of_a_text_is_found():
    assert keys("[@a] then [@b] and [@c; @d]") == [("a",), ("b",), ("c", "d")]


@pytest.mark.parametrize(
    "text",
    [
        "Write `[@kelley2015]` to cite.",
        "```\n[@kelley2015]\n```\n",
        "~~~\n[@kelley2015]\n~~~\n",
        "<!-- [@kelley2015] -->",
        "<!--\n[@kelley2015]\n-->",
    ],
)
def test_a_citation_in_code_or_a_comment_is_not_a_citation(text):
    assert keys(text) == []


@pytest.mark.parametrize(
    "text", ["See https://example.org/wiki/[@kelley2015] now.", "See <https://example.org/[@kelley2015]>."]
)
def test_a_citation_inside_a_url_is_not_a_citation(text):
    assert keys(text) == []


def test_an_email_address_is_not_a_citation_and_hides_none():
    assert keys("Write to care@example.org or <team@example.org> [@kelley2015].") == [("kelley2015",)]


@pytest.mark.parametrize(
    "text",
    [
        "\\[@kelley2015]",
        "![@kelley2015]",
        "[@kelley2015](page.md)",
        "[@kelley2015][ref]",
        "[@kelley2015]: a definition",
    ],
)
def test_escaped_images_links_and_definitions_are_not_citations(text):
    assert keys(text) == []


def test_a_text_without_citations_has_none():
    assert find_citations("No sources here.") == []


def test_citations_have_their_lines():
    assert [c.line for c in find_citations("One.\nTwo [@a].\n\nFour [@b].")] == [2, 4]


def test_lines_count_the_lines_of_masked_code():
    assert [c.line for c in find_citations("```\n[@no]\n```\n<!--\n-->\n[@yes]")] == [6]
