"""What readers navigate by is the same in every language: each translated
page has the English page's heading ids, internal link targets and lists."""

from __future__ import annotations

import pytest

from site_pages import TRANSLATIONS, english_pages, output_file, page_url, parse_html, text_of


def _structure(site, src, lang):
    article = parse_html(output_file(site, page_url(src, lang))).one(".//article")
    # The status block (review date, translation notice) differs by design.
    status = {id(e) for block in article.findall(".//div[@class='page-status']") for e in block.iter()}
    elements = [e for e in article.iter() if id(e) not in status]
    ids = [h.get("id") for h in elements if h.tag in ("h1", "h2", "h3", "h4", "h5", "h6")]
    # Handout file names say their language (…-es.pdf): compare them without it.
    links = [
        a.get("href").replace(f"-{lang}.pdf", "-LANG.pdf")
        for a in elements
        if a.tag == "a" and a.get("href") and "://" not in a.get("href")
    ]
    lists = [len(lst.findall("li")) for lst in elements if lst.tag in ("ul", "ol")]
    return ids, links, lists


@pytest.mark.parametrize("src", english_pages())
@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_translation_keeps_the_structure_of_the_english_page(site, src, lang):
    ids, links, lists = _structure(site, src, "en")
    t_ids, t_links, t_lists = _structure(site, src, lang)
    assert t_ids == ids, "heading ids differ"
    assert t_links == links, "internal link targets differ"
    assert t_lists == lists, "list structure differs"


def test_services_by_campus_table_says_not_stated_never_not_offered(site):
    expected = {
        "en": ("Offered", "Not stated"),
        "es": None,
        "ar": None,
        "zh": None,
    }
    for lang in expected:
        page = parse_html(output_file(site, page_url("campuses/index.md", lang)))
        table = page.one(".//article//table")
        header = [text_of(th) for th in table.findall(".//thead//th")]
        rows = {text_of(tr[0]): [text_of(td) for td in tr[1:]] for tr in table.findall(".//tbody/tr")}
        assert len(header) == 5 and len(rows) == 4
        cells = [cell for row in rows.values() for cell in row]
        offered = [cell for cell in cells if cells.count(cell) == 3]  # children ×2, clinic ×1
        assert len(set(cells)) == 2 and len(offered) == 3
        if lang == "en":
            assert rows["Palliative care for children"] == ["Offered", "Not stated", "Offered", "Not stated"]
            assert rows["Symptom Management, Pain and Quality of Life Clinic"] == [
                "Not stated", "Not stated", "Offered", "Not stated",
            ]
            assert rows["Palliative care in the hospital"] == ["Not stated"] * 4
            assert "not offered" not in text_of(page.one(".//article")).lower()
