"""Which page, in which language, the plugin is looking at."""

from __future__ import annotations

from patient_site.mkdocs_plugin.page_source import english_url, page_source
from tests.plugin.mkdocs_run import run_events
from tests.plugin.scenarios import scenario


def test_a_translated_page_is_read_in_its_own_language(tmp_path):
    run = run_events(scenario("fallback-page", tmp_path / "site"), only_language="es")
    page = run.page("index.es.md")
    source = page_source(page, run.state, "es")
    assert (source.src, source.english_src, source.reader_lang, source.text_lang, source.prefix) == (
        "index.es.md", "index.md", "es", "es", "es/"
    )
    assert english_url(page, source) == ""


def test_a_page_without_translation_is_english_text_in_the_spanish_section(tmp_path):
    run = run_events(scenario("fallback-page", tmp_path / "site"), only_language="es")
    page = run.page("care.md")
    source = page_source(page, run.state, "es")
    assert (source.english_src, source.reader_lang, source.text_lang) == ("care.md", "es", "en")
    assert page.url == "es/care/" and english_url(page, source) == "care/"


def test_an_english_page_is_english(tmp_path):
    run = run_events(scenario("fallback-page", tmp_path / "site"))
    source = page_source(run.page("care.md"), run.state, "en")
    assert (source.reader_lang, source.text_lang, source.prefix) == ("en", "en", "")
