"""A reader of each language finds every page, in their language and script
direction, and can switch to the same page in any other language."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.site_pages import (
    LANGUAGES,
    PROJECT_DIR,
    TRANSLATIONS,
    english_pages,
    hreflang_links,
    output_file,
    page_url,
    parse_html,
    resolve,
    tag,
    text_of,
)

pytestmark = pytest.mark.site

PAGES = english_pages()
PAGE_LANGS = [(src, lang) for src in PAGES for lang in LANGUAGES]


def test_the_site_has_every_section_of_the_seed():
    expected = {
        "index.md", "services/hospital.md", "services/outpatient.md", "services/children.md",
        "team/teamwork.md", "team/experience.md", "team/research.md",
        "campuses/index.md", "campuses/arizona.md", "campuses/florida.md",
        "campuses/minnesota.md", "campuses/health-system.md",
        "patient-stories.md", "costs-and-insurance.md", "clinical-trials.md", "references.md",
    }
    assert expected <= set(PAGES)


@pytest.mark.parametrize("src", PAGES)
def test_every_page_has_a_translation_in_every_language(src):
    for lang in TRANSLATIONS:
        translation = Path("docs") / src.replace(".md", f".{lang}.md")
        assert (PROJECT_DIR / translation).is_file(), f"{translation} is missing"


@pytest.mark.parametrize(("src", "lang"), PAGE_LANGS)
def test_page_exists_with_its_language_and_direction(site, src, lang):
    path = output_file(site, page_url(src, lang))
    assert path.is_file(), f"{page_url(src, lang)} was not built"
    page = parse_html(path)
    assert page.root.get("lang") == tag(lang)
    expected_dir = "rtl" if lang == "ar" else "ltr"
    assert page.one(".//body").get("dir") == expected_dir


@pytest.mark.parametrize(("src", "lang"), PAGE_LANGS)
def test_the_switcher_leads_to_the_same_page_in_each_language(site, src, lang):
    """(The page's other languages are given to search engines by the
    sitemap, absolute and with x-default; the head stays silent, so
    Material's script fetches no sitemap from the public host.)"""
    url = page_url(src, lang)
    page = parse_html(output_file(site, url))
    assert hreflang_links(page) == {}
    assert not [link for link in page.all(".//head/link") if "alternate" in (link.get("rel") or "").split()]
    switcher = {a.get("hreflang"): a.get("href") for a in page.all(".//a[@class='md-select__link']")}
    for links in (switcher,):
        assert set(links) == set(LANGUAGES)
        for other, href in links.items():
            target = href if "://" not in href else href.split("://", 1)[1].split("/", 1)[1]
            resolved = resolve(url, target) if "://" not in href else target
            # (The English home page as index.html: the server's language
            # redirect applies to the bare root only.)
            expected = page_url(src, other) or "index.html"
            assert resolved == expected, f"{url}: {other} link {href} leads to {resolved}"
            assert output_file(site, resolved).is_file()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_switcher_names_each_language_in_its_own_language(site, lang):
    page = parse_html(output_file(site, page_url("index.md", lang)))
    names = {a.get("lang"): text_of(a) for a in page.all(".//a[@class='md-select__link']")}
    assert names == {"en": "English", "es": "Español", "ar": "العربية", "zh": "简体中文"}


def _nav_labels(site: Path, src: str, lang: str) -> set[str]:
    page = parse_html(output_file(site, page_url(src, lang)))
    nav = page.one(".//nav[@data-md-level='0']")
    return {text_of(e) for e in nav.iter() if e.tag in ("a", "label") and text_of(e)}


def _h1(site: Path, src: str, lang: str) -> str:
    return text_of(parse_html(output_file(site, page_url(src, lang))).one(".//article//h1"))


@pytest.mark.parametrize("lang", TRANSLATIONS)
@pytest.mark.parametrize("src", PAGES)
def test_navigation_is_in_the_page_language(site, src, lang):
    labels = _nav_labels(site, src, lang)
    english = _nav_labels(site, src, "en")
    # The page's own entry is its heading in this language (a section's
    # index page is shown by its section's translated label) ...
    if not src.endswith("index.md"):
        assert _h1(site, src, lang) in labels
    # ... and no English label is left (names kept in English are the same in both).
    untranslated = (labels & english) - {"Mayo Clinic Health System"}
    assert not untranslated, f"English navigation labels on the {lang} site: {untranslated}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_its_own_404_page(site, lang):
    prefix = "" if lang == "en" else f"{lang}/"
    page = parse_html(site / prefix / "404.html")
    assert page.root.get("lang") == tag(lang)


def test_translations_say_they_await_medical_review(site):
    notices = {
        "es": "todavía no",
        "ar": "لم",
        "zh": "尚未",
    }
    for src in PAGES:
        english = parse_html(output_file(site, page_url(src, "en")))
        assert not english.all(".//p[@class='page-notice page-notice--draft']")
        for lang, words in notices.items():
            page = parse_html(output_file(site, page_url(src, lang)))
            notice = page.all(".//p[@class='page-notice page-notice--draft']")
            assert len(notice) == 1, f"{lang} {src}: no draft notice"
            assert words in text_of(notice[0])


@pytest.mark.parametrize(("lang", "reviewed"), [
    ("en", "Medical content last reviewed Aug. 15, 2017"),
    ("es", "15 de agosto de 2017"),
    ("ar", "15 أغسطس 2017"),
    ("zh", "2017年8月15日"),
])
def test_every_page_shows_its_medical_review_date_in_its_language(site, lang, reviewed):
    for src in PAGES:
        page = parse_html(output_file(site, page_url(src, lang)))
        assert reviewed in text_of(page.one(".//span[@class='page-review__date']"))
