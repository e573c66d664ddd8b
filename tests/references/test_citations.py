"""Pandoc-style citations in Markdown: what counts as a citation, how it is
numbered, and the superscript links and reference list it becomes."""

from __future__ import annotations

import re

import pytest

from patient_site.content.citation_syntax import Citation, find_citations
from patient_site.references.citations import (
    CitationText,
    anchor,
    number_citations,
    render_bibliography,
    render_citations,
)

ENGLISH = CitationText("References", "Back to text", "Reference {n}")
SPANISH = CitationText("Fuentes", "Volver al texto", "Fuente {n}")


def keys(markdown: str) -> list[tuple[str, ...]]:
    return [citation.keys for citation in find_citations(markdown)]


def render(markdown: str, text: CitationText = ENGLISH) -> str:
    return render_citations(markdown, find_citations(markdown), lambda key: f"<cite>{key}</cite>", text)


def body_and_references(html: str) -> tuple[str, str]:
    body, _, references = html.partition("\n\n## ")
    return body, references


# -- what is a citation ----------------------------------------------------------------


def test_a_single_key_is_a_citation():
    assert keys("Palliative care helps [@kelley2015seriously].") == [("kelley2015seriously",)]


def test_several_keys_separated_by_semicolons_are_one_citation():
    assert keys("Teams help [@kamal2011; @kelley2015; @gosh2015].") == [("kamal2011", "kelley2015", "gosh2015")]


@pytest.mark.parametrize("written", ["[@a;@b]", "[@a ; @b]", "[@a;\n@b]"])
def test_spacing_around_the_semicolon_does_not_matter(written: str):
    assert keys(f"See {written}.") == [("a", "b")]


def test_keys_may_hold_internal_punctuation():
    assert keys("See [@who:2020/report-v2.1].") == [("who:2020/report-v2.1",)]


def test_chinese_text_directly_before_a_citation_is_allowed():
    assert keys("姑息治疗可以帮助患者[@kelley2015seriously]。") == [("kelley2015seriously",)]


def test_arabic_text_directly_before_a_citation_is_allowed():
    assert keys("الرعاية التلطيفية[@kelley2015seriously].") == [("kelley2015seriously",)]


def test_a_citation_inside_a_backtick_fence_is_not_a_citation():
    assert keys("```\nSee [@a].\n```\nSee [@b].") == [("b",)]


def test_a_citation_inside_a_tilde_fence_is_not_a_citation():
    assert keys("~~~markdown\nSee [@a].\n~~~\nSee [@b].") == [("b",)]


def test_a_fence_closes_only_with_a_fence_of_the_same_kind():
    assert keys("```\n~~~\n[@a]\n```\n[@b]") == [("b",)]


def test_a_citation_in_inline_code_is_not_a_citation():
    assert keys("Write `[@key]` to cite, as here [@b].") == [("b",)]


def test_a_citation_in_double_backtick_code_is_not_a_citation():
    assert keys("Write ``[@key] and `ticks` `` to cite [@b].") == [("b",)]


@pytest.mark.parametrize(
    "url",
    ["https://example.org/[@a]", "http://example.org/x?[@a]", "<https://example.org/[@a]>", "www.example.org/[@a]"],
)
def test_a_citation_inside_a_url_is_not_a_citation(url: str):
    assert keys(f"Visit {url} and see [@b].") == [("b",)]


def test_an_email_address_in_brackets_is_not_a_citation():
    assert keys("Write to [mail@example.org] or see [@b].") == [("b",)]


def test_a_bare_email_address_is_not_a_citation():
    assert keys("Write to name@host.com, see [@b].") == [("b",)]


def test_an_email_address_in_angle_brackets_is_not_a_citation():
    assert keys("Write to <care@example.org> [@b].") == [("b",)]


def test_an_escaped_bracket_is_not_a_citation():
    assert keys(r"Type \[@key] to cite; see [@b].") == [("b",)]


def test_a_link_whose_text_looks_like_a_citation_is_not_a_citation():
    assert keys("See [@key](https://example.org) and [@b].") == [("b",)]


def test_a_reference_style_link_is_not_a_citation():
    assert keys("See [@key][ref] and [@b].\n\n[ref]: https://example.org") == [("b",)]


def test_an_image_is_not_a_citation():
    assert keys("![@key] and [@b].") == [("b",)]


def test_a_citation_inside_an_html_comment_is_not_a_citation():
    assert keys("<!-- Check [@a] later. -->\nSee [@b].") == [("b",)]


def test_brackets_without_an_at_sign_are_not_a_citation():
    assert keys("See [the guide] and [note 1].") == []


def test_a_citation_is_found_on_its_own_line():
    markdown = "# Title\n\nIntro.\n\n```\n[@no]\n```\n\nSee [@a].\nAnd `x` [@b; @c]."
    assert [(c.keys, c.line) for c in find_citations(markdown)] == [(("a",), 9), (("b", "c"), 10)]


def test_a_citation_after_a_multiline_comment_keeps_its_real_line():
    assert [c.line for c in find_citations("<!--\n[@a]\n-->\n\n[@b]")] == [5]


# -- numbering ----------------------------------------------------------------------------


def test_keys_are_numbered_in_order_of_first_citation():
    assert number_citations(find_citations("[@c] then [@a; @b].")) == {"c": 1, "a": 2, "b": 3}


def test_a_repeated_key_keeps_its_first_number():
    assert number_citations(find_citations("[@a] [@b] [@a; @c] [@b]")) == {"a": 1, "b": 2, "c": 3}


# -- rendering -------------------------------------------------------------------------------


def test_a_citation_becomes_a_superscript_link_to_its_entry():
    body, _ = body_and_references(render("Care helps [@kelley2015].\n"))
    assert body == (
        'Care helps <sup class="citation"><a href="#ref-kelley2015" id="cite-kelley2015" '
        'aria-label="Reference 1">1</a></sup>.'
    )


def test_a_multi_key_citation_becomes_one_superscript_with_a_link_per_key():
    body, _ = body_and_references(render("See [@a; @b].\n"))
    assert re.findall(r'<a href="#ref-(\w+)"[^>]*>(\d)</a>', body) == [("a", "1"), ("b", "2")]
    assert body.count("<sup") == 1


def test_a_repeated_citation_reuses_its_number():
    body, _ = body_and_references(render("[@a] [@b] [@a]\n"))
    assert re.findall(r">(\d)</a>", body) == ["1", "2", "1"]


def test_only_the_first_citation_of_a_key_carries_its_anchor():
    body, _ = body_and_references(render("[@a] and [@a] and [@a; @b]\n"))
    assert body.count('id="cite-a"') == 1
    assert body.index('id="cite-a"') < body.index('href="#ref-a"', body.index('id="cite-a"') + 1)


def test_the_page_ends_with_the_references_heading_in_the_pages_language():
    _, references = body_and_references(render("Ver [@a].\n", SPANISH))
    assert references.startswith("Fuentes { #references }\n")


def test_the_citation_label_is_in_the_pages_language():
    body, _ = body_and_references(render("Ver [@a].\n", SPANISH))
    assert 'aria-label="Fuente 1"' in body


def test_references_are_listed_in_citation_order_with_their_numbers():
    _, references = body_and_references(render("[@c] [@a; @c] [@b]\n"))
    assert re.findall(r'<li id="ref-(\w+)" value="(\d)"><cite>\1</cite>', references) == [
        ("c", "1"), ("a", "2"), ("b", "3"),
    ]


def test_each_reference_links_back_to_its_first_citation():
    html = render("[@a] [@b] [@a]\n")
    _, references = body_and_references(html)
    backs = re.findall(r'<a class="citation-back" href="#cite-(\w+)" aria-label="Back to text">', references)
    assert backs == ["a", "b"]
    assert all(html.count(f'id="cite-{key}"') == 1 for key in backs)


def test_keys_with_punctuation_give_valid_anchors():
    html = render("[@who:2020/report]\n")
    assert 'id="cite-who-2020-report"' in html and 'id="ref-who-2020-report"' in html
    assert anchor("who:2020/report") == "who-2020-report"


def test_text_around_citations_is_kept():
    body, _ = body_and_references(render("Before [@a] middle `[@code]` after.\n"))
    assert body.startswith("Before <sup") and body.endswith("</sup> middle `[@code]` after.")


def test_a_page_without_citations_is_unchanged():
    assert render("No sources here, `[@code]` only.\n") == "No sources here, `[@code]` only.\n"


def test_each_entry_is_rendered_once_however_often_it_is_cited():
    rendered: list[str] = []
    markdown = "[@a] [@a; @b] [@b] [@a]\n"

    def render_entry(key: str) -> str:
        rendered.append(key)
        return key

    render_citations(markdown, find_citations(markdown), render_entry, ENGLISH)
    assert rendered == ["a", "b"]


def test_the_whole_bibliography_is_listed_in_the_order_given():
    html = render_bibliography(["b", "a"], lambda key: f"<cite>{key}</cite>")
    assert re.findall(r'<li id="ref-(\w)"><cite>', html) == ["b", "a"]


# -- numbering and rendering, on citations given directly --------------------------------
# (What counts as a citation is content/citation_syntax.py's job; here the
# citations are written by hand, so only this module is under test.)


def cited(markdown: str, *written: str) -> list[Citation]:
    """The citations `written` (e.g. "[@a; @b]"), at their place in `markdown`."""
    citations, start = [], 0
    for text in written:
        start = markdown.index(text, start)
        keys = tuple(part.strip()[1:] for part in text[1:-1].split(";"))
        citations.append(Citation(keys, start, start + len(text), markdown.count("\n", 0, start) + 1))
        start += len(text)
    return citations


def test_number_citations_numbers_keys_in_the_order_given():
    citations = [Citation(("b",), 0, 4, 1), Citation(("a", "b"), 5, 14, 1), Citation(("c",), 15, 19, 2)]
    assert number_citations(citations) == {"b": 1, "a": 2, "c": 3}


def test_number_citations_of_no_citations_is_empty():
    assert number_citations([]) == {}


@pytest.mark.parametrize(
    ("key", "fragment"),
    [
        ("kelley2015seriously", "kelley2015seriously"),
        ("who:2020/report", "who-2020-report"),
        ("a.b#c", "a-b-c"),
        ("already-dashed_key", "already-dashed_key"),
        ("müller2020", "müller2020"),
    ],
)
def test_anchor_keeps_word_characters_and_dashes_and_replaces_the_rest(key, fragment):
    assert anchor(key) == fragment


def test_render_citations_replaces_each_citation_given_and_appends_the_list():
    markdown = "Care helps [@a]. Teams too [@b; @a].\n"
    html = render_citations(markdown, cited(markdown, "[@a]", "[@b; @a]"), lambda key: f"Entry {key}.", ENGLISH)
    assert html == (
        'Care helps <sup class="citation"><a href="#ref-a" id="cite-a" aria-label="Reference 1">1</a></sup>. '
        'Teams too <sup class="citation"><a href="#ref-b" id="cite-b" aria-label="Reference 2">2</a>,'
        '<a href="#ref-a" aria-label="Reference 1">1</a></sup>.'
        "\n\n## References { #references }\n\n"
        '<ol class="references">\n'
        '<li id="ref-a" value="1">Entry a. <a class="citation-back" href="#cite-a" aria-label="Back to text">↩</a></li>\n'
        '<li id="ref-b" value="2">Entry b. <a class="citation-back" href="#cite-b" aria-label="Back to text">↩</a></li>\n'
        "</ol>\n"
    )


def test_render_citations_changes_only_the_spans_it_is_given():
    markdown = "Only [@a] here; [@b] is an example.\n"
    html = render_citations(markdown, cited(markdown, "[@a]"), lambda key: key, ENGLISH)
    body, references = body_and_references(html)
    assert body == 'Only <sup class="citation"><a href="#ref-a" id="cite-a" aria-label="Reference 1">1</a></sup> here; [@b] is an example.'
    assert 'id="ref-b"' not in references


def test_render_citations_without_citations_returns_the_markdown_as_it_is():
    assert render_citations("Text [@a].\n", [], lambda key: key, ENGLISH) == "Text [@a].\n"


def test_render_citations_drops_trailing_blank_lines_before_the_references():
    markdown = "Text [@a].\n\n\n"
    html = render_citations(markdown, cited(markdown, "[@a]"), lambda key: key, ENGLISH)
    assert "</sup>.\n\n## References { #references }\n\n" in html


def test_render_citations_escapes_the_localized_labels_in_attributes():
    text = CitationText("Sources", 'Back "up" & away', 'Source "{n}"')
    markdown = "Text [@a].\n"
    html = render_citations(markdown, cited(markdown, "[@a]"), lambda key: key, text)
    assert 'aria-label="Source &quot;1&quot;"' in html
    assert 'aria-label="Back &quot;up&quot; &amp; away"' in html


def test_render_citations_links_keys_with_punctuation_by_their_anchor():
    markdown = "Text [@who:2020/report].\n"
    html = render_citations(markdown, cited(markdown, "[@who:2020/report]"), lambda key: key, ENGLISH)
    assert '<a href="#ref-who-2020-report" id="cite-who-2020-report"' in html
    assert '<li id="ref-who-2020-report" value="1">who:2020/report <a class="citation-back" href="#cite-who-2020-report"' in html


def test_render_bibliography_lists_every_entry_with_its_anchor():
    html = render_bibliography(["who:2020", "kelley2015"], lambda key: f"Entry {key}.")
    assert html == (
        '<ol class="references">\n'
        '<li id="ref-who-2020">Entry who:2020.</li>\n'
        '<li id="ref-kelley2015">Entry kelley2015.</li>\n'
        "</ol>"
    )
