"""Front matter: separated from the body, every field with its line in the
file, YAML errors at the line the author must look at, and fields set by the
translators' tool without touching the other lines."""

from __future__ import annotations

import pytest

from patient_site.content.front_matter import FrontMatterError, front_matter_bounds, set_fields, split_front_matter
from patient_site.content.page_meta import meta_problems

# -- separating front matter from the body ---------------------------------------------


def test_front_matter_is_separated_from_the_body():
    document = split_front_matter("---\ntitle: Care\n---\n# Care\n")
    assert document.meta == {"title": "Care"}
    assert document.body == "# Care\n"
    assert document.front_matter_text == "title: Care\n"


def test_the_body_starts_on_the_line_after_the_closing_fence():
    document = split_front_matter("---\ntitle: Care\ndescription: About care.\n---\n# Care\n")
    assert document.body_start_line == 5


def test_a_text_without_front_matter_is_all_body_from_line_one():
    text = "# Care\n\nText.\n"
    document = split_front_matter(text)
    assert (document.meta, document.body, document.body_start_line) == ({}, text, 1)


def test_a_line_of_four_dashes_does_not_open_front_matter():
    assert front_matter_bounds("----\nText.\n") is None
    assert split_front_matter("----\nText.\n").meta == {}


def test_three_dots_close_front_matter():
    document = split_front_matter("---\ntitle: Care\n...\nBody.\n")
    assert document.meta == {"title": "Care"}
    assert document.body == "Body.\n"
    assert document.body_start_line == 4


def test_empty_front_matter_has_no_fields():
    document = split_front_matter("---\n---\nBody.\n")
    assert (document.meta, document.body, document.body_start_line) == ({}, "Body.\n", 3)


def test_windows_line_endings_are_read():
    document = split_front_matter("---\r\ntitle: Care\r\n---\r\nBody.\r\n")
    assert document.meta == {"title": "Care"}
    assert document.body == "Body.\r\n"


def test_bounds_are_found_without_reading_the_yaml():
    bounds = front_matter_bounds("---\ntitle: [not valid\n---\nBody.\n")
    assert bounds is not None
    assert (bounds.raw, bounds.body, bounds.body_start_line) == ("title: [not valid\n", "Body.\n", 4)


def test_bounds_of_a_text_without_front_matter_are_none():
    assert front_matter_bounds("# Care\n") is None


# -- the line of each field --------------------------------------------------------------


def test_each_top_level_field_knows_its_line_in_the_file():
    document = split_front_matter(
        "---\n# a comment\ntitle: Care\n\ndescription: About care.\ntags:\n  - care\n---\nBody.\n"
    )
    assert document.field_lines == {"title": 3, "description": 5, "tags": 6}
    assert document.line_of("description") == 5


def test_an_absent_field_is_placed_at_the_first_line():
    assert split_front_matter("---\ntitle: Care\n---\n").line_of("translation") == 1


# -- YAML errors at the right line ---------------------------------------------------------


def test_an_unclosed_quote_is_reported_at_the_line_of_the_quote():
    text = '---\ntitle: Care\ndescription: "About care\nlast_reviewed: 2024-05-01\ntranslation: draft\n---\nBody.\n'
    with pytest.raises(FrontMatterError) as error:
        split_front_matter(text)
    assert error.value.line == 3
    assert (
        error.value.message
        == "front matter: the quotation mark opened on this line is never closed — add the closing quote"
    )


def test_an_unclosed_single_quote_is_reported_at_its_own_line():
    with pytest.raises(FrontMatterError) as error:
        split_front_matter("---\ntitle: 'Care\ndescription: About care.\n---\n")
    assert error.value.line == 2


def test_an_unclosed_bracket_is_reported_at_the_line_it_was_opened():
    with pytest.raises(FrontMatterError) as error:
        split_front_matter("---\ntitle: Care\ntags: [care, comfort\ndescription: About care.\n---\n")
    assert error.value.line == 3
    assert error.value.message == "front matter: the '[' opened on this line is never closed — add the closing ']'"


def test_an_unclosed_brace_is_reported_at_the_line_it_was_opened():
    with pytest.raises(FrontMatterError) as error:
        split_front_matter("---\nauthor: {name: Ruiz\ndescription: About care.\n---\n")
    assert error.value.line == 2
    assert error.value.message == "front matter: the '{' opened on this line is never closed — add the closing '}'"


@pytest.mark.parametrize(
    "yaml_text",
    ["title: Care\nthis line has no colon\ndescription: About care.\n", "title: Care\nthis line has no colon\n"],
)
def test_a_line_without_a_colon_is_reported_at_its_own_line(yaml_text):
    with pytest.raises(FrontMatterError) as error:
        split_front_matter(f"---\n{yaml_text}---\nBody.\n")
    assert error.value.line == 3


def test_an_indented_key_is_reported_at_its_own_line():
    with pytest.raises(FrontMatterError) as error:
        split_front_matter("---\ntitle: Care\n  subtitle: At home\ndescription: x\n---\n")
    assert error.value.line == 3
    assert (
        error.value.message
        == "front matter is not valid YAML: mapping values are not allowed in this context — fix this line"
    )


def test_front_matter_that_is_never_closed_is_reported_at_line_one():
    with pytest.raises(FrontMatterError) as error:
        split_front_matter("---\ntitle: Care\n\n# Care\n")
    assert error.value.line == 1
    assert error.value.message == "front matter is not closed — add a line '---' after it"


@pytest.mark.parametrize("yaml_text", ["- care\n- comfort\n", "just a sentence\n"])
def test_front_matter_that_is_not_a_mapping_is_reported(yaml_text):
    with pytest.raises(FrontMatterError) as error:
        split_front_matter(f"---\n{yaml_text}---\nBody.\n")
    assert error.value.line == 2
    assert error.value.message == "front matter must be a mapping of 'key: value' lines"


def test_an_impossible_date_is_read_as_text_for_its_field_to_report():
    """A date that does not exist is not an exception: the field's check
    (page_meta) reports it at its own line."""
    document = split_front_matter("---\ntitle: Care\nlast_reviewed: 2024-02-30\n---\nBody.\n")
    assert document.meta["last_reviewed"] == "2024-02-30"
    assert meta_problems(document) == [(3, "last_reviewed '2024-02-30' is not a date — write YYYY-MM-DD")]


def test_dates_are_read_as_text():
    assert split_front_matter("---\nlast_reviewed: 2017-08-15\n---\n").meta == {"last_reviewed": "2017-08-15"}


# -- setting fields --------------------------------------------------------------------------


def test_setting_a_field_keeps_every_other_line_as_written():
    text = '---\n# reviewed by the team\ntitle: "Care: at home"\ntranslation: draft\n---\n# Care\n'
    assert set_fields(text, {"translation": "reviewed"}) == (
        '---\n# reviewed by the team\ntitle: "Care: at home"\ntranslation: reviewed\n---\n# Care\n'
    )


def test_a_new_field_is_added_after_the_others():
    text = "---\ntitle: Care\n---\nBody.\n"
    assert (
        set_fields(text, {"source_hash": "sha256:0123abcd"})
        == "---\ntitle: Care\nsource_hash: sha256:0123abcd\n---\nBody.\n"
    )


def test_a_value_that_needs_quotes_reads_back_as_written():
    updated = set_fields("---\ntitle: Care\n---\n", {"reviewed_by": "Dr. Ruiz: palliative care", "count": "3"})
    assert split_front_matter(updated).meta == {
        "title": "Care",
        "reviewed_by": "Dr. Ruiz: palliative care",
        "count": "3",
    }


def test_a_field_whose_name_starts_like_another_is_left_alone():
    text = "---\ntranslation_note: keep me\ntranslation: draft\n---\n"
    assert (
        set_fields(text, {"translation": "reviewed"}) == "---\ntranslation_note: keep me\ntranslation: reviewed\n---\n"
    )


def test_setting_a_field_adds_front_matter_to_a_page_without_it():
    assert set_fields("# Care\n", {"translation": "untranslated"}) == "---\ntranslation: untranslated\n---\n# Care\n"
