"""A page's finished HTML: repaired, English names marked in translations,
indentation dropped."""

from __future__ import annotations

from patient_site.mkdocs_plugin import html_output
from tests.plugin.mkdocs_run import run_events
from tests.plugin.scenarios import scenario

HTML = '<html><body>\n    <p>Mayo Clinic offers care.</p>\n    <label class="md-nav__title" for="__toc">On this page</label>\n</body></html>'


def test_a_translated_page_marks_english_names_and_loses_its_indentation(tmp_path):
    run = run_events(scenario("rtl", tmp_path / "site", languages=("en", "ar")))
    out = html_output.finish(HTML, "ar", run.state)
    assert '<span lang="en">Mayo Clinic</span>' in out
    assert "\n    " not in out
    assert '<div class="md-nav__title">On this page</div>' in out


def test_an_english_page_marks_no_names(tmp_path):
    run = run_events(scenario("rtl", tmp_path / "site", languages=("en", "ar")))
    assert '<span lang="en">' not in html_output.finish(HTML, "en", run.state)
