"""What each language gets once its pages are built: its own search index
(of the entries recorded as its pages were built), its 404 page, and the
sitemap."""

from __future__ import annotations

import json

from patient_site.mkdocs_plugin import language_outputs
from tests.plugin.mkdocs_run import run_events
from tests.plugin.scenarios import scenario


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


def test_a_pages_sections_are_recorded_relative_to_its_languages_root(tmp_path):
    run = run_events(scenario("fallback-page", tmp_path / "site"))
    page = run.page("index.md")
    page.content = '<h1 id="home">Inicio</h1><p>Cuidados paliativos</p><h2 id="team">Equipo</h2><p>Capellanes</p>'
    page.file.url = "es/"
    language_outputs.record_search_entries(page, "es", run.state)
    assert run.state.search_entries["es"] == [
        {"location": "", "title": "Inicio", "text": "<p>Cuidados paliativos</p>"},
        {"location": "#team", "title": "Equipo", "text": "<p>Capellanes</p>"},
    ]


def test_each_language_gets_an_index_of_its_own_entries(tmp_path):
    run = run_events(scenario("fallback-page", tmp_path / "site"))
    run.state.search_entries.update(
        {"en": [{"location": "", "title": "Home", "text": "a"}], "es": [{"location": "", "title": "Inicio", "text": "b"}]}
    )
    language_outputs.write_search_indexes(run.config, run.state, ("en", "es"))
    site = tmp_path / "site" / "site"
    spanish = json.loads((site / "es" / "search" / "d" / "0.json").read_text(encoding="utf-8"))
    english = json.loads((site / "search" / "d" / "0.json").read_text(encoding="utf-8"))
    assert [title for _url, title, _summary in spanish] == ["Inicio"] and [title for _u, title, _s in english] == ["Home"]
    assert json.loads((site / "es" / "search" / "manifest.json").read_text(encoding="utf-8"))["lang"] == "es"
