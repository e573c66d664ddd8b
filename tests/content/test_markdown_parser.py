"""markdown-it-py as the pages are written: where each inline token's
markup is in its content, and `{ #id }` after a heading read as its id."""

from __future__ import annotations

import pytest

from patient_site.content.markdown_parser import parse_markdown


def inline(text: str):  # type: ignore[no-untyped-def]
    return next(token for token in parse_markdown(text) if token.type == "inline")


def spans(text: str) -> list[tuple[str, str]]:
    """(token type, the markup its span covers) of each positioned token."""
    token = inline(text)
    return [
        (child.type, token.content[child.meta["span"][0] : child.meta["span"][1]])
        for child in token.children
        if "span" in child.meta and child.type != "text"
    ]


def test_a_link_is_its_opening_bracket_and_what_closes_it():
    assert spans('See [the *clinics*](clinics.md "Clinics") now.') == [
        ("link_open", "["),
        ("em_open", "*"),
        ("em_close", "*"),
        ("link_close", '](clinics.md "Clinics")'),
    ]


def test_strong_emphasis_spans_both_delimiter_characters():
    assert spans("a **b** and __c__ and ***d***") == [
        ("strong_open", "**"),
        ("strong_close", "**"),
        ("strong_open", "__"),
        ("strong_close", "__"),
        ("em_open", "*"),
        ("strong_open", "**"),
        ("strong_close", "**"),
        ("em_close", "*"),
    ]


def test_an_image_spans_all_of_it_and_knows_where_its_alt_text_is():
    token = inline("A ![team *photo*](team.png) here")
    image = next(child for child in token.children if child.type == "image")
    start, end = image.meta["span"]
    alt_start, alt_end = image.meta["alt"]
    assert (token.content[start:end], token.content[alt_start:alt_end]) == ("![team *photo*](team.png)", "team *photo*")


def test_code_html_autolinks_and_hard_breaks_are_positioned():
    assert spans('`a b` <span lang="en">w</span> <https://example.org>\\\nnext') == [
        ("code_inline", "`a b`"),
        ("html_inline", '<span lang="en">'),
        ("html_inline", "</span>"),
        ("link_open", "<https://example.org>"),
        ("link_close", "<https://example.org>"),
        ("hardbreak", "\\\n"),
    ]


@pytest.mark.parametrize(("line", "identifier"), [("# Care { #care }", "care"), ("## Care {: #care .wide }", "care"), ("# Care {#care}", "care")])
def test_a_heading_s_attribute_list_is_its_id_and_leaves_its_text(line, identifier):
    tokens = parse_markdown(line)
    assert tokens[0].attrs["id"] == identifier
    assert tokens[1].content == "Care"
    start, end = tokens[1].meta["attributes"]
    assert tokens[1].meta["full_content"][start:end] == line[line.index(" {") if " {" in line else line.index("{") :]


def test_braces_that_are_not_an_attribute_list_stay_in_the_heading():
    tokens = parse_markdown("# Sets {a, b}")
    assert (tokens[0].attrs, tokens[1].content) == ({}, "Sets {a, b}")
