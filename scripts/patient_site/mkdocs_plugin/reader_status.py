"""on_page_context: what a reader must know about the page (review dates,
translation notices, the handout), and the interface text, for the templates."""

from __future__ import annotations

from mkdocs.structure.pages import Page

from patient_site.mkdocs_plugin.page_source import PageSource, english_url
from patient_site.mkdocs_plugin.state import BuildState
from patient_site.pages.handout_files import BILINGUAL, LARGE_PRINT, STANDARD, handout_filename
from patient_site.pages.status import ReaderStatus, reader_status
from patient_site.pages.urls import past_the_redirect


def english_link(page: Page, source: PageSource) -> str:
    """Where the notices' "Read the English page" leads (never back to the
    reader's language by the server's redirect)."""
    return past_the_redirect(english_url(page, source))



def status_of(page: Page, source: PageSource, state: BuildState) -> ReaderStatus:
    return reader_status(
        meta=page.meta,
        text_lang=source.text_lang,
        reader_lang=source.reader_lang,
        today=state.today,
        text=state.text,
        translation=state.translation(source.english_src, source.reader_lang),
        english_url=english_link(page, source),
        review_cycle_years=state.review_cycle_years,
    )


def add_to_context(context: dict, source: PageSource, status: ReaderStatus, state: BuildState) -> None:
    context["page_status"] = status
    context["language_root"] = source.prefix
    # Links to the page's handouts only where the build makes them (never a
    # dead link); a bilingual edition only for a page translated into the
    # reader's language.
    data, default = state.site_data, state.languages.default
    files = {}
    if data.handouts_built:
        page, lang = source.english_src, source.reader_lang
        files = {edition: handout_filename(page, lang, data.handout_prefix, edition, default) for edition in (STANDARD, LARGE_PRINT)}
        if lang != default and source.text_lang == lang:
            files[BILINGUAL] = handout_filename(page, lang, data.handout_prefix, BILINGUAL, default)
    context["handout_file"] = files.get(STANDARD)
    context["handout_files"] = files
    context["ui"] = state.text.messages(source.reader_lang)
    context["default_language"] = state.languages.default
