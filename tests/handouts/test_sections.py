"""A page cut into its sections by heading id, and an English page paired
with its translation section by section: nothing dropped, English order."""

from __future__ import annotations

from patient_site.handouts.sections import paired_sections, sections

ENGLISH = '<h1 id="t">Care</h1><p>Intro.</p><h2 id="who">Who</h2><p>A.</p><h2 id="where">Where</h2><p>B.</p>'
SPANISH = '<h1 id="t">Atención</h1><p>Intro.</p><h2 id="who">Quién</h2><p>A.</p><h2 id="where">Dónde</h2><p>B.</p>'


def test_a_page_is_cut_at_each_second_level_heading():
    assert sections(ENGLISH) == [
        ("", '<h1 id="t">Care</h1><p>Intro.</p>'),
        ("who", '<h2 id="who">Who</h2><p>A.</p>'),
        ("where", '<h2 id="where">Where</h2><p>B.</p>'),
    ]


def test_the_sections_put_together_are_the_page():
    assert "".join(html for _id, html in sections(ENGLISH)) == ENGLISH


def test_a_page_without_headings_is_one_section():
    assert sections("<p>Only text.</p>") == [("", "<p>Only text.</p>")]


def test_a_page_that_starts_with_a_heading_has_no_empty_first_section():
    assert [ident for ident, _ in sections('<h2 id="a">A</h2><p>x</p>')] == ["a"]


def test_third_level_headings_stay_inside_their_section():
    assert [ident for ident, _ in sections('<h2 id="a">A</h2><h3 id="b">B</h3><p>x</p>')] == ["a"]


def test_english_and_translation_are_paired_by_heading_id():
    assert [(ident, es[:20]) for ident, _en, es in paired_sections(ENGLISH, SPANISH)] == [
        ("", '<h1 id="t">Atención<'),
        ("who", '<h2 id="who">Quién</'),
        ("where", '<h2 id="where">Dónde'),
    ]


def test_pairs_follow_the_english_order_even_if_the_translation_moved_a_section():
    moved = '<h1 id="t">A</h1><h2 id="where">Dónde</h2><p>B.</p><h2 id="who">Quién</h2><p>A.</p>'
    assert [ident for ident, _en, _es in paired_sections(ENGLISH, moved)] == ["", "who", "where"]


def test_a_section_one_side_lacks_is_kept_with_the_other_side_empty():
    extra = SPANISH + '<h2 id="more">Más</h2><p>C.</p>'
    pairs = paired_sections(ENGLISH[: ENGLISH.index('<h2 id="where"')], extra)
    assert [(ident, bool(en), bool(es)) for ident, en, es in pairs] == [
        ("", True, True),
        ("who", True, True),
        ("where", False, True),
        ("more", False, True),
    ]
