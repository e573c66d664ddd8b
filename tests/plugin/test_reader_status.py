"""The reader's status of a page (review dates, notices) and what the
templates get from it."""

from __future__ import annotations

from patient_site.mkdocs_plugin import reader_status
from patient_site.mkdocs_plugin.page_source import page_source
from tests.plugin.mkdocs_run import run_events
from tests.plugin.scenarios import scenario
from tests.support.project import interface_text


def _status(tmp_path, name, src, lang, languages=("en", "es")):
    run = run_events(scenario(name, tmp_path / "site", languages=languages), only_language=lang)
    page = run.page(src)
    source = page_source(page, run.state, lang)
    return run, source, reader_status.status_of(page, source, run.state)


def test_a_fallback_page_says_so_in_the_readers_language_with_a_link_to_english(tmp_path):
    _run, _source, status = _status(tmp_path, "fallback-page", "care.md", "es")
    text = interface_text().messages("es")
    assert [(n.kind, n.text, n.link_text, n.link_url) for n in status.notices] == [
        ("fallback", text["translation_missing"], text["english_page_link"], "care/")
    ]
    assert status.is_fallback and status.text_dir == "ltr"


def test_an_outdated_draft_says_both(tmp_path):
    _run, _source, status = _status(tmp_path, "outdated-translation", "index.es.md", "es")
    assert [n.kind for n in status.notices] == ["outdated", "draft"]


def test_a_current_draft_says_it_awaits_review(tmp_path):
    _run, _source, status = _status(tmp_path, "fallback-page", "index.es.md", "es")
    assert [n.kind for n in status.notices] == ["draft"]


def test_a_signed_off_translation_says_when_a_medical_professional_reviewed_it(tmp_path):
    _run, _source, status = _status(tmp_path, "reviewed-translation", "index.es.md", "es")
    assert [(n.kind, n.text) for n in status.notices] == [
        ("reviewed", interface_text().message("es", "translation_reviewed", date="30 de noviembre de 2026"))
    ]


def test_a_signed_off_translation_edited_since_is_a_draft_again(tmp_path):
    config = scenario("reviewed-translation", tmp_path / "site")
    page = config.parent / "docs" / "index.es.md"
    page.write_text(page.read_text(encoding="utf-8").replace("ayudan.", "le ayudan."), encoding="utf-8")
    run = run_events(config, only_language="es")
    source = page_source(run.page("index.es.md"), run.state, "es")
    assert [n.kind for n in reader_status.status_of(run.page("index.es.md"), source, run.state).notices] == ["draft"]


def test_every_page_shows_its_review_date_and_that_review_is_overdue(tmp_path):
    _run, _source, status = _status(tmp_path, "rtl", "index.ar.md", "ar", languages=("en", "ar"))
    assert status.review_overdue and status.reviewed_on.isoformat() == "2017-08-15"
    assert status.last_reviewed == interface_text().message("ar", "last_reviewed", date="15 أغسطس 2017")


def test_the_templates_get_the_status_the_prefix_the_handout_and_the_interface_text(tmp_path):
    run, source, status = _status(tmp_path, "fallback-page", "care.md", "es")
    context: dict = {}
    reader_status.add_to_context(context, source, status, run.state)
    assert context["page_status"] is status
    assert context["language_root"] == "es/"
    assert context["handout_file"] is None  # (this build makes no handouts: no link to one)
    assert context["ui"] == interface_text().messages("es")
