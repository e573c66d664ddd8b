"""Patient-ready content: honest review dates, a written description in
every language, and structured data search engines can trust."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
import yaml

from patient_site.cli import review_dates
from patient_site.pages.review_schedule import reviews
from patient_site.translations.inventory import take_inventory
from tests.support.site_pages import (
    LANGUAGES,
    PROJECT_DIR,
    TRANSLATIONS,
    english_pages,
    output_file,
    page_url,
    parse_html,
    tag,
    text_of,
)

pytestmark = pytest.mark.site

PAGES = english_pages()
SCRIPT = {"ar": re.compile(r"[\u0600-\u06ff]"), "zh": re.compile(r"[\u4e00-\u9fff]")}
CAMPUS_PLACES = {
    "campuses/arizona.md": ("Mayo Clinic", {("Phoenix", "Arizona"), ("Scottsdale", "Arizona")}),
    "campuses/florida.md": ("Mayo Clinic", {("Jacksonville", "Florida")}),
    "campuses/minnesota.md": ("Mayo Clinic", {("Rochester", "Minnesota")}),
    "campuses/health-system.md": ("Mayo Clinic Health System", set()),
}


def say(name: str, lang: str) -> str:
    """How readers of `lang` know `name`: the first accepted form in the
    language's glossary file (English as written)."""
    path = PROJECT_DIR / "translations" / "glossary" / f"{lang}.yml"
    if lang == "en" or not path.is_file():
        return name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = {key.casefold(): value for section in ("terms", "names") for key, value in (data.get(section) or {}).items()}
    entry = entries.get(name.casefold()) or {}
    return (entry.get("use") or [name])[0]


def _head(site, src, lang):
    return parse_html(output_file(site, page_url(src, lang)))


def _json_ld(page):
    blocks = [s for s in page.all(".//script") if s.get("type") == "application/ld+json"]
    assert len(blocks) == 1
    return json.loads(blocks[0].text)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("src", PAGES)
def test_each_page_describes_itself_as_a_medical_web_page_in_its_language(site, src, lang):
    page = _head(site, src, lang)
    data = _json_ld(page)
    assert data["@context"] == "https://schema.org" and data["@type"] == "MedicalWebPage"
    assert data["inLanguage"] == tag(lang)
    assert data["lastReviewed"] == "2017-08-15"
    assert data["about"] == {"@type": "MedicalTherapy", "name": say("Palliative care", lang)}
    assert data["url"] == "https://palliative-care.example.org/" + page_url(src, lang)
    assert data["name"] == text_of(page.one(".//article//h1"))
    assert data["description"] == page.one(".//head/meta[@name='description']").get("content")


@pytest.mark.parametrize("src", sorted(CAMPUS_PLACES))
def test_campus_pages_name_the_organization_with_only_the_seeds_facts(site, src):
    name, places = CAMPUS_PLACES[src]
    for lang in LANGUAGES:
        organization = _json_ld(_head(site, src, lang))["mainEntity"]
        # The names as readers of the page's language know them (梅奥诊所, مايو كلينك).
        assert organization["@type"] == "MedicalOrganization" and organization["name"] == say(name, lang)
        addresses = organization.get("address", [])
        addresses = addresses if isinstance(addresses, list) else [addresses]
        assert {(a["addressLocality"], a["addressRegion"]) for a in addresses} == {
            (say(city, lang), say(state, lang)) for city, state in places
        }
        assert set(organization) <= {"@type", "name", "address"}
        assert all(set(a) == {"@type", "addressLocality", "addressRegion"} for a in addresses)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_has_its_own_written_description_in_its_language(site, lang):
    descriptions = {}
    for src in PAGES:
        description = _head(site, src, lang).one(".//head/meta[@name='description']").get("content")
        assert 40 <= len(description) <= 200, f"{src}: {description!r}"
        if lang in SCRIPT:
            assert SCRIPT[lang].search(description), f"{src} ({lang}) description is not in {lang}"
        if lang != "en":
            english = _head(site, src, "en").one(".//head/meta[@name='description']").get("content")
            assert description != english
        descriptions[src] = description
    assert len(set(descriptions.values())) == len(descriptions), "two pages share a description"


@pytest.mark.parametrize(("lang", "locale"), [("en", "en_US"), ("es", "es_US"), ("ar", "ar_AR"), ("zh", "zh_CN")])
def test_open_graph_gives_title_description_and_locale(site, lang, locale):
    page = _head(site, "services/hospital.md", lang)
    og = {m.get("property"): m.get("content") for m in page.all(".//head/meta") if m.get("property")}
    assert og["og:locale"] == locale
    assert og["og:title"] == text_of(page.one(".//article//h1"))
    assert og["og:description"] == page.one(".//head/meta[@name='description']").get("content")


@pytest.mark.parametrize(("lang", "due", "cycle", "overdue"), [
    ("en", "Aug. 15, 2020", "every 3 years", "has not been done yet"),
    ("es", "15 de agosto de 2020", "cada 3 años", "todavía no se ha hecho"),
    ("ar", "15 أغسطس 2020", "كل 3 سنوات", "لم تتم بعد"),
    ("zh", "2020年8月15日", "每 3 年", "尚未进行"),
])
def test_each_page_says_plainly_that_its_review_is_overdue(site, lang, due, cycle, overdue):
    """The 2017 date is the source's; the three-year cycle is the site's own
    rule, said as such; every page is past it today, and says so."""
    for src in PAGES:
        page = _head(site, src, lang)
        text = text_of(page.one(".//span[@class='page-review__due page-review__due--overdue']"))
        assert due in text and cycle in text and overdue in text, f"{src} ({lang}): {text}"


def test_the_review_report_says_every_page_is_overdue_today(capsys):
    assert review_dates.main(["--config", str(PROJECT_DIR / "mkdocs.yml"), "--today", "2026-11-27"]) == 0
    out = capsys.readouterr().out
    count = len(PAGES) * len(LANGUAGES)
    assert f"{count} of {count} pages are overdue for medical review." in out
    assert "docs/services/hospital.es.md: last reviewed 2017-08-15, due 2020-08-15 — OVERDUE by" in out


def test_the_review_report_counts_from_the_three_year_cycle():
    inventory = take_inventory(PROJECT_DIR / "docs", TRANSLATIONS)
    before = reviews(inventory, dt.date(2020, 8, 15))
    after = reviews(inventory, dt.date(2020, 8, 16))
    assert not any(item.overdue for item in before)
    assert all(item.overdue_days == 1 for item in after)
