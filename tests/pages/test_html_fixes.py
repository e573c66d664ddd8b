"""Material's table-of-contents label for a control the page does not have
becomes a plain title (a label for nothing is invalid HTML)."""

from __future__ import annotations

from patient_site.pages.html_fixes import label_without_control

LABEL = '<label class="md-nav__title" for="__toc">\n  <span class="md-nav__icon"></span>\n  On this page\n</label>'
TITLE = '<div class="md-nav__title">\n  <span class="md-nav__icon"></span>\n  On this page\n</div>'


def test_a_label_for_a_missing_toc_control_becomes_a_plain_title():
    html = f'<nav class="md-nav md-nav--secondary">{LABEL}<ul></ul></nav>'
    assert label_without_control(html) == f'<nav class="md-nav md-nav--secondary">{TITLE}<ul></ul></nav>'


def test_a_label_whose_control_exists_is_kept():
    html = f'<input class="md-toggle" type="checkbox" id="__toc"><nav>{LABEL}</nav>'
    assert label_without_control(html) == html


def test_a_page_without_the_toc_label_is_unchanged():
    html = '<label class="md-nav__title" for="__drawer">Menu</label><p>On this page</p>'
    assert label_without_control(html) == html


def test_other_labels_are_left_alone():
    drawer = '<label class="md-nav__title" for="__drawer">Menu</label>'
    html = f"{drawer}<nav>{LABEL}</nav>"
    assert label_without_control(html) == f"{drawer}<nav>{TITLE}</nav>"
