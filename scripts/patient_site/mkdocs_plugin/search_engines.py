"""on_page_context: what the page tells search engines and link previews —
its canonical address, JSON-LD and Open Graph (its other languages are in
the sitemap)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from patient_site.mkdocs_plugin.page_source import PageSource, english_url
from patient_site.mkdocs_plugin.state import BuildState
from patient_site.pages.head_tags import canonical_url, open_graph
from patient_site.pages.status import ReaderStatus
from patient_site.pages.structured_data import json_ld, medical_web_page


def add_to_context(
    context: dict, page: Page, source: PageSource, status: ReaderStatus, config: MkDocsConfig, state: BuildState
) -> None:
    if source.text_lang != source.reader_lang and config.site_url:
        # A page with no translation is the English page: say so to search engines.
        page.canonical_url = canonical_url(config.site_url, english_url(page, source))
    title = state.title(source.english_src, source.reader_lang) or page.title or ""
    description = str(page.meta.get("description") or config.site_description or "")
    canonical = page.canonical_url or ""
    campus = state.inputs.campus_data.campus_of_page(source.english_src) if state.inputs.campus_data else None
    glossary, lang = state.inputs.glossary, source.text_lang
    about = state.about
    context["structured_data"] = json_ld(
        medical_web_page(
            name=title,
            description=description,
            lang=state.tag(lang),
            last_reviewed=status.reviewed_on,
            url=canonical,
            about=about,
            campus=campus,
            say=(lambda name: glossary.preferred(name, lang)) if glossary is not None else (lambda name: name),
        )
    )
    context["open_graph"] = open_graph(
        title=title, description=description, text_lang=source.text_lang, url=canonical, site_name=config.site_name
    )
