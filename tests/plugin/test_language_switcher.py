"""The language switcher's links: relative to the site (it serves at the
root and under any sub-path), and the English home page past the server's
language redirect."""

from __future__ import annotations

from patient_site.mkdocs_plugin import language_switcher
from tests.plugin.mkdocs_run import run_events
from tests.plugin.scenarios import scenario


def switcher_after(tmp_path, site_url: str, links: list[str]) -> list[str]:
    run = run_events(scenario("fallback-page", tmp_path / "site"))
    run.config.site_url = site_url
    # As static-i18n sets them for the page: absolute paths under site_url's path.
    run.config.extra.alternate = [{"name": lang, "link": link, "lang": lang} for lang, link in zip(("en", "es"), links, strict=True)]
    language_switcher.make_relative(run.config)
    return [alternate["link"] for alternate in run.config.extra.alternate]


def test_the_links_are_relative_to_the_site_and_the_english_home_is_index_html(tmp_path):
    assert switcher_after(tmp_path, "https://palliative-care.example.org/", ["/", "/es/"]) == ["index.html", "es/"]


def test_under_a_sub_path_the_links_are_the_same(tmp_path):
    links = ["/palliative-care/care/", "/palliative-care/es/care/"]
    assert switcher_after(tmp_path, "https://www.example.org/palliative-care/", links) == ["care/", "es/care/"]


def test_a_not_found_pages_switcher_leads_past_the_redirect_to_the_english_home(tmp_path):
    run = run_events(scenario("fallback-page", tmp_path / "site"))
    run.config.site_url = "https://www.example.org/palliative-care/"
    run.config.extra.alternate = [{"name": "en", "link": "/palliative-care/", "lang": "en"}, {"name": "es", "link": "/palliative-care/es/", "lang": "es"}]
    language_switcher.home_past_the_redirect(run.config)
    assert [a["link"] for a in run.config.extra.alternate] == ["/palliative-care/index.html", "/palliative-care/es/"]
