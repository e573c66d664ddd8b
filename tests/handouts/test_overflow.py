"""Does anything stick out of the page? Tiny documents rendered by WeasyPrint:
what reaches beyond the content area sideways, or off the paper, is named
with its page; the running header and footer in the margins are not."""

from __future__ import annotations

from weasyprint import HTML

from patient_site.handouts.overflow import overflowing

PAGE = '<style>@page { size: 100mm 80mm; margin: 10mm; @top-left { content: "Mayo Clinic header" } }</style>'


def layout(body: str):  # type: ignore[no-untyped-def]
    return HTML(string=f"<!doctype html><html><head>{PAGE}</head><body style='margin:0'>{body}</body></html>").render()


def test_content_inside_the_page_is_not_reported():
    assert overflowing(layout("<h1>Title</h1><p>Short text that wraps within the page.</p>")) == []


def test_an_unbreakable_line_wider_than_the_page_is_named_with_its_page():
    found = overflowing(layout("<p>First page.</p><p style='break-before: page; white-space: nowrap'>A line far too long to fit in eighty millimetres</p>"))
    assert found == [(2, "A line far too long to fit in eighty millimetres")]


def test_a_long_word_is_reported_unless_it_may_wrap():
    word = "x" * 80
    assert overflowing(layout(f"<p>{word}</p>")) == [(1, word)]
    assert overflowing(layout(f"<p style='overflow-wrap: anywhere'>{word}</p>")) == []


def test_a_wide_table_is_reported_by_the_text_that_sticks_out():
    cells = "".join(f"<td>column{i}</td>" for i in range(12))
    found = overflowing(layout(f"<table style='white-space: nowrap'><tr>{cells}</tr></table>"))
    assert found and all(text.startswith("column") for _page, text in found)
    assert "column0" not in [text for _page, text in found], "the first column fits"


def test_a_right_to_left_line_that_runs_out_to_the_left_is_reported():
    line = "الرعاية التلطيفية في مايو كلينك " * 3
    assert overflowing(layout(f'<p dir="rtl" style="white-space: nowrap">{line}</p>')) == [(1, line.strip())]
    assert overflowing(layout(f'<p dir="rtl">{line}</p>')) == []


def test_an_image_wider_than_the_page_is_named_by_its_tag():
    svg = "data:image/svg+xml," + "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>".replace("<", "%3C").replace(">", "%3E")
    assert overflowing(layout(f'<img src="{svg}" style="width: 120mm" alt="">')) == [(1, "<img>")]


def test_a_margin_below_the_last_line_is_not_an_overflow():
    assert overflowing(layout("<p style='margin-bottom: 200mm'>Text</p>")) == []
