"""The prose a reader sees: each heading, list item, table cell, admonition
title and paragraph one block; link text kept; targets, citations, ids,
code, HTML and comments dropped."""

from __future__ import annotations

import pytest

from patient_site.content.prose import body_of, prose_blocks, prose_text

# -- blocks ---------------------------------------------------------------------------------


def test_a_heading_is_its_own_block_without_its_id():
    assert prose_blocks("# Palliative care { #care }\nIt helps.\n") == ["Palliative care", "It helps."]


def test_the_lines_of_a_paragraph_make_one_block():
    assert prose_blocks("One line\nand the next.\n\nA second paragraph.\n") == [
        "One line and the next.",
        "A second paragraph.",
    ]


def test_each_list_item_is_a_block_with_its_continuation():
    assert prose_blocks("- First item\n- Second item\n  continued\n1. Third\n") == [
        "First item",
        "Second item continued",
        "Third",
    ]


def test_each_table_cell_is_a_block():
    table = "| Service | Where |\n|---|:---:|\n| Pain clinic | North |\n"
    assert prose_blocks(table) == ["Service", "Where", "Pain clinic", "North"]


def test_an_admonition_title_is_a_block_before_its_body():
    assert prose_blocks('!!! note "Ask your team"\n    They can help.\n') == ["Ask your team", "They can help."]


def test_an_admonition_without_a_title_gives_only_its_body():
    assert prose_blocks("??? tip\n    Rest often.\n") == ["Rest often."]


def test_a_setext_heading_stays_one_block():
    assert prose_blocks("Palliative care\n===============\nIt helps.\n") == ["Palliative care", "It helps."]


def test_a_block_quote_is_read_without_its_markers():
    assert prose_blocks("> Quoted\n> text.\n") == ["Quoted text."]


def test_a_thematic_break_separates_blocks():
    assert prose_blocks("Before.\n\n***\n\nAfter.\n") == ["Before.", "After."]


# -- inline Markdown ---------------------------------------------------------------------------


def test_link_text_is_kept_and_its_target_dropped():
    text = 'See [the team](team.md#who "Team") or [help][h].\n\n[h]: https://example.org\n'
    assert prose_blocks(text) == ["See the team or help."]


def test_citations_are_dropped():
    assert prose_blocks("Care helps [@kelley2015; @capc2015].\n") == ["Care helps."]


def test_images_are_dropped():
    assert prose_blocks("![A team](team.png) Our team.\n") == ["Our team."]


def test_an_attribute_line_is_dropped():
    assert prose_blocks("A paragraph.\n{: .note }\n") == ["A paragraph."]


def test_code_is_dropped():
    assert prose_blocks("Type `ls` now.\n\n```\ncode block\n```\n") == ["Type now."]


def test_html_tags_are_dropped_and_their_text_kept():
    assert prose_blocks("A <strong>bold</strong> word.\n<script>alert(1)</script>\n") == ["A bold word."]


def test_an_html_comment_is_dropped_even_across_lines():
    assert prose_blocks("Kept <!-- hidden\nstill hidden --> text.\n") == ["Kept text."]


def test_emphasis_marks_are_dropped():
    assert prose_blocks("*Very* **important** _note_ ~~old~~\n") == ["Very important note old"]


def test_bare_addresses_are_dropped():
    assert prose_blocks("Visit https://example.org/care or www.example.org or write to care@example.org today.\n") == [
        "Visit or or write to today."
    ]


def test_html_entities_read_as_their_characters():
    assert prose_blocks("Salt &amp; pepper &lt;3\n") == ["Salt & pepper <3"]


def test_an_escaped_bracket_reads_as_the_bracket():
    assert prose_blocks("A \\[note\\] here.\n") == ["A [note] here."]


@pytest.mark.parametrize(
    ("markdown", "prose"), [("2 \\* 3 = 6\n", "2 * 3 = 6"), ("File snake\\_case.txt\n", "File snake_case.txt")]
)
def test_an_escaped_emphasis_mark_reads_as_the_mark(markdown, prose):
    assert prose_blocks(markdown) == [prose]


def test_a_dash_between_words_separates_them():
    assert prose_blocks("Pain—and fear—ease.\n") == ["Pain and fear ease."]


@pytest.mark.parametrize(
    "line",
    ["[[services-table]]", "[ref]: https://example.org", "*[ICU]: Intensive care unit"],
)
def test_directive_and_definition_lines_are_not_prose(line):
    assert prose_blocks(f"Before.\n{line}\nAfter.\n") == ["Before.", "After."]


def test_front_matter_is_not_prose():
    assert prose_blocks("---\ntitle: Hidden\n---\nBody.\n") == ["Body."]


def test_prose_text_joins_the_blocks_on_one_line():
    assert prose_text("# Care { #care }\n\n- One\n- Two\n") == "Care One Two"


# -- the body ---------------------------------------------------------------------------------


def test_the_body_is_the_text_after_the_front_matter():
    assert body_of("---\ntitle: Care\n---\n# Care\n") == "# Care\n"


def test_a_text_without_front_matter_is_all_body():
    assert body_of("# Care\n") == "# Care\n"


def test_a_text_with_unclosed_front_matter_is_all_body():
    text = "---\ntitle: Care\n# Care\n"
    assert body_of(text) == text
