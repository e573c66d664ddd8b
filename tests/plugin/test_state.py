"""What one build knows: the state of each translation and the language
of each page's text."""

from __future__ import annotations

from patient_site.mkdocs_plugin.state import BuildState
from tests.plugin.mkdocs_run import run_events
from tests.plugin.scenarios import scenario


def test_the_state_answers_for_each_page_and_language(tmp_path):
    state = run_events(scenario("outdated-translation", tmp_path / "site")).state
    assert isinstance(state, BuildState)
    assert state.translation("index.md", "en") is None
    assert state.translation("index.md", "es").state == "outdated"
    assert state.is_outdated("index.md", "es") and not state.is_outdated("index.md", "en")
    assert state.title("index.md", "es") == "Cuidados paliativos"


def test_a_missing_translation_is_english_text(tmp_path):
    state = run_events(scenario("fallback-page", tmp_path / "site")).state
    assert state.text_language("care.md", "es", file_locale="en") == "en"
    assert state.text_language("index.md", "es", file_locale="es") == "es"
    assert state.translated == {"index.md": {"es"}, "care.md": set()}


def test_a_page_declares_the_tag_mkdocs_yml_gives_its_language(tmp_path):
    state = run_events(scenario("fallback-page", tmp_path / "site", plugin={"language_tags": {"es": "es-US"}})).state
    assert (state.tag("es"), state.tag("en")) == ("es-US", "en")
