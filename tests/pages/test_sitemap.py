"""The sitemap: every page in every language it is really translated into,
with absolute hreflang alternates; the compressed copy is reproducible."""

from __future__ import annotations

import gzip
import xml.etree.ElementTree as ET

from patient_site.pages.sitemap import sitemap_xml, write_sitemap

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
PAGES = ["index.md", "services/hospital.md"]
LANGUAGES = ["en", "es", "zh"]
# The home page is translated into Spanish and Chinese, the hospital page
# into Spanish only (its Chinese reader gets the English fallback).
TRANSLATED = {"index.md": {"es", "zh"}, "services/hospital.md": {"es"}}


def urls(xml: str) -> dict[str, dict[str, str]]:
    """loc -> {hreflang: href} of each <url>."""
    root = ET.fromstring(xml)
    return {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS) if link.get("rel") == "alternate"
        }
        for url in root.findall("s:url", NS)
    }


def test_every_page_is_listed_in_the_languages_it_is_translated_into():
    xml = sitemap_xml("https://example.org/", PAGES, LANGUAGES, "en", TRANSLATED)
    assert sorted(urls(xml)) == sorted([
        "https://example.org/",
        "https://example.org/services/hospital/",
        "https://example.org/es/",
        "https://example.org/es/services/hospital/",
        "https://example.org/zh/",
    ])


def test_a_fallback_page_is_left_out_of_its_language():
    xml = sitemap_xml("https://example.org/", PAGES, LANGUAGES, "en", TRANSLATED)
    assert "https://example.org/zh/services/hospital/" not in xml


def test_a_page_not_translated_at_all_is_listed_in_the_default_language_only():
    xml = sitemap_xml("https://example.org/", ["about.md"], LANGUAGES, "en", {})
    assert list(urls(xml)) == ["https://example.org/about/"]
    assert urls(xml)["https://example.org/about/"] == {"en": "https://example.org/about/", "x-default": "https://example.org/about/"}


def test_each_url_lists_absolute_alternates_in_every_language_the_page_exists_in():
    found = urls(sitemap_xml("https://example.org/", PAGES, LANGUAGES, "en", TRANSLATED))
    hospital = {
        "en": "https://example.org/services/hospital/",
        "es": "https://example.org/es/services/hospital/",
        "x-default": "https://example.org/services/hospital/",
    }
    assert found["https://example.org/services/hospital/"] == hospital
    assert found["https://example.org/es/services/hospital/"] == hospital
    home = {"en": "https://example.org/", "es": "https://example.org/es/", "zh": "https://example.org/zh/", "x-default": "https://example.org/"}
    assert found["https://example.org/zh/"] == home


def test_a_site_under_a_sub_path_keeps_it_in_every_address():
    xml = sitemap_xml("https://example.org/care", ["index.md"], ["en", "es"], "en", {"index.md": {"es"}})
    alternates = {"en": "https://example.org/care/", "es": "https://example.org/care/es/", "x-default": "https://example.org/care/"}
    assert urls(xml) == {"https://example.org/care/": alternates, "https://example.org/care/es/": alternates}


def test_readers_of_any_other_language_are_sent_to_the_default_language():
    xml = sitemap_xml("https://example.org/", ["index.md"], ["en", "zh"], "en", {"index.md": {"zh"}}, {"zh": "zh-Hans"})
    assert urls(xml)["https://example.org/zh/"] == {
        "en": "https://example.org/", "zh-Hans": "https://example.org/zh/", "x-default": "https://example.org/",
    }


def test_an_ampersand_in_an_address_is_escaped():
    xml = sitemap_xml("https://example.org/", ["q&a.md"], ["en"], "en", {})
    assert "<loc>https://example.org/q&amp;a/</loc>" in xml
    assert list(urls(xml)) == ["https://example.org/q&a/"]


def test_the_sitemap_is_a_sitemaps_org_urlset_with_an_xml_declaration():
    xml = sitemap_xml("https://example.org/", PAGES, LANGUAGES, "en", TRANSLATED)
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    assert ET.fromstring(xml).tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset"


def test_the_sitemap_is_written_plain_and_compressed(tmp_path):
    xml = sitemap_xml("https://example.org/", PAGES, LANGUAGES, "en", TRANSLATED)
    write_sitemap(tmp_path, xml)
    assert (tmp_path / "sitemap.xml").read_text(encoding="utf-8") == xml
    assert gzip.decompress((tmp_path / "sitemap.xml.gz").read_bytes()).decode("utf-8") == xml


def test_the_compressed_sitemap_records_no_time(tmp_path):
    write_sitemap(tmp_path, "<urlset/>\n")
    header = (tmp_path / "sitemap.xml.gz").read_bytes()[:10]
    assert header[4:8] == b"\0\0\0\0"  # MTIME (RFC 1952): zero, no time stamp


def test_two_builds_write_the_same_compressed_bytes(tmp_path):
    xml = sitemap_xml("https://example.org/", PAGES, LANGUAGES, "en", TRANSLATED)
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    write_sitemap(tmp_path / "one", xml)
    write_sitemap(tmp_path / "two", xml)
    assert (tmp_path / "one" / "sitemap.xml.gz").read_bytes() == (tmp_path / "two" / "sitemap.xml.gz").read_bytes()
