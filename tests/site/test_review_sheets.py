"""A medical reviewer can review every translation of the real site: a sheet
for every page in every language, each section of the English beside its
translation; the Arabic sheets (the hardest script) are also rendered to
PDF and read back whole."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from patient_site.build.review_sheets import make_review_sheets
from patient_site.handouts.completeness import pdf_text
from patient_site.pages.handout_files import slug
from tests.support.project import CONFIG_FILE
from tests.support.site_pages import DOCS_DIR, TRANSLATIONS, english_pages, parse_html, text_of

pytestmark = pytest.mark.site

PDF_LANGUAGE = "ar"


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folders = {}
    for lang in TRANSLATIONS:
        out = tmp_path_factory.mktemp(f"review-{lang}")
        report = make_review_sheets(CONFIG_FILE, lang, [], out, pdf=lang == PDF_LANGUAGE)
        assert report.problems == [] and report.skipped == []
        folders[lang] = out
    return folders


@cache
def translated_pages(lang: str) -> list[str]:
    return [page for page in english_pages() if (DOCS_DIR / page.replace(".md", f".{lang}.md")).is_file()]


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_every_translated_page_has_a_sheet_with_each_section_side_by_side(sheets, lang):
    for page in translated_pages(lang):
        sheet = parse_html(sheets[lang] / f"review-{slug(page)}-{lang}.html")
        rows = [row for row in sheet.all(".//tr") if row.get("class") == "section"]
        assert rows, page
        for row in rows:
            english, translation, _notes = row.findall("td")
            assert english.get("lang") == "en" and translation.get("lang") != "en"
            assert text_of(english) and text_of(translation), f"{page}: a section without its translation"


def test_the_arabic_sheets_are_pdfs_with_both_languages(sheets):
    for page in translated_pages(PDF_LANGUAGE):
        # (Read back as every handout is: poppler's pdftotext, many times faster than pypdf here.)
        text = pdf_text((sheets[PDF_LANGUAGE] / f"review-{slug(page)}-{PDF_LANGUAGE}.pdf").read_bytes())
        assert "Review sheet" in text and "Medical review" in text
        assert any("\u0600" <= char <= "\u06ff" for char in text), page
