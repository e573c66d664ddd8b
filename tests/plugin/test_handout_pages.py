"""Every page, as rendered, is recorded for the handout step."""

from __future__ import annotations

from patient_site.mkdocs_plugin import handout_pages, reader_status
from patient_site.mkdocs_plugin.page_source import page_source
from tests.plugin.mkdocs_run import run_events
from tests.plugin.scenarios import scenario


def test_a_page_is_recorded_with_its_language_status_and_place_in_the_navigation(tmp_path):
    run = run_events(scenario("fallback-page", tmp_path / "site", plugin={"handout_prefix": "palliative"}), only_language="es")
    page = run.page("care.md")
    page.content = "<h1>Care</h1>"
    source = page_source(page, run.state, "es")
    status = reader_status.status_of(page, source, run.state)
    handout_pages.record(page, run.nav, source, status, run.config, run.state)
    (recorded,) = run.state.handouts
    assert (recorded.page, recorded.lang, recorded.text_lang, recorded.url) == ("care.md", "es", "en", "es/care/")
    assert recorded.body_html == "<h1>Care</h1>" and recorded.notices == status.notices
    assert recorded.file_prefix == "palliative"
    assert recorded.order == [p.file.src_uri for p in run.nav.pages].index("care.md")


def test_a_reviewed_translation_s_handout_carries_the_reviewed_notice(tmp_path):
    run = run_events(scenario("reviewed-translation", tmp_path / "site"), only_language="es")
    page = run.page("index.es.md")
    page.content = "<h1>Cuidados paliativos</h1>"
    source = page_source(page, run.state, "es")
    handout_pages.record(page, run.nav, source, reader_status.status_of(page, source, run.state), run.config, run.state)
    (recorded,) = run.state.handouts
    assert [notice.kind for notice in recorded.notices] == ["reviewed"]
