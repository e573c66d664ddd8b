"""on_page_content: the page's HTML checked against what a page may contain;
each finding is a problem at its line in the page's Markdown."""

from __future__ import annotations

from patient_site.mkdocs_plugin.page_source import PageSource
from patient_site.mkdocs_plugin.state import BuildState
from patient_site.pages.html_policy import findings, source_line
from patient_site.problems import Problem


def check(html: str, source: PageSource, state: BuildState) -> None:
    text = state.inputs.inventory.texts.get(source.src, "")
    for finding in findings(html):
        state.problems.append(Problem(f"docs/{source.src}", source_line(text, finding.needle), finding.what))
