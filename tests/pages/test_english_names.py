"""Names kept in English inside translated pages are marked as English, so a
screen reader pronounces them in English (WCAG 3.1.2)."""

from __future__ import annotations

import pytest

from patient_site.pages.english_names import mark_english_names
from tests.support.site_pages import TRANSLATIONS, english_pages, output_file, page_url, parse_html

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


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_every_mayo_clinic_in_a_translated_page_is_marked_english(site, lang):
    for src in english_pages():
        body = parse_html(output_file(site, page_url(src, lang))).one(".//body")
        _check(body, inside_english=False, where=(src, lang))


def _check(element, inside_english: bool, where) -> None:  # type: ignore[no-untyped-def]
    """Text directly in `element` (its text, its children's tails) may name
    Mayo Clinic only where `element` or an ancestor is marked English."""
    if element.tag in ("script", "style", "code"):
        return
    inside_english = inside_english or element.get("lang") == "en"
    texts = [element.text] + [child.tail for child in element]
    assert inside_english or not any("Mayo Clinic" in (text or "") for text in texts), (where, texts)
    for child in element:
        _check(child, inside_english, where)
