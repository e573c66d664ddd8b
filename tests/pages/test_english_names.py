"""Names kept in English inside translated pages are marked as English, so a
screen reader pronounces them in English (WCAG 3.1.2)."""

from __future__ import annotations

import pytest

from patient_site.pages.english_names import mark_english_names

NAMES = ["Mayo Clinic", "Mayo Clinic Health System"]


def test_the_longest_name_is_marked_whole():
    html = "<body><p>El Mayo Clinic Health System y Mayo Clinic.</p></body>"
    assert mark_english_names(html, NAMES) == (
        '<body><p>El <span lang="en">Mayo Clinic Health System</span> y <span lang="en">Mayo Clinic</span>.</p></body>'
    )


def test_a_name_wrapped_across_lines_is_marked():
    html = "<body><p>La Mayo\nClinic atiende.</p></body>"
    assert '<span lang="en">Mayo\nClinic</span>' in mark_english_names(html, NAMES)


@pytest.mark.parametrize(
    "html",
    [
        '<head><title>Mayo Clinic</title></head><body></body>',
        '<body><a title="Mayo Clinic" href="#">x</a></body>',
        '<body><code>Mayo Clinic</code></body>',
        '<body><bdi lang="en">Mayo Clinic</bdi></body>',
        '<body><div lang="en"><p>Mayo Clinic</p></div></body>',
        '<body><script>var a = "Mayo Clinic"</script></body>',
    ],
)
def test_attributes_head_code_scripts_and_marked_parts_are_left_alone(html):
    assert mark_english_names(html, NAMES) == html


def test_a_name_inside_a_longer_word_is_not_marked():
    html = "<body><p>XMayo Clinics</p></body>"
    assert mark_english_names(html, NAMES) == html


@pytest.mark.parametrize(
    "html",
    [
        "<body><pre>Mayo Clinic</pre></body>",
        "<body><pre><code>Mayo Clinic</code></pre></body>",
        "<body><style>/* Mayo Clinic */</style></body>",
        "<body><textarea>Mayo Clinic</textarea></body>",
        "<body><svg><title>Mayo Clinic</title></svg></body>",
        '<body><span lang="es">Mayo Clinic</span></body>',
    ],
)
def test_preformatted_text_styles_form_fields_titles_and_other_languages_are_left_alone(html):
    assert mark_english_names(html, NAMES) == html


def test_text_after_a_skipped_element_is_marked_again():
    html = "<body><p><code>Mayo Clinic</code> y Mayo Clinic</p></body>"
    assert mark_english_names(html, NAMES) == '<body><p><code>Mayo Clinic</code> y <span lang="en">Mayo Clinic</span></p></body>'


def test_a_name_wrapped_and_indented_across_lines_is_marked_whole():
    html = "<body><p>El Mayo Clinic\n    Health System atiende.</p></body>"
    assert mark_english_names(html, NAMES) == '<body><p>El <span lang="en">Mayo Clinic\n    Health System</span> atiende.</p></body>'


def test_a_name_split_by_markup_is_not_marked():
    html = "<body><p>Mayo <em>Clinic</em></p></body>"
    assert mark_english_names(html, NAMES) == html


def test_a_name_in_a_link_is_marked_inside_the_link():
    html = '<body><a href="https://www.mayoclinic.org/">Mayo Clinic</a></body>'
    assert mark_english_names(html, NAMES) == '<body><a href="https://www.mayoclinic.org/"><span lang="en">Mayo Clinic</span></a></body>'


def test_without_names_or_a_body_nothing_changes():
    assert mark_english_names("<body><p>Mayo Clinic</p></body>", []) == "<body><p>Mayo Clinic</p></body>"
    assert mark_english_names("<p>Mayo Clinic</p>", NAMES) == "<p>Mayo Clinic</p>"


