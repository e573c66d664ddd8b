"""on_page_markdown: the site's additions to a page's Markdown (calls to
action, generated blocks, citations), in the language of its text."""

from __future__ import annotations

from mkdocs.structure.pages import Page

from patient_site.mkdocs_plugin.page_source import PageSource
from patient_site.mkdocs_plugin.state import BuildState
from patient_site.pages.page_markdown import PageInfo, expand_markdown
from patient_site.problems import Problem


def transform(markdown: str, page: Page, source: PageSource, state: BuildState) -> str:
    info = PageInfo(source.english_src, source.text_lang, source.reader_lang, page.url)
    markdown, problems = expand_markdown(markdown, info, state.site_data, state.text.messages(source.text_lang))
    if problems:
        # MkDocs hands over the body without its front matter and the blank
        # lines after it: lines count from the file's top.
        document = state.inputs.inventory.documents.get(source.src)
        offset = 0
        if document is not None:
            offset = document.body_start_line - 1 + len(document.body) - len(document.body.lstrip("\n"))
        state.problems.extend(Problem(f"docs/{source.src}", line + offset, message) for line, message in problems)
    return markdown
