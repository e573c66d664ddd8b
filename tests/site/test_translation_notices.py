"""A reader is never misled about a page's language or age: a missing
translation, an outdated one and an unreviewed one each say so, in the
reader's language, in a real build of a modified copy of the site."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from patient_site.cli import translation_tool
from tests.conftest import copy_project, run_build
from tests.support.site_pages import output_file, page_url, parse_html, tag, text_of

pytestmark = pytest.mark.site

SITE_URL = "https://palliative-care.example.org/"


@pytest.fixture(scope="module")
def site_with_gaps(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site with the research page untranslated in Arabic and Chinese,
    the clinical trials page changed in English since its translations, and
    the Spanish children's page signed off by a medical reviewer."""
    project = copy_project(tmp_path_factory.mktemp("gaps") / "project")
    (project / "docs" / "team" / "research.ar.md").unlink()
    (project / "docs" / "team" / "research.zh.md").unlink()
    trials = project / "docs" / "clinical-trials.md"
    trials.write_text(trials.read_text(encoding="utf-8").replace("manage conditions.", "manage many conditions."), encoding="utf-8")
    assert translation_tool.main(["--config", str(project / "mkdocs.yml"), "sign-off", "es", "services/children.md", "--reviewer", "Dr. Test"]) == 0
    site = project / "site"
    result = run_build(project, site, "--no-handouts")
    assert result.returncode == 0, result.stderr[-3000:]
    return site


def _page(site: Path, src: str, lang: str):  # type: ignore[no-untyped-def]
    return parse_html(output_file(site, page_url(src, lang)))


def _notices(site: Path, src: str, lang: str) -> dict[str, str]:
    page = _page(site, src, lang)
    return {
        notice.get("class").split("--")[1]: text_of(notice)
        for notice in page.all(".//p")
        if (notice.get("class") or "").startswith("page-notice ")
    }


@pytest.mark.parametrize(("lang", "words"), [("ar", "الإنجليزية"), ("zh", "英文")])
def test_a_missing_translation_says_so_in_the_readers_language(site_with_gaps, lang, words):
    notices = _notices(site_with_gaps, "team/research.md", lang)
    assert set(notices) == {"fallback"}
    assert words in notices["fallback"]


@pytest.mark.parametrize("lang", ["ar", "zh"])
def test_the_english_text_of_a_fallback_page_keeps_its_language_and_direction(site_with_gaps, lang):
    page = _page(site_with_gaps, "team/research.md", lang)
    assert page.root.get("lang") == tag(lang)
    wrapper = page.one(".//div[@class='page-fallback']")
    assert (wrapper.get("lang"), wrapper.get("dir")) == ("en", "ltr")
    assert "Mayo Clinic doctors are specialists at a research institution." in text_of(wrapper)
    link = page.one(".//p[@class='page-notice page-notice--fallback']/a")
    assert link.get("hreflang") == "en" and link.get("href") == "../../../team/research/"


def test_a_fallback_page_points_search_engines_at_the_english_page(site_with_gaps):
    page = _page(site_with_gaps, "team/research.md", "ar")
    assert page.one(".//head/link[@rel='canonical']").get("href") == SITE_URL + "team/research/"
    # The sitemap's alternates of the page: the languages it exists in, and x-default.
    sitemap = (site_with_gaps / "sitemap.xml").read_text(encoding="utf-8")
    entry = re.search(r"<url>\s*<loc>" + re.escape(SITE_URL + "team/research/") + r"</loc>(.*?)</url>", sitemap, re.S).group(1)
    assert dict(re.findall(r'hreflang="([^"]+)" href="([^"]+)"', entry)) == {
        "en": SITE_URL + "team/research/", "es": SITE_URL + "es/team/research/", "x-default": SITE_URL + "team/research/",
    }
    # The switcher still offers every language.
    switcher = {a.get("hreflang") for a in page.all(".//a[@class='md-select__link']")}
    assert switcher == {"en", "es", "ar", "zh"}


def test_the_sitemap_leaves_fallback_pages_out(site_with_gaps):
    sitemap = (site_with_gaps / "sitemap.xml").read_text(encoding="utf-8")
    locs = set(re.findall(r"<loc>([^<]+)</loc>", sitemap))
    assert SITE_URL + "es/team/research/" in locs
    assert SITE_URL + "ar/team/research/" not in locs and SITE_URL + "zh/team/research/" not in locs
    assert 'hreflang="ar" href="' + SITE_URL + 'ar/team/research/"' not in sitemap
    assert 'hreflang="ar" href="' + SITE_URL + 'ar/team/teamwork/"' in sitemap


@pytest.mark.parametrize(("lang", "words"), [("es", "inglés"), ("ar", "الإنجليزية"), ("zh", "英文")])
def test_an_outdated_translation_says_the_english_page_has_changed(site_with_gaps, lang, words):
    notices = _notices(site_with_gaps, "clinical-trials.md", lang)
    assert "outdated" in notices and words in notices["outdated"]
    page = _page(site_with_gaps, "clinical-trials.md", lang)
    link = page.one(".//p[@class='page-notice page-notice--outdated']/a")
    assert link.get("href") == "../../clinical-trials/"


def test_a_reviewed_translation_says_when_it_was_reviewed_instead_of_the_draft_notice(site_with_gaps):
    notices = _notices(site_with_gaps, "services/children.md", "es")
    assert set(notices) == {"reviewed"}
    assert notices["reviewed"].startswith("Un profesional médico revisó esta traducción el ")
    assert set(_notices(site_with_gaps, "services/children.md", "ar")) == {"draft"}
    assert _notices(site_with_gaps, "services/children.md", "en") == {}
