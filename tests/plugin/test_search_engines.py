"""What a page tells search engines: canonical address, other languages,
JSON-LD and Open Graph."""

from __future__ import annotations

import json

from patient_site.mkdocs_plugin import reader_status, search_engines
from patient_site.mkdocs_plugin.page_source import page_source
from tests.plugin.mkdocs_run import run_events
from tests.plugin.scenarios import scenario


def _context(tmp_path, src, lang, **config):
    run = run_events(scenario("fallback-page", tmp_path / "site", **config), only_language=lang)
    page = run.page(src)
    # What MkDocs sets before the page_context event.
    page.canonical_url = run.config.site_url + page.url
    source = page_source(page, run.state, lang)
    context: dict = {}
    search_engines.add_to_context(context, page, source, reader_status.status_of(page, source, run.state), run.config, run.state)
    return page, context


def test_a_page_without_translation_points_search_engines_at_the_english_page(tmp_path):
    page, context = _context(tmp_path, "care.md", "es")
    assert page.canonical_url == "https://example.org/care/"
    assert json.loads(context["structured_data"])["url"] == "https://example.org/care/"
    assert json.loads(context["structured_data"])["inLanguage"] == "en"


def test_a_translated_page_is_its_own_canonical_page(tmp_path):
    page, context = _context(tmp_path, "index.es.md", "es")
    assert page.canonical_url == "https://example.org/es/"
    data = json.loads(context["structured_data"])
    assert (data["@type"], data["inLanguage"], data["lastReviewed"]) == ("MedicalWebPage", "es", "2017-08-15")
    assert context["open_graph"]["locale"] == "es_US" and context["open_graph"]["title"] == "Cuidados paliativos"


def test_the_sites_subject_is_named_in_the_pages_language(tmp_path):
    _page, context = _context(tmp_path, "index.es.md", "es", plugin={"about": {"type": "MedicalTherapy", "name": "Palliative care"}})
    assert json.loads(context["structured_data"])["about"] == {"@type": "MedicalTherapy", "name": "cuidados paliativos"}
