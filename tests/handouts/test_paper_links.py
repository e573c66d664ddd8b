"""Links that work on paper: relative links become the site's web addresses
(never a path on the build machine), a link to the site itself prints no
address, and every other link gets a short number pointing to the list of
addresses at the end of the handout."""

from __future__ import annotations

import pytest

from patient_site.handouts.paper_links import LinkReferences, absolute_links, refer_links

SITE = "https://palliative-care.example.org/"


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


# -- refer_links: what the paper shows -------------------------------------------


def test_a_link_to_the_site_itself_prints_no_address():
    references = LinkReferences()
    html = refer_links(f'<td><a href="{SITE}es/campuses/florida/">Florida</a></td>', SITE, references)
    assert html == f'<td><a href="{SITE}es/campuses/florida/" class="on-site">Florida</a></td>'
    assert references.addresses == []


def test_another_sites_link_gets_a_number_and_its_address_is_listed():
    references = LinkReferences()
    html = refer_links('<li><a href="https://www.mayoclinic.org/appointments">Pida una cita</a></li>', SITE, references)
    assert html == (
        '<li><a href="https://www.mayoclinic.org/appointments" class="referred">Pida una cita</a>'
        '<sup class="link-ref">[1]</sup></li>'
    )
    assert references.addresses == ["https://www.mayoclinic.org/appointments"]


def test_numbers_follow_first_use_and_a_repeated_address_keeps_its_number():
    references = LinkReferences()
    html = refer_links(
        '<a href="https://a.example/">a</a> <a href="https://b.example/">b</a> <a href="https://a.example/">again</a>',
        SITE,
        references,
    )
    assert [part.split("</sup>")[0] for part in html.split('<sup class="link-ref">')[1:]] == ["[1]", "[2]", "[1]"]
    assert references.addresses == ["https://a.example/", "https://b.example/"]


def test_citations_and_mail_links_are_left_alone():
    references = LinkReferences()
    original = '<a href="#ref-kelley">1</a> <a href="mailto:care@example.org">write</a>'
    assert refer_links(original, SITE, references) == original
    assert references.addresses == []


def test_a_listed_address_is_the_link_unescaped():
    references = LinkReferences()
    refer_links('<a href="https://a.example/?a=1&amp;b=2">x</a>', SITE, references)
    assert references.addresses == ["https://a.example/?a=1&b=2"]


def test_a_link_with_other_attributes_keeps_them():
    references = LinkReferences()
    html = refer_links('<a title="t" href="https://a.example/" rel="noopener">x</a>', SITE, references)
    assert html.startswith('<a title="t" href="https://a.example/" rel="noopener" class="referred">x</a>')


def test_a_link_that_has_classes_keeps_them_and_gains_one():
    references = LinkReferences()
    html = refer_links(f'<a class="button" href="{SITE}es/">x</a>', SITE, references)
    assert html == f'<a class="button on-site" href="{SITE}es/">x</a>'
