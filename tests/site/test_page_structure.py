"""What readers navigate by is the same in every language: each translated
page has the English page's heading ids, internal link targets and lists."""

from __future__ import annotations

import pytest
import yaml

from tests.support.site_pages import (
    PROJECT_DIR,
    TRANSLATIONS,
    english_pages,
    output_file,
    page_url,
    parse_html,
    text_of,
)

pytestmark = pytest.mark.site


def _structure(site, src, lang):
    article = parse_html(output_file(site, page_url(src, lang))).one(".//article")
    # The status block (review date, translation notice) differs by design.
    status = {id(e) for block in article.findall(".//div[@class='page-status']") for e in block.iter()}
    elements = [e for e in article.iter() if id(e) not in status]
    ids = [h.get("id") for h in elements if h.tag in ("h1", "h2", "h3", "h4", "h5", "h6")]
    # Handout file names say their language (…-es.pdf): compare them without
    # it; only a translation has a bilingual edition (…-en-es.pdf).
    links = [
        a.get("href").replace(f"-{lang}.pdf", "-LANG.pdf").replace(f"-{lang}-large-print.pdf", "-LANG-large-print.pdf")
        for a in elements
        if a.tag == "a" and a.get("href") and "://" not in a.get("href") and not a.get("href").endswith(f"-en-{lang}.pdf")
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


# The source's words, service by service and campus by campus (Arizona,
# Florida, Minnesota, Mayo Clinic Health System): HERE = named at this campus,
# MAYO = "Mayo Clinic" offers it with no campus named, NONE = not stated.
HERE, MAYO, NONE = "status_this_campus", "status_no_campus_named", "status_not_stated"
SOURCE_TABLE = {
    # "…while you're being treated at one of Mayo Clinic's hospitals."
    "hospital": [MAYO, MAYO, MAYO, NONE],
    # "Mayo's outpatient palliative care service…"; "Mayo Clinic's campus in
    # Minnesota offers a Symptom Management, Pain and Quality of Life Clinic
    # for outpatient consultation."
    "outpatient": [MAYO, MAYO, HERE, NONE],
    "symptom-clinic": [NONE, NONE, HERE, NONE],
    # "Mayo Clinic's campuses in Minnesota and Arizona offer palliative care for children."
    "children": [HERE, NONE, HERE, NONE],
}
ROW_LINKS = {
    "hospital": "services/hospital/",
    "outpatient": "services/outpatient/",
    "symptom-clinic": "services/outpatient/#symptom-clinic",
    "children": "services/children/",
}


@pytest.mark.parametrize("lang", ["en", *TRANSLATIONS])
def test_services_by_campus_table_says_what_the_source_says_in_every_cell(site, lang):
    words = yaml.safe_load((PROJECT_DIR / "translations" / "ui" / f"{lang}.yml").read_text(encoding="utf-8"))
    page = parse_html(output_file(site, page_url("campuses/index.md", lang)))
    table = page.one(".//article//table")
    rows = {}
    for tr in table.findall(".//tbody/tr"):
        href = tr[0].find(".//a").get("href")
        service = next(key for key, link in ROW_LINKS.items() if href.endswith(link.replace("services/", "../services/")))
        rows[service] = [text_of(td) for td in tr[1:]]
    assert rows == {service: [words[state] for state in states] for service, states in SOURCE_TABLE.items()}
    assert "not offered" not in text_of(page.one(".//article")).lower()


def test_the_english_table_reads_as_a_family_reads_it(site):
    page = parse_html(output_file(site, page_url("campuses/index.md", "en")))
    rows = {text_of(tr[0]): [text_of(td) for td in tr[1:]] for tr in page.one(".//article//table").findall(".//tbody/tr")}
    assert rows["Palliative care in the hospital"] == ["At Mayo Clinic, campus not named"] * 3 + ["Not stated"]
    assert rows["Palliative care for children"] == ["Offered here", "Not stated", "Offered here", "Not stated"]
