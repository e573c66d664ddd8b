"""Code and comments masked: what is inside them turns to spaces, every
offset and newline stays where it was."""

from __future__ import annotations

import pytest

from patient_site.content.masking import blank, line_of, mask_code, mask_fenced_code


def spaces(text: str) -> str:
    return " " * len(text)


def test_a_backtick_fenced_block_is_blanked_fences_included():
    assert mask_code("before\n```\n[@x]\n```\nafter\n") == "before\n   \n    \n   \nafter\n"


def test_a_tilde_fenced_block_is_blanked():
    assert mask_code("~~~\n[@x]\n~~~\nafter\n") == "   \n    \n   \nafter\n"


def test_a_fence_with_an_info_string_opens_a_block():
    assert (
        mask_code("```python\nprint(1)\n```\nafter\n") == f"{spaces('```python')}\n{spaces('print(1)')}\n   \nafter\n"
    )


def test_a_shorter_fence_does_not_close_a_longer_one():
    masked = mask_code("````\n```\n[@x]\n```\n````\nafter [@y]\n")
    assert masked.splitlines() == ["    ", "   ", "    ", "   ", "    ", "after [@y]"]


def test_a_tilde_fence_does_not_close_a_backtick_block():
    masked = mask_code("```\n~~~\n[@x]\n```\nafter\n")
    assert masked.splitlines() == ["   ", "   ", "    ", "   ", "after"]


def test_a_fence_followed_by_text_does_not_close_the_block():
    masked = mask_code("```\n``` more\n[@x]\n```\nafter\n")
    assert masked.splitlines()[-1] == "after"
    assert "[@x]" not in masked


def test_an_indented_fence_inside_a_list_item_is_masked():
    assert mask_code("- item\n\n    ```\n    [@x]\n    ```\n") == "- item\n\n       \n        \n       \n"


def test_an_unclosed_fence_masks_to_the_end_of_the_text():
    assert mask_code("text\n```\n[@x]\n\nmore\n") == "text\n   \n    \n\n    \n"


def test_an_inline_code_span_is_blanked():
    assert mask_code("Write `[@x]` here.") == f"Write {spaces('`[@x]`')} here."


def test_a_double_backtick_span_may_hold_a_backtick():
    assert mask_code("a ``x ` y`` b") == f"a {spaces('``x ` y``')} b"


def test_an_html_comment_across_lines_is_blanked_keeping_its_newline():
    assert mask_code("a <!-- one\ntwo --> b\n") == f"a {spaces('<!-- one')}\n{spaces('two -->')} b\n"


def test_masking_keeps_the_length_and_every_newline():
    text = "# Title\n\n```\ncode\n```\n\nSee `x` <!-- a\nb -->\n\n~~~~\n~~~\n~~~~\nend\n"
    masked = mask_code(text)
    assert len(masked) == len(text)
    assert [i for i, c in enumerate(masked) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]


def test_prose_is_left_as_written():
    text = "# Care { #care }\n\nPalliative care [helps](care.md) [@kelley2015].\n"
    assert mask_code(text) == text


def test_fenced_masking_alone_leaves_inline_code_and_comments():
    text = "a `x` <!-- y -->\n"
    assert mask_fenced_code(text) == text


def test_blank_keeps_newlines_only():
    assert blank("ab\ncd") == "  \n  "


@pytest.mark.parametrize(("offset", "line"), [(0, 1), (1, 1), (2, 2), (4, 3)])
def test_line_of_an_offset(offset, line):
    # "a\nb\nc": offsets 0 'a', 1 newline (still line 1), 2 'b', 4 'c'
    assert line_of("a\nb\nc", offset) == line


def test_a_line_starting_with_a_triple_backtick_code_span_is_not_a_fence():
    assert mask_code("```x``` is inline code\n[@kelley2015]\n").splitlines()[1] == "[@kelley2015]"
