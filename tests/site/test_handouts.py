"""A nurse prints a handout: every page in every language has a tagged PDF,
a large-print edition and, where translated, a bilingual edition with
English — read back here, with the page's text in the right script and
fonts, its review date, its web address and QR code, and any warning that it
is not final."""

from __future__ import annotations

import re
import subprocess
from functools import cache
from pathlib import Path

import pypdf
import pytest

from patient_site.handouts.completeness import pdf_text
from patient_site.pages import handout_files as handouts
from tests.support.project import interface_text
from tests.support.site_pages import (
    DOCS_DIR,
    LANGUAGES,
    TRANSLATIONS,
    english_pages,
    output_file,
    page_url,
    parse_html,
    resolve,
    tag,
    text_of,
)

pytestmark = pytest.mark.site

PAGES = english_pages()
# The start of every handout's file name (mkdocs.yml: printed addresses stay).
PREFIX = "palliative-care"
FONT_FAMILIES = {
    "en": ("Noto-Sans",),
    "es": ("Noto-Sans",),
    "ar": ("Noto-Naskh-Arabic", "Noto-Sans-Arabic"),
    "zh": ("Noto-Sans-CJK-SC",),
}
REVIEWED = {"en": "Aug. 15, 2017", "es": "15 de agosto de 2017", "ar": "15 أغسطس 2017", "zh": "2017年8月15日"}
PAGE_ONE = {"en": "Page 1 of", "es": "Página 1 de", "ar": "صفحة 1 من", "zh": "第 1 页"}
DRAFT = {"es": "todavía no ha revisado", "ar": "لم يراجع", "zh": "尚未经过医学专业人员审核"}


def handout(site: Path, src: str, lang: str, edition: str = handouts.STANDARD) -> Path:
    return output_file(site, page_url(src, lang)).parent / handouts.handout_filename(src, lang, PREFIX, edition)


def translated(src: str, lang: str) -> bool:
    return (DOCS_DIR / src.replace(".md", f".{lang}.md")).is_file()


def font_sizes(path: Path) -> set[float]:
    """The size, in points, at which each run of text is printed."""
    sizes: set[float] = set()

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            sizes.add(round(size * abs(tm[2] * cm[1] + tm[3] * cm[3]), 1))

    for page in read(path).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def qr_codes(pdf: Path, tmp: Path) -> list[str]:
    """The QR codes a phone reads off the PDF's pages (poppler, then zbar;
    at 100 dpi, a coarser image and so a harder read than 150 dpi)."""
    subprocess.run(["pdftoppm", "-r", "100", "-png", str(pdf), str(tmp / "page")], check=True)
    result = subprocess.run(["zbarimg", "--quiet", "--raw", *sorted(str(p) for p in tmp.glob("page*.png"))], capture_output=True, text=True)
    return result.stdout.split()


@cache
def read(path: Path) -> pypdf.PdfReader:
    return pypdf.PdfReader(path)


@cache
def page_texts(path: Path) -> tuple[str, ...]:
    """Each page's text, read once for all the tests that look at it, as the
    build reads every handout back (pypdf took half of this file's time)."""
    return tuple(pdf_text(path.read_bytes()).split("\f")[:-1])


@cache
def text_as_drawn(path: Path) -> str:
    """Lines kept whole (a web address may break at its own hyphen)."""
    return pdf_text(path.read_bytes(), as_drawn=True)


def first_page_text(path: Path) -> str:
    return " ".join(page_texts(path)[0].split())


def all_text(path: Path) -> str:
    return " ".join(" ".join(page_texts(path)).split())


def fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font the PDF uses."""
    found = {}
    for page in read(path).pages:
        for font in (page.get("/Resources", {}).get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts") or [font]
            for descendant in descendants:
                descriptor = descendant.get_object().get("/FontDescriptor")
                embedded = bool(descriptor) and any(
                    key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
                )
                found[str(font["/BaseFont"]).split("+", 1)[-1]] = embedded
    return sorted(found.items())


PAGE_LANGS = [(src, lang) for src in PAGES for lang in LANGUAGES]


@pytest.mark.parametrize(("src", "lang"), PAGE_LANGS)
def test_every_page_links_to_its_handout_in_its_language(site, src, lang):
    url = page_url(src, lang)
    page = parse_html(output_file(site, url))
    links = page.all(".//p[@class='page-handout']/a")
    editions = [handouts.STANDARD, handouts.LARGE_PRINT] + ([handouts.BILINGUAL] if lang != "en" and translated(src, lang) else [])
    assert [resolve(url, link.get("href")) for link in links] == [url + handouts.handout_filename(src, lang, PREFIX, e) for e in editions]
    assert all(handout(site, src, lang, edition).is_file() for edition in editions)
    expected = {"en": "Print-ready handout (PDF)", "es": "Hoja informativa", "ar": "نشرة", "zh": "可打印"}[lang]
    assert expected in text_of(links[0])
    assert text_of(links[1]) == interface_text().messages(lang)["large_print_link"]


EDITIONS = [(src, lang, edition) for src, lang in PAGE_LANGS for edition in (handouts.STANDARD, handouts.LARGE_PRINT)]
EDITIONS += [(src, lang, handouts.BILINGUAL) for src, lang in PAGE_LANGS if lang != "en" and translated(src, lang)]


@pytest.mark.parametrize(("src", "lang", "edition"), EDITIONS)
def test_every_edition_is_a_tagged_pdf_in_the_page_language_with_fonts_embedded(site, src, lang, edition):
    path = handout(site, src, lang, edition)
    reader = read(path)
    root = reader.trailer["/Root"]
    assert root.get("/Lang") == tag(lang)
    assert bool(root["/MarkInfo"]["/Marked"]) and "/StructTreeRoot" in root
    used = fonts(path)
    assert used and all(embedded for _name, embedded in used), used
    assert any(name.startswith(FONT_FAMILIES[lang]) for name, _embedded in used), used


@pytest.mark.parametrize(("src", "lang"), PAGE_LANGS)
def test_handout_is_a_tagged_pdf_in_the_page_language(site, src, lang):
    path = handout(site, src, lang)
    reader = read(path)
    root = reader.trailer["/Root"]
    assert root.get("/Lang") == tag(lang)
    assert bool(root["/MarkInfo"]["/Marked"]) and "/StructTreeRoot" in root
    title = text_of(parse_html(output_file(site, page_url(src, lang))).one(".//article//h1"))
    assert reader.metadata.title.startswith(title)
    assert 1 <= len(reader.pages) <= 6
    assert reader.outline, "no bookmarks"


@pytest.mark.parametrize(("src", "lang"), PAGE_LANGS)
def test_handout_holds_title_review_date_page_numbers_and_web_address(site, src, lang):
    path = handout(site, src, lang)
    first = first_page_text(path)
    title = text_of(parse_html(output_file(site, page_url(src, lang))).one(".//article//h1"))
    # Extraction may reorder right-to-left runs: look for the title's words.
    assert all(word in first for word in title.split()[:3])
    assert all(part in first for part in REVIEWED[lang].split())
    assert all(part in first for part in PAGE_ONE[lang].split())
    # The hospital as readers of the page language know it (梅奥诊所, مايو كلينك).
    assert interface_text().messages(lang)["hospital_name"] in first
    assert "palliative-care.example.org/" + page_url(src, lang) in "".join(text_as_drawn(path).split())


@pytest.mark.parametrize(("src", "lang"), PAGE_LANGS)
def test_handout_fonts_are_embedded_and_of_the_language_family(site, src, lang):
    used = fonts(handout(site, src, lang))
    assert used and all(embedded for _name, embedded in used), used
    assert any(name.startswith(FONT_FAMILIES[lang]) for name, _embedded in used), used
    if lang == "zh":
        assert not any("JP" in name for name, _embedded in used), "Japanese fallback font used"


@pytest.mark.parametrize(("src", "lang"), [(src, lang) for src in PAGES for lang in TRANSLATIONS])
def test_a_draft_translation_says_so_on_the_first_page_of_its_handout(site, src, lang):
    assert DRAFT[lang] in first_page_text(handout(site, src, lang)).replace(" ", " ")


def test_english_handouts_carry_no_translation_notice(site):
    for src in PAGES:
        assert "translation" not in first_page_text(handout(site, src, "en")).lower()


def test_no_handout_links_to_a_file_on_the_build_machine(site):
    for path in Path(site).rglob("*.pdf"):
        data = path.read_bytes()
        assert b"file://" not in data, path
        for page in read(path).pages:
            for annotation in page.get("/Annots") or []:
                action = annotation.get_object().get("/A") or {}
                uri = str(action.get("/URI", ""))
                assert not uri or uri.startswith("https://"), f"{path}: {uri}"


def test_handout_has_a_blank_line_for_the_care_team(site):
    text = first_page_text(handout(site, "index.md", "en")) + all_text(handout(site, "index.md", "en"))
    assert "Your care team's name and phone number:" in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_a_booklet_of_every_page_with_contents(site, lang):
    prefix = "" if lang == "en" else f"{lang}/"
    path = Path(site) / prefix / handouts.booklet_filename(lang, PREFIX)
    reader = read(path)
    assert len(reader.pages) >= len(PAGES)
    contents = first_page_text(path)
    for src in ("services/hospital.md", "costs-and-insurance.md"):
        title = text_of(parse_html(output_file(site, page_url(src, lang))).one(".//article//h1"))
        assert title.split()[0] in contents
    assert re.search(r"\d", contents), "the table of contents has no page numbers"
    assert len(reader.outline) >= len(PAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_handouts_page_lists_every_edition_and_the_booklet(site, lang):
    url = page_url("handouts.md", lang)
    page = parse_html(output_file(site, url))
    hrefs = {resolve(url, a.get("href")) for a in page.all(".//article//a") if (a.get("href") or "").endswith(".pdf")}
    expected = {page_url(src, lang) + handouts.handout_filename(src, lang, PREFIX, e) for src, in_lang, e in EDITIONS if in_lang == lang}
    expected.add(("" if lang == "en" else f"{lang}/") + handouts.booklet_filename(lang, PREFIX))
    assert hrefs == expected
    for href in hrefs:
        assert (Path(site) / href).is_file()


# -- large print ------------------------------------------------------------------------------


@pytest.mark.parametrize(("src", "lang"), [("index.md", lang) for lang in LANGUAGES] + [("campuses/index.md", "ar"), ("services/hospital.md", "zh")])
def test_large_print_is_printed_at_18_points_or_more_with_larger_headings(site, src, lang):
    sizes = font_sizes(handout(site, src, lang, handouts.LARGE_PRINT))
    assert min(sizes) >= 18, sizes
    assert max(sizes) > 18, "headings larger than the text"
    assert min(font_sizes(handout(site, src, lang))) < 18, "the standard handout is not large print"


# -- bilingual ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_a_bilingual_handout_has_both_titles_and_the_translations_notice_on_page_one(site, lang):
    src = "services/hospital.md"
    path = handout(site, src, lang, handouts.BILINGUAL)
    first = first_page_text(path)
    english = text_of(parse_html(output_file(site, page_url(src, "en"))).one(".//article//h1"))
    title = text_of(parse_html(output_file(site, page_url(src, lang))).one(".//article//h1"))
    assert english in first
    assert all(word in first for word in title.split()[:3])
    assert DRAFT[lang] in first.replace(" ", " ")
    assert read(path).trailer["/Root"]["/Lang"] == tag(lang)


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_a_bilingual_handout_holds_the_english_and_the_translated_text(site, lang):
    src = "costs-and-insurance.md"
    text = all_text(handout(site, src, lang, handouts.BILINGUAL)).replace(" ", "")
    for version in ("en", lang):
        page = parse_html(output_file(site, page_url(src, version)))
        for heading in page.all(".//article//h2"):
            words = text_of(heading).split()
            assert "".join(words[:2]) in text or (lang == "ar" and version == lang), text_of(heading)


# -- the QR code --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "lang", "edition"),
    [("index.md", lang, handouts.STANDARD) for lang in LANGUAGES]
    + [("campuses/florida.md", "ar", handouts.LARGE_PRINT), ("services/hospital.md", "zh", handouts.BILINGUAL)],
)
def test_the_qr_code_leads_to_the_pages_canonical_address(site, tmp_path, src, lang, edition):
    canonical = parse_html(output_file(site, page_url(src, lang))).one(".//link[@rel='canonical']").get("href")
    assert qr_codes(handout(site, src, lang, edition), tmp_path) == [canonical]
    scan = interface_text().messages(lang)["handout_scan"]
    assert "".join(scan.split()) in "".join(all_text(handout(site, src, lang, edition)).split())
