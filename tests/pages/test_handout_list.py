"""The Handouts page's list: every page's PDF in the reader's language, its
large-print and bilingual editions (or why there is none), and the booklet,
linked relative to the page the list is on."""

from __future__ import annotations

import re

from patient_site.pages.handout_list import handouts_list

TITLES = {
    ("index.md", "en"): "Home",
    ("index.md", "es"): "Inicio",
    ("services/hospital.md", "en"): "Hospital care",
    ("services/hospital.md", "es"): "Atención hospitalaria",
    ("campuses/index.md", "en"): "Campuses",
    ("campuses/index.md", "es"): "Sedes",
}
MESSAGES = {
    "booklet_link": "Todas las páginas en un folleto (PDF)",
    "handout_file_type": "(PDF)",
    "large_print_link": "Letra grande (PDF)",
    "bilingual_link": "En español y en inglés (PDF)",
    "no_bilingual": "Sin edición bilingüe: esta página todavía no está traducida.",
}
ENGLISH_MESSAGES = {"booklet_link": "Booklet", "handout_file_type": "(PDF)", "large_print_link": "Large print (PDF)"}
# The pages translated into each language (the others fall back to English).
TRANSLATED = {"index.md": {"es"}, "services/hospital.md": {"es"}, "campuses/index.md": set()}
PREFIX = "palliative-care"  # the start of every handout's file name


def links(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<a href="([^"]*)">([^<]*)</a>', html)


def handouts(titles, lang, from_url, messages=MESSAGES, prefix=PREFIX, translated=TRANSLATED):  # type: ignore[no-untyped-def]
    return handouts_list(titles, translated, lang, "en", from_url, messages, prefix)


def test_the_list_gives_the_booklet_then_every_pages_pdf_and_its_editions():
    html = handouts(TITLES, "es", "es/handouts/")
    assert html == (
        '<p><a href="../palliative-care-booklet-es.pdf">Todas las páginas en un folleto (PDF)</a></p>\n\n'
        '<ul class="handouts">\n'
        '<li><a href="../campuses/palliative-care-campuses-es.pdf">Sedes</a> (PDF)'
        ' · <a href="../campuses/palliative-care-campuses-es-large-print.pdf">Letra grande (PDF)</a>'
        ' · <span class="no-bilingual">Sin edición bilingüe: esta página todavía no está traducida.</span></li>\n'
        '<li><a href="../palliative-care-home-es.pdf">Inicio</a> (PDF)'
        ' · <a href="../palliative-care-home-es-large-print.pdf">Letra grande (PDF)</a>'
        ' · <a href="../palliative-care-home-en-es.pdf">En español y en inglés (PDF)</a></li>\n'
        '<li><a href="../services/hospital/palliative-care-services-hospital-es.pdf">Atención hospitalaria</a> (PDF)'
        ' · <a href="../services/hospital/palliative-care-services-hospital-es-large-print.pdf">Letra grande (PDF)</a>'
        ' · <a href="../services/hospital/palliative-care-services-hospital-en-es.pdf">En español y en inglés (PDF)</a></li>\n'
        "</ul>"
    )


def test_the_default_language_has_no_bilingual_edition():
    html = handouts(TITLES, "en", "handouts/", ENGLISH_MESSAGES)
    assert "-en-en" not in html and "no-bilingual" not in html and len(links(html)) == 1 + 2 * 3
    assert "../palliative-care-home-en-large-print.pdf" in html


def test_the_default_languages_list_links_from_the_site_root_folders():
    html = handouts(TITLES, "en", "handouts/", ENGLISH_MESSAGES)
    assert links(html)[::2] == [
        ("../palliative-care-booklet-en.pdf", "Booklet"),
        ("../campuses/palliative-care-campuses-en-large-print.pdf", "Large print (PDF)"),
        ("../palliative-care-home-en-large-print.pdf", "Large print (PDF)"),
        ("../services/hospital/palliative-care-services-hospital-en-large-print.pdf", "Large print (PDF)"),
    ]
    assert links(html)[1::2] == [
        ("../campuses/palliative-care-campuses-en.pdf", "Campuses"),
        ("../palliative-care-home-en.pdf", "Home"),
        ("../services/hospital/palliative-care-services-hospital-en.pdf", "Hospital care"),
    ]


def test_a_list_on_the_languages_home_page_links_without_going_up():
    html = handouts(TITLES, "es", "es/")
    assert [href for href, _ in links(html)][:2] == ["palliative-care-booklet-es.pdf", "campuses/palliative-care-campuses-es.pdf"]


def test_a_list_on_the_site_root_links_from_the_root():
    html = handouts(TITLES, "en", "", ENGLISH_MESSAGES)
    assert links(html)[0] == ("palliative-care-booklet-en.pdf", "Booklet")


def test_other_languages_pages_are_not_listed():
    html = handouts(TITLES, "es", "es/handouts/")
    assert "-en.pdf" not in html and "Hospital care" not in html


def test_titles_and_link_text_are_escaped():
    html = handouts({("index.md", "es"): "Ayuda <y> apoyo"}, "es", "es/", {**MESSAGES, "booklet_link": "Folleto & más"})
    assert ">Ayuda &lt;y&gt; apoyo</a>" in html and ">Folleto &amp; más</a>" in html


def test_every_file_name_starts_with_the_sites_prefix():
    html = handouts(TITLES, "es", "es/handouts/", prefix="heart-clinic")
    hrefs = [href for href, _ in links(html)]
    assert hrefs[0] == "../heart-clinic-booklet-es.pdf"
    assert "../services/hospital/heart-clinic-services-hospital-es.pdf" in hrefs
    assert all(href.rsplit("/", 1)[-1].startswith("heart-clinic-") for href in hrefs)


def test_each_pdf_is_marked_with_the_file_type_in_the_readers_words():
    titles = {("index.md", "zh"): "首页"}
    zh = {"booklet_link": "小册子", "handout_file_type": "（PDF）", "large_print_link": "大字版（PDF）", "bilingual_link": "中英对照（PDF）"}
    html = handouts(titles, "zh", "zh/", zh, translated={"index.md": {"zh"}})
    assert '<li><a href="palliative-care-home-zh.pdf">首页</a> （PDF）' in html
