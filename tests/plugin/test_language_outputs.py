"""What each language gets once its pages are built: its own search index
(with Material's settings for the language), its 404 page, and the sitemap."""

from __future__ import annotations

import json

from patient_site.mkdocs_plugin import language_outputs
from tests.plugin.mkdocs_run import run_events
from tests.plugin.scenarios import scenario


def test_material_search_settings_are_the_languages_own(tmp_path):
    """Spanish gets Spanish stemming, Chinese the separator that splits at
    the zero-width spaces of its segmentation."""
    run = run_events(scenario("fallback-page", tmp_path / "site"))
    assert language_outputs.search_settings(run.config, "es")["lang"] == ["es"]
    assert r"\u200b" in language_outputs.search_settings(run.config, "zh")["separator"]


def test_each_language_keeps_its_own_404_page(tmp_path):
    run = run_events(scenario("rtl", tmp_path / "site", languages=("en", "ar")))
    run.state.not_found_pages.update({"en": "not found", "ar": "غير موجودة"})
    language_outputs.write_not_found_pages(run.config, run.state)
    site = tmp_path / "site" / "site"
    assert (site / "404.html").read_text(encoding="utf-8") == "not found"
    assert (site / "ar" / "404.html").read_text(encoding="utf-8") == "غير موجودة"


def test_the_sitemap_lists_each_page_in_the_languages_it_exists_in(tmp_path):
    run = run_events(scenario("fallback-page", tmp_path / "site"))
    (tmp_path / "site" / "site").mkdir()
    language_outputs.write_site_map(run.config, run.state)
    xml = (tmp_path / "site" / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://example.org/es/</loc>" in xml and "<loc>https://example.org/care/</loc>" in xml
    assert "<loc>https://example.org/es/care/</loc>" not in xml


def test_a_languages_search_index_holds_only_its_own_pages(tmp_path):
    run = run_events(scenario("fallback-page", tmp_path / "site"))
    run.config.plugins["i18n"].search_entries = [
        {"location": "", "title": "Home", "text": "a"},
        {"location": "es/", "title": "Inicio", "text": "b"},
    ]
    language_outputs.write_search_indexes(run.config, run.state, ("en", "es"))
    spanish = json.loads((tmp_path / "site" / "site" / "es" / "search" / "search_index.json").read_text(encoding="utf-8"))
    english = json.loads((tmp_path / "site" / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert [d["title"] for d in spanish["docs"]] == ["Inicio"] and [d["title"] for d in english["docs"]] == ["Home"]
