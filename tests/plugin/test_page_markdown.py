"""The site's additions to a page's Markdown, in the language of its text;
a problem is recorded at the line of the file, front matter counted."""

from __future__ import annotations

from patient_site.mkdocs_plugin import page_markdown
from patient_site.mkdocs_plugin.page_source import page_source
from patient_site.problems import Problem
from tests.plugin.mkdocs_run import run_events
from tests.plugin.scenarios import scenario


def test_citations_are_numbered_with_the_reference_list_in_the_readers_language(tmp_path):
    run = run_events(scenario("fallback-page", tmp_path / "site"), only_language="es")
    page = run.page("index.es.md")
    source = page_source(page, run.state, "es")
    markdown = page_markdown.transform("Texto. [@kelley2015seriously]\n", page, source, run.state)
    assert '<sup class="citation"><a href="#ref-kelley2015seriously"' in markdown
    assert "## Referencias { #references }" in markdown or "{ #references }" in markdown
    assert "New England Journal of Medicine" in markdown


def test_a_citation_unknown_at_render_time_is_a_problem_not_a_crash(tmp_path):
    """(The build checks citation keys before rendering; a page changed in
    between must still not end in a traceback.)"""
    run = run_events(scenario("unknown-citation", tmp_path / "site", languages=("en",)), check_sources=False)
    run.page("index.md")
    assert run.state.problems == [
        Problem("docs/index.md", 9, "unknown citation key 'nobody2020' — add it to the bibliography or correct the key")
    ]


def test_a_problem_found_while_rendering_names_the_files_own_line(tmp_path):
    config = scenario("fallback-page", tmp_path / "site")
    run = run_events(config)
    page = run.page("care.md")
    source = page_source(page, run.state, "en")
    page_markdown.transform("Text.\n\n[[no-such-block]]\n", page, source, run.state)
    # Line 3 of the Markdown MkDocs hands over; the file's front matter and the blank line after it are 5 lines.
    assert run.state.problems[0] == Problem(
        "docs/care.md", 8, "unknown directive '[[no-such-block]]' — use one of [[bibliography]], [[campus-services]], "
        "[[campus-services-table]], [[handouts]]"
    )
