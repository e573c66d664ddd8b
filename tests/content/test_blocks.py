"""The translatable blocks of tiny Markdown bodies: kinds, keys, sections
and lines, where each one's text is, and its text cut into words and markup."""

from __future__ import annotations

from patient_site.content.blocks import Block, Code, Pair, codes, page_blocks, plain_text, render


def blocks(body: str, first_line: int = 1) -> list[Block]:
    found, errors = page_blocks(body, first_line)
    assert errors == []
    return found


def summary(body: str) -> list[tuple[str, str, str, int, str]]:
    """(kind, section, key, line, text in the file) of each block."""
    return [(b.kind, b.section, b.key, b.line, body[b.start : b.end]) for b in blocks(body)]


PAGE = """# Care { #care }

Mayo Clinic offers
palliative care. [@ref2015]

[[campus-services arizona]]

## Who helps { #who-helps }

- doctors
- nurses and
  aides

!!! note "Ask"
    Ask your team.

!!! warning
    No title of its own.

| Who | Where |
|-----|-------|
| Nurses | Wards |
"""


def test_each_block_has_its_kind_section_key_line_and_text():
    assert summary(PAGE) == [
        ("heading", "care", "", 1, "Care { #care }"),
        ("paragraph", "care", "1", 3, "Mayo Clinic offers\npalliative care. [@ref2015]"),
        ("heading", "who-helps", "", 8, "Who helps { #who-helps }"),
        ("list-item", "who-helps", "1", 10, "doctors"),
        ("list-item", "who-helps", "2", 11, "nurses and\n  aides"),
        ("admonition-title", "who-helps", "3", 14, "Ask"),
        ("paragraph", "who-helps", "4", 15, "Ask your team."),
        ("paragraph", "who-helps", "5", 18, "No title of its own."),  # the type's "Warning" is no text of the file
        ("table-cell", "who-helps", "6:r1c1", 20, "Who"),
        ("table-cell", "who-helps", "6:r1c2", 20, "Where"),
        ("table-cell", "who-helps", "6:r2c1", 22, "Nurses"),
        ("table-cell", "who-helps", "6:r2c2", 22, "Wards"),
    ]


def test_lines_count_from_the_body_s_first_line_in_the_file():
    assert [b.line for b in blocks("# Care { #care }\n\nText.\n", first_line=5)] == [5, 7]


def test_a_soft_line_break_reads_as_one_space_and_a_multi_line_block_says_so():
    paragraph = blocks(PAGE)[1]
    assert paragraph.content == ("Mayo Clinic offers palliative care. ", Code("citation", "[@ref2015]"))
    assert (paragraph.lines, blocks(PAGE)[0].lines) == (2, 1)


def test_a_heading_s_id_is_markup_at_the_end_of_its_text():
    assert blocks(PAGE)[0].content == ("Care", Code("heading-id", " { #care }"))


def test_a_heading_without_an_id_is_a_numbered_block_of_its_section():
    assert summary("# Care { #care }\n\n## More\n\nText.\n")[1:] == [
        ("heading", "care", "1", 3, "More"),
        ("paragraph", "care", "2", 5, "Text."),
    ]


def test_text_before_the_first_heading_is_the_section_without_id():
    assert summary("Intro.\n\n# Care { #care }\n")[0] == ("paragraph", "", "1", 1, "Intro.")


def test_links_and_emphasis_are_markup_around_text_the_rest_is_markup_kept_whole():
    (paragraph,) = blocks('See [the **clinics**](clinics.md#where "Clinics"), `code`, <span lang="en">w</span>,  \nthen.\n')
    assert paragraph.content == (
        "See ",
        Pair("link", "[", '](clinics.md#where "Clinics")', ("the ", Pair("strong", "**", "**", ("clinics",)))),
        ", ",
        Code("code", "`code`"),
        ", ",
        Code("html", '<span lang="en">'),
        "w",
        Code("html", "</span>"),
        ",",
        Code("break", "  \n"),
        "then.",
    )
    assert plain_text(paragraph.content) == "See the clinics,  ,  w , then."
    assert [c.kind for c in codes(paragraph.content)] == ["link", "strong", "code", "html", "html", "break"]


def test_a_directive_inside_a_paragraph_is_markup_and_a_directive_line_alone_is_no_block():
    assert summary("[[bibliography]]\n") == []
    (paragraph,) = blocks("Our sources:\n[[bibliography]]\n")
    assert paragraph.content == ("Our sources: ", Code("directive", "[[bibliography]]"))


def test_an_image_s_alt_text_is_a_block_of_its_own_after_the_block_holding_the_image():
    body = "# Team { #team }\n\nOur ![care team](team.png) at work.\n\n![Nurses](nurses.png)\n"
    found = blocks(body)
    assert [(b.kind, b.key, body[b.start : b.end]) for b in found[1:]] == [
        ("paragraph", "1", "Our ![care team](team.png) at work."),
        ("image-alt", "1:alt1", "care team"),
        ("image-alt", "2:alt1", "Nurses"),  # an image alone: only its alt text is translated
    ]
    image = found[1].content[1]
    assert (image.kind, image.fixed, image.alt_key, image.with_alt("equipo")) == ("image", "![](team.png)", "1:alt1", "![equipo](team.png)")


def test_code_blocks_and_html_blocks_hold_no_text_to_translate():
    assert summary("```\ncode\n```\n\n<div>\nraw\n</div>\n\n    indented code\n") == []


def test_rendering_a_block_gives_its_markdown_with_soft_breaks_as_spaces():
    paragraph = blocks("A [link](x.md)\nand ![alt](i.png) text.\n")[0]
    assert render(paragraph.content) == "A [link](x.md) and ![alt](i.png) text."
    assert render(paragraph.content, {"1:alt1": "otro"}) == "A [link](x.md) and ![otro](i.png) text."


def test_a_block_whose_text_is_not_where_the_parser_says_is_an_error_with_its_line():
    found, errors = page_blocks("| A | B |\n|---|---|\n| a \\| b | c |\n", 3)
    assert [(e.line, e.message) for e in errors] == [
        (5, "the text of this block could not be found in the file — write it on lines of its own")
    ]
    assert [body for body in (b.key for b in found)] == ["1:r1c1", "1:r1c2", "1:r2c2"]


def test_blockquote_lines_keep_their_markers_outside_the_text():
    assert summary("> Quoted\n> text.\n") == [("paragraph", "", "1", 1, "Quoted\n> text.")]
