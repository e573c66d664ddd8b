"""What goes on a handout's paper, before any PDF: file names that say the
page and language, links that work on paper, the page counter in the
reader's words, and the print document with its language, notices, review
line and web address (the HTML is inspected; no PDF is rendered here)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
import tinyhtml5

from patient_site.handouts.documents import (
    HandoutSource,
    absolute_links,
    booklet_filename,
    handout_filename,
    handout_path,
    slug,
)

SITE = "https://palliative-care.example.org/"
MESSAGES = {
    "hospital_name": "Mayo Clinic",
    "handout_page_of": "Página {page} de {pages}",
    "handout_care_team": "Su equipo de atención:",
    "handout_web_address": "Dirección web de esta página:",
    "handouts_heading": "Folletos",
}


def source(page: str = "services/hospital.md", lang: str = "es", **fields) -> HandoutSource:
    url = fields.pop("url", f"{lang}/{page[: -len('.md')]}/")
    values = {
        "text_lang": lang,
        "title": "Atención hospitalaria",
        "body_html": "<h1>Atención hospitalaria</h1><p>Texto.</p>",
        "site_name": "Cuidados paliativos",
        "site_url": SITE,
        "file_prefix": "palliative-care",
        **fields,
    }
    return HandoutSource(page=page, lang=lang, url=url, **values)


def parse(html: str) -> ET.Element:
    return tinyhtml5.parse(html, namespace_html_elements=False)


def text_of(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


# -- names -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("services/hospital.md", "services-hospital"),
        ("index.md", "home"),
        ("campuses/index.md", "campuses"),
        ("a/b/c.md", "a-b-c"),
    ],
)
def test_a_pages_slug_follows_its_path(page, expected):
    assert slug(page) == expected


def test_a_handouts_name_says_its_page_and_language():
    assert handout_filename("services/hospital.md", "es", "palliative-care") == "palliative-care-services-hospital-es.pdf"


def test_the_home_pages_handout_is_named_home():
    assert handout_filename("index.md", "zh", "palliative-care") == "palliative-care-home-zh.pdf"


def test_a_booklets_name_says_its_language():
    assert booklet_filename("ar", "palliative-care") == "palliative-care-booklet-ar.pdf"


def test_file_names_start_with_the_sites_prefix():
    assert handout_filename("index.md", "fr", "heart-clinic") == "heart-clinic-home-fr.pdf"
    assert booklet_filename("fr", "heart-clinic") == "heart-clinic-booklet-fr.pdf"


def test_a_handout_is_stored_beside_its_page():
    assert handout_path(source()) == "es/services/hospital/palliative-care-services-hospital-es.pdf"


def test_a_source_without_a_prefix_gets_the_default_handout_name():
    plain = HandoutSource("index.md", "en", "en", "Home", "", "", "Site", SITE)
    assert handout_path(plain) == "handout-home-en.pdf"


def test_the_english_home_pages_handout_is_at_the_site_root():
    assert handout_path(source("index.md", "en", url="")) == "palliative-care-home-en.pdf"


def test_the_web_address_is_the_site_url_and_the_pages_url():
    assert source(site_url="https://palliative-care.example.org").web_address == (
        "https://palliative-care.example.org/es/services/hospital/"
    )


# -- links on paper ------------------------------------------------------------


def link(href: str, page_url: str = "es/services/hospital/", id_prefix: str = "") -> str:
    html = absolute_links(f'<a href="{href}">x</a>', page_url, SITE, id_prefix)
    return html[len('<a href="') : html.index('">x</a>')]


@pytest.mark.parametrize(
    ("href", "address"),
    [
        ("../outpatient/", f"{SITE}es/services/outpatient/"),
        ("../outpatient/#when", f"{SITE}es/services/outpatient/#when"),
        ("../../", f"{SITE}es/"),
        ("../../../", SITE),
        ("..", f"{SITE}es/services/"),
        ("", f"{SITE}es/services/hospital/"),
        ("./", f"{SITE}es/services/hospital/"),
        ("stay/", f"{SITE}es/services/hospital/stay/"),
        ("palliative-care-services-hospital-es.pdf", f"{SITE}es/services/hospital/palliative-care-services-hospital-es.pdf"),
    ],
)
def test_a_relative_link_becomes_the_sites_web_address(href, address):
    assert link(href) == address


def test_a_link_from_the_english_home_page_resolves_from_the_site_root():
    assert link("services/hospital/", page_url="") == f"{SITE}services/hospital/"


def test_an_image_source_becomes_a_web_address_too():
    html = absolute_links('<img src="../../assets/logo.png" alt="">', "es/services/hospital/", SITE)
    assert html == f'<img src="{SITE}es/assets/logo.png" alt="">'


@pytest.mark.parametrize(
    "href", ["https://www.mayoclinic.org/", "http://example.org/", "mailto:care@example.org", "tel:+15551234567", "data:image/png;base64,AAAA"]
)
def test_an_address_with_a_scheme_is_kept(href):
    assert link(href) == href


def test_an_in_page_anchor_stays_in_the_page():
    assert link("#references") == "#references"


def test_in_a_booklet_anchors_and_ids_carry_the_pages_prefix():
    html = absolute_links(
        '<h2 id="references">R</h2><a href="#references">1</a><a href="../outpatient/">x</a>',
        "es/services/hospital/",
        SITE,
        id_prefix="services-hospital--",
    )
    assert html == (
        '<h2 id="services-hospital--references">R</h2><a href="#services-hospital--references">1</a>'
        f'<a href="{SITE}es/services/outpatient/">x</a>'
    )


def test_without_a_prefix_ids_are_left_as_they_are():
    assert absolute_links('<h2 id="references">R</h2>', "es/", SITE) == '<h2 id="references">R</h2>'


def test_an_attribute_that_only_ends_in_id_is_not_prefixed():
    html = '<div data-id="x" id="y"></div>'
    assert absolute_links(html, "es/", SITE, id_prefix="p--") == '<div data-id="x" id="p--y"></div>'


