"""On the real site, every name a translation keeps in English is read as
English: a screen reader meets it only inside an element marked `lang="en"`
(WCAG 3.1.2, language of parts)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from patient_site.translations.glossary import load_glossary
from tests.support.site_pages import PROJECT_DIR, TRANSLATIONS, english_pages, output_file, page_url, parse_html

pytestmark = pytest.mark.site

GLOSSARY = load_glossary(PROJECT_DIR / "translations" / "glossary")


def _unmarked(element: ET.Element, names: tuple[str, ...], inside_english: bool = False) -> list[str]:
    """Texts directly in `element` or below it that hold one of `names`
    where neither the element nor an ancestor is marked English."""
    if element.tag in ("script", "style", "code", "pre"):
        return []
    inside_english = inside_english or element.get("lang") == "en"
    found = [] if inside_english else [
        text for text in [element.text] + [child.tail for child in element]
        if text and any(name in " ".join(text.split()) for name in names)
    ]
    for child in element:
        found += _unmarked(child, names, inside_english)
    return found


def test_the_glossary_has_names_to_look_for():
    assert all("Mayo Clinic" in GLOSSARY.names(lang) for lang in TRANSLATIONS)


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_every_kept_name_in_a_translated_page_is_marked_english(site, lang):
    for src in english_pages():
        body = parse_html(output_file(site, page_url(src, lang))).one(".//body")
        assert not _unmarked(body, GLOSSARY.names(lang)), (src, lang, _unmarked(body, GLOSSARY.names(lang)))
