"""Nothing printed may be lost: the words of a handout's HTML are compared
with the text its PDF draws on paper. Tiny documents are rendered with
WeasyPrint itself (no template), so each case shows one cause."""

from __future__ import annotations

import pytest
from weasyprint import HTML

from patient_site.handouts.completeness import describe, lost_words, pdf_text, printable_text, words

PAGE = "<style>@page { size: 100mm 80mm; margin: 10mm }</style>"


def pdf(body: str, lang: str = "en", dir: str = "ltr") -> tuple[str, bytes]:
    html = f'<!doctype html><html lang="{lang}" dir="{dir}"><head>{PAGE}</head><body>{body}</body></html>'
    return html, HTML(string=html).write_pdf()


# -- what the HTML prints ----------------------------------------------------------


def test_the_printable_text_leaves_out_what_the_print_stylesheet_hides():
    html = (
        "<html><head><title>Title</title><style>p{}</style></head><body><p>Seen</p>"
        '<a class="citation-back" href="#c">↩ back</a><p class="screen-only">Screen</p>'
        "<svg><title>Scan me</title></svg><script>code()</script><p>Tail</p></body></html>"
    )
    assert printable_text(html).split() == ["Seen", "Tail"]


def test_the_printable_text_keeps_text_after_a_child_element():
    assert printable_text("<p>One <b>two</b> three</p>").split() == ["One", "two", "three"]


def test_chinese_is_compared_character_by_character():
    assert words("姑息治疗 care") == {"姑", "息", "治", "疗", "care"}


def test_words_ignore_case_and_punctuation():
    assert words("Care, CARE; care!") == {"care"}


def test_arabic_presentation_forms_are_the_letters_they_show():
    # U+FEE3 U+FEEE: presentation forms of meem and waw, as text layers may hold them.
    assert words("\ufee3\ufeee") == words("مو")


# -- what the PDF holds ---------------------------------------------------------------


def test_a_complete_pdf_loses_nothing():
    html, data = pdf("<h1>Palliative care</h1><p>Support for people living with a serious illness.</p>")
    assert lost_words(html, data) == []


def test_text_drawn_beyond_the_paper_is_lost():
    html, data = pdf('<p>Seen</p><p style="position: absolute; left: 150mm">Offpage</p>')
    assert lost_words(html, data) == ["offpage"]
    assert "Offpage" not in pdf_text(data)


def test_text_hidden_in_print_is_lost():
    html, data = pdf('<p>Seen</p><p style="display: none">Hidden</p>')
    assert lost_words(html, data) == ["hidden"]


def test_a_long_word_broken_across_lines_still_counts():
    word = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 4
    html, data = pdf(f'<p style="overflow-wrap: anywhere">{word}</p>')
    assert len(pdf_text(data).split()) > 1, "the word should be broken across lines"
    assert lost_words(html, data) == []


def test_a_table_row_split_across_two_pages_still_counts():
    cell = "Q" + "abcdefghij" * 60
    html, data = pdf(
        f'<table style="width: 100%; table-layout: fixed"><thead><tr><th>Head</th></tr></thead>'
        f'<tbody><tr><td style="overflow-wrap: anywhere">{cell}</td></tr></tbody></table>'
    )
    assert pdf_text(data).count("Head") >= 2, "the row should be split, the header repeated between its halves"
    assert lost_words(html, data) == []


@pytest.mark.parametrize(
    ("lang", "dir", "text"),
    [
        ("ar", "rtl", "الرعاية التلطيفية في مايو كلينك Mayo Clinic Rochester"),
        ("zh", "ltr", "姑息治疗帮助患有严重疾病的人"),
        ("es", "ltr", "Cuidados paliativos: atención médica especializada"),
    ],
)
def test_each_script_reads_back_whole(lang, dir, text):
    fonts = {"ar": "Noto Naskh Arabic", "zh": "Noto Sans CJK SC", "es": "Noto Sans"}
    html, data = pdf(f'<p style="font-family: \'{fonts[lang]}\'">{text}</p>', lang, dir)
    assert lost_words(html, data) == []


def test_describe_names_the_lost_words_and_shortens_long_ones():
    message = describe(["offpage", "x" * 100, "b", "c", "d", "e", "f", "g", "h", "i"])
    assert message.startswith("10 word(s) are missing from the PDF's text: 'offpage', '" + "x" * 39 + "…', 'b'")
    assert message.endswith("and 2 more")


def test_a_word_is_a_run_of_one_script():
    assert words("كلينكwww Mayo") == {"كلينك", "www", "mayo"}


def test_arabic_vowel_marks_do_not_decide_whether_a_word_was_printed():
    # A text layer may give shadda and tanween in another order than the HTML.
    assert words("أيضًا توقّع") == words("أيضا توقع")


def test_arabic_punctuation_is_not_part_of_a_word():
    assert words("الحالات، العلاجي؛ لماذا؟") == {"الحالات", "العلاجي", "لماذا"}
