"""on_page_content: what a page may not put into its HTML is a problem at
its line in the page's Markdown, the translation's own."""

from __future__ import annotations

from patient_site.mkdocs_plugin import html_policy
from patient_site.mkdocs_plugin.page_source import page_source
from tests.plugin.mkdocs_run import run_events
from tests.plugin.scenarios import scenario


def test_a_script_in_a_translation_is_reported_at_its_line(tmp_path):
    config = scenario("fallback-page", tmp_path / "site")
    page_file = config.parent / "docs" / "index.es.md"
    page_file.write_text(page_file.read_text(encoding="utf-8") + "\n<script>robar()</script>\n", encoding="utf-8")
    line = page_file.read_text(encoding="utf-8").splitlines().index("<script>robar()</script>") + 1
    run = run_events(config, only_language="es")
    source = page_source(run.page("index.es.md"), run.state, "es")
    html_policy.check("<p>Texto.</p>\n<script>robar()</script>", source, run.state)
    assert [(p.path, p.line) for p in run.state.problems] == [("docs/index.es.md", line)]
    assert "<script> is not allowed" in run.state.problems[0].message


def test_a_page_that_keeps_to_the_policy_adds_no_problem(tmp_path):
    run = run_events(scenario("fallback-page", tmp_path / "site"), only_language="es")
    source = page_source(run.page("index.es.md"), run.state, "es")
    html_policy.check('<p>Vea <a href="care/">la página</a>.</p>', source, run.state)
    assert run.state.problems == []
