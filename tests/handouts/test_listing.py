"""The Handouts page's list: every page's PDF in the reader's language and
the booklet, linked relative to the page the list is on."""

from __future__ import annotations

import re

from patient_site.handouts.listing import handouts_list

TITLES = {
    ("index.md", "en"): "Home",
    ("index.md", "es"): "Inicio",
    ("services/hospital.md", "en"): "Hospital care",
    ("services/hospital.md", "es"): "Atención hospitalaria",
    ("campuses/index.md", "en"): "Campuses",
    ("campuses/index.md", "es"): "Sedes",
}
MESSAGES = {"booklet_link": "Todas las páginas en un folleto (PDF)", "handout_file_type": "(PDF)"}
PREFIX = "palliative-care"  # the start of every handout's file name


def links(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<a href="([^"]*)">([^<]*)</a>', html)


def test_the_list_gives_the_booklet_then_every_pages_pdf_in_the_readers_language():
    html = handouts_list(TITLES, "es", "en", "es/handouts/", MESSAGES, PREFIX)
    assert html == (
        '<p><a href="../palliative-care-booklet-es.pdf">Todas las páginas en un folleto (PDF)</a></p>\n\n'
        '<ul class="handouts">\n'
        '<li><a href="../campuses/palliative-care-campuses-es.pdf">Sedes</a> (PDF)</li>\n'
        '<li><a href="../palliative-care-home-es.pdf">Inicio</a> (PDF)</li>\n'
        '<li><a href="../services/hospital/palliative-care-services-hospital-es.pdf">Atención hospitalaria</a> (PDF)</li>\n'
        "</ul>"
    )


def test_the_default_languages_list_links_from_the_site_root_folders():
    html = handouts_list(TITLES, "en", "en", "handouts/", {"booklet_link": "Booklet", "handout_file_type": "(PDF)"}, PREFIX)
    assert links(html) == [
        ("../palliative-care-booklet-en.pdf", "Booklet"),
        ("../campuses/palliative-care-campuses-en.pdf", "Campuses"),
        ("../palliative-care-home-en.pdf", "Home"),
        ("../services/hospital/palliative-care-services-hospital-en.pdf", "Hospital care"),
    ]


def test_a_list_on_the_languages_home_page_links_without_going_up():
    html = handouts_list(TITLES, "es", "en", "es/", MESSAGES, PREFIX)
    assert [href for href, _ in links(html)][:2] == ["palliative-care-booklet-es.pdf", "campuses/palliative-care-campuses-es.pdf"]


def test_a_list_on_the_site_root_links_from_the_root():
    html = handouts_list(TITLES, "en", "en", "", {"booklet_link": "Booklet", "handout_file_type": "(PDF)"}, PREFIX)
    assert links(html)[0] == ("palliative-care-booklet-en.pdf", "Booklet")


def test_other_languages_pages_are_not_listed():
    html = handouts_list(TITLES, "es", "en", "es/handouts/", MESSAGES, PREFIX)
    assert "-en.pdf" not in html and "Hospital care" not in html


def test_titles_and_link_text_are_escaped():
    html = handouts_list({("index.md", "es"): "Ayuda <y> apoyo"}, "es", "en", "es/", {"booklet_link": "Folleto & más", "handout_file_type": "(PDF)"}, PREFIX)
    assert ">Ayuda &lt;y&gt; apoyo</a>" in html and ">Folleto &amp; más</a>" in html


def test_every_file_name_starts_with_the_sites_prefix():
    html = handouts_list(TITLES, "es", "en", "es/handouts/", MESSAGES, "heart-clinic")
    hrefs = [href for href, _ in links(html)]
    assert hrefs[0] == "../heart-clinic-booklet-es.pdf"
    assert "../services/hospital/heart-clinic-services-hospital-es.pdf" in hrefs
    assert all(href.rsplit("/", 1)[-1].startswith("heart-clinic-") for href in hrefs)


def test_each_pdf_is_marked_with_the_file_type_in_the_readers_words():
    titles = {("index.md", "zh"): "首页"}
    html = handouts_list(titles, "zh", "en", "zh/", {"booklet_link": "小册子", "handout_file_type": "（PDF）"}, PREFIX)
    assert '<li><a href="palliative-care-home-zh.pdf">首页</a> （PDF）</li>' in html
