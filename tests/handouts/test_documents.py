"""What goes on a handout's paper, before any PDF: the print document of each
edition with its language, direction, notices, review line, links that work
on paper, and the QR code and web address of the current page (the HTML is
inspected; no PDF is rendered here)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
import tinyhtml5

from patient_site.handouts.documents import (
    HandoutSource,
    PrintSettings,
    handout_path,
    page_counter_css,
    render_bilingual,
    render_booklet,
    render_handout,
)
from patient_site.pages.handout_files import BILINGUAL, LARGE_PRINT
from patient_site.pages.status import Notice
from tests.support.project import interface_text

SITE = "https://palliative-care.example.org/"
SVG = "{http://www.w3.org/2000/svg}"
SETTINGS = PrintSettings("letter", {"zh": "zh-Hans"}, {"en": "English", "es": "Español", "ar": "العربية", "zh": "简体中文"})
BODY = {
    "en": '<h1 id="hospital-care">Hospital care</h1><p>We visit you.</p><h2 id="team">Your team</h2><p>Doctors.</p>',
    "es": '<h1 id="hospital-care">Atención hospitalaria</h1><p>Le visitamos.</p><h2 id="team">Su equipo</h2><p>Médicos.</p>',
    "ar": '<h1 id="hospital-care">الرعاية في المستشفى</h1><p>نزوركم.</p><h2 id="team">فريقكم</h2><p>أطباء.</p>',
    "zh": '<h1 id="hospital-care">住院护理</h1><p>我们探访您。</p><h2 id="team">您的团队</h2><p>医生。</p>',
}


def source(lang: str = "es", page: str = "services/hospital.md", **fields) -> HandoutSource:
    url = fields.pop("url", ("" if lang == "en" else f"{lang}/") + page[: -len(".md")] + "/")
    values = {
        "text_lang": lang,
        "title": re.sub(r"<[^>]+>", "", BODY[lang].split("</h1>")[0]),
        "body_html": BODY[lang],
        "site_name": "Cuidados paliativos",
        "site_url": SITE,
        "file_prefix": "palliative-care",
        "last_reviewed": "Última revisión: 15 de agosto de 2017",
        "review_due": "Próxima revisión: agosto de 2020",
        **fields,
    }
    return HandoutSource(page=page, lang=lang, url=url, **values)


def parse(html: str) -> ET.Element:
    return tinyhtml5.parse(html, namespace_html_elements=False)


def text_of(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def messages(lang: str) -> dict[str, str]:
    return interface_text().messages(lang)


def handout(lang: str = "es", edition: str = "standard", **fields) -> ET.Element:
    return parse(render_handout(source(lang, **fields), messages(lang), SETTINGS, edition))


# -- where it goes -------------------------------------------------------------------


def test_a_handout_is_stored_beside_its_page():
    assert handout_path(source()) == "es/services/hospital/palliative-care-services-hospital-es.pdf"
    assert handout_path(source(), LARGE_PRINT) == "es/services/hospital/palliative-care-services-hospital-es-large-print.pdf"
    assert handout_path(source(), BILINGUAL) == "es/services/hospital/palliative-care-services-hospital-en-es.pdf"


def test_the_english_home_pages_handout_is_at_the_site_root():
    assert handout_path(source("en", "index.md", url="")) == "palliative-care-home-en.pdf"


def test_a_source_without_a_prefix_gets_the_default_handout_name():
    plain = HandoutSource("index.md", "en", "en", "Home", "", "", "Site", SITE)
    assert handout_path(plain) == "handout-home-en.pdf"


def test_the_web_address_is_the_site_url_and_the_pages_url():
    assert source(site_url="https://palliative-care.example.org").web_address == f"{SITE}es/services/hospital/"


# -- the page: language, direction, what page 1 says -------------------------------------


@pytest.mark.parametrize(("lang", "tag", "direction"), [("en", "en", "ltr"), ("es", "es", "ltr"), ("ar", "ar", "rtl"), ("zh", "zh-Hans", "ltr")])
def test_the_document_is_in_the_pages_language_and_direction(lang, tag, direction):
    root = handout(lang)
    assert (root.get("lang"), root.get("dir")) == (tag, direction)


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", '"Page " counter(page) " of " counter(pages)'),
    ("zh", '"第 " counter(page) " 页，共 " counter(pages) " 页"'),
])
def test_page_numbers_are_worded_in_the_handout_language(lang, expected):
    assert page_counter_css(messages(lang)) == expected


def test_notices_and_the_review_line_come_before_the_text():
    notice = Notice("draft", "Esta traducción todavía no ha sido revisada.", "", "")
    page = handout(notices=(notice,))
    order = [element.get("class") or element.tag for element in page.iter() if element.get("class") in {"notice notice--draft", "meta", "part content"}]
    assert order == ["notice notice--draft", "meta", "part content"]
    assert text_of(page.find(".//p[@class='meta']")) == "Última revisión: 15 de agosto de 2017 · Próxima revisión: agosto de 2020"


def test_a_fallback_pages_text_is_tagged_with_the_language_it_is_in():
    page = handout("ar", text_lang="en", body_html=BODY["en"])
    assert page.get("lang") == "ar"
    assert [(part.get("lang"), part.get("dir")) for part in page.iter("div") if "part" in (part.get("class") or "")] == [("en", "ltr")]


# -- the way back to the current page ------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "es", "ar", "zh"])
def test_every_handout_has_a_qr_code_with_the_scan_line_and_address_beside_it(lang):
    block = handout(lang).find(".//div[@class='current-page']")
    svg = block.find(f"{SVG}svg")
    assert svg is not None and "qr-code" in svg.get("class")
    assert svg.find(f"{SVG}title").text == messages(lang)["handout_scan"]
    paths = svg.findall(f"{SVG}path")
    assert paths and all(re.fullmatch(r"[Mmhvz0-9\s.-]+", p.get("d")) for p in paths), "vector modules"
    text = text_of(block)
    assert messages(lang)["handout_scan"] in text
    assert source(lang).web_address in text


def test_the_printed_address_is_a_link_to_the_page():
    link = handout().find(".//div[@class='current-page']//a")
    assert link.get("href") == f"{SITE}es/services/hospital/"


# -- links on paper ----------------------------------------------------------------------------


def test_links_to_other_sites_are_numbered_and_listed_at_the_end():
    body = (
        '<h1>Sedes</h1><table><tr><th>Servicio</th></tr><tr><td><a href="../florida/">Florida</a></td></tr>'
        '<tr><td><a href="https://www.mayoclinic.org/appointments">Cita</a></td></tr></table>'
    )
    page = handout(body_html=body, page="campuses/index.md")
    cells = [text_of(td) for td in page.iter("td")]
    assert cells == ["Florida", "Cita[1]"], "no address inside a table cell"
    addresses = page.find(".//div[@class='addresses']")
    assert text_of(addresses) == f"{messages('es')['handout_addresses']} https://www.mayoclinic.org/appointments"


def test_a_handout_without_outside_links_has_no_address_list():
    assert handout().find(".//div[@class='addresses']") is None


# -- large print ---------------------------------------------------------------------------------


def style(page: ET.Element) -> str:
    return page.find(".//style").text


def test_large_print_sets_the_text_at_18_points_and_headings_larger():
    css = style(handout(edition=LARGE_PRINT))
    assert "font-size: 18pt" in css
    sizes = {tag: float(re.search(rf"\b{tag} {{ font-size: ([\d.]+)pt", css).group(1)) for tag in ("h1", "h2", "h3")}
    assert all(size > 18 for size in sizes.values()) and sizes["h1"] > sizes["h2"] > sizes["h3"]
    assert re.search(r"@(top|bottom)-left \{[^}]*font-size: 18pt", css), "header and footer as large as the text"


def test_the_standard_handout_is_at_12_points():
    assert "font-size: 12pt" in style(handout())


def test_large_print_gives_each_table_cell_its_columns_heading():
    body = "<table><thead><tr><th>Servicio</th><th>Sede</th></tr></thead><tbody><tr><td>Hospital</td><td>Rochester</td></tr></tbody></table>"
    page = handout(edition=LARGE_PRINT, body_html=body)
    assert [(td.get("data-label"), text_of(td)) for td in page.iter("td")] == [("Servicio", "Hospital"), ("Sede", "Rochester")]
    assert 'td[data-label]::before { content: attr(data-label) ": "' in style(page)


def test_large_print_has_no_italics():
    assert "em, i { font-style: normal" in style(handout(edition=LARGE_PRINT))
    assert "font-style: normal" not in style(handout())


# -- bilingual ------------------------------------------------------------------------------------


def bilingual(lang: str = "es", **fields) -> ET.Element:
    return parse(render_bilingual(source("en", site_name="Palliative care"), source(lang, **fields), messages(lang), SETTINGS))


def parts(page: ET.Element) -> list[ET.Element]:
    return [div for div in page.iter("div") if (div.get("class") or "").startswith("part")]


@pytest.mark.parametrize(("lang", "tag", "direction"), [("es", "es", "ltr"), ("ar", "ar", "rtl"), ("zh", "zh-Hans", "ltr")])
def test_a_bilingual_handout_gives_each_section_in_english_then_in_the_language(lang, tag, direction):
    found = [(part.get("lang"), part.get("dir"), part.find("h1") is not None or part.find("h2") is not None) for part in parts(bilingual(lang))]
    assert found == [("en", "ltr", True), (tag, direction, True)] * 2


def test_each_part_is_labelled_with_its_language_name():
    assert [text_of(part.find("p[@class='part-label']")) for part in parts(bilingual("ar"))] == ["English", "العربية"] * 2


def test_both_titles_are_on_page_one():
    first_two = parts(bilingual())[:2]
    assert [text_of(part.find("h1")) for part in first_two] == ["Hospital care", "Atención hospitalaria"]
    assert bilingual().find(".//title").text.startswith("Atención hospitalaria — Hospital care")


def test_a_bilingual_handout_carries_the_translations_notices_and_review_line():
    notice = Notice("outdated", "La versión en inglés cambió después de esta traducción.", "", "")
    page = bilingual(notices=(notice,))
    assert [text_of(p) for p in page.iter("p") if (p.get("class") or "").startswith("notice")] == [notice.text]
    assert page.find(".//p[@class='meta']") is not None


def test_no_id_appears_twice_in_a_bilingual_handout():
    ids = [element.get("id") for element in bilingual().iter() if element.get("id")]
    assert len(ids) == len(set(ids)) and "en--team" in ids and "team" in ids


def test_a_section_only_the_english_page_has_is_still_printed():
    english = source("en", body_html=BODY["en"] + '<h2 id="new">New section</h2><p>Just added.</p>')
    page = parse(render_bilingual(english, source("es"), messages("es"), SETTINGS))
    assert "Just added." in text_of(page)


def test_the_bilingual_qr_code_leads_to_the_translation():
    assert source("es").web_address in text_of(bilingual().find(".//div[@class='current-page']"))


# -- booklet ------------------------------------------------------------------------------------------


def booklet() -> ET.Element:
    pages = [source(page="services/hospital.md", order=2), source(page="index.md", url="es/", order=1, title="Inicio")]
    return parse(render_booklet(pages, "es", "Cuidados paliativos", messages("es"), SETTINGS))


def test_a_booklets_contents_list_its_pages_in_navigation_order_and_link_to_them():
    toc = [(a.get("href"), text_of(a)) for a in booklet().find(".//nav[@class='toc']").iter("a")]
    assert toc == [("#home--page", "Inicio"), ("#services-hospital--page", "Atención hospitalaria")]
    sections = [s.get("id") for s in booklet().iter("section") if s.get("class") == "page"]
    assert sections == ["home--page", "services-hospital--page"]


def test_each_page_of_a_booklet_has_its_own_qr_code_and_address():
    blocks = [text_of(b) for b in booklet().iter("div") if b.get("class") == "current-page"]
    assert [f"{SITE}es/" in blocks[0], f"{SITE}es/services/hospital/" in blocks[1]] == [True, True]


def test_no_id_appears_twice_in_a_booklet():
    ids = [element.get("id") for element in booklet().iter() if element.get("id")]
    assert len(ids) == len(set(ids))
