"""Which page, in which language, MkDocs is rendering (shared by every
concern of the plugin)."""

from __future__ import annotations

from dataclasses import dataclass

from mkdocs.structure.pages import Page

from patient_site.mkdocs_plugin.i18n import page_locale
from patient_site.mkdocs_plugin.state import BuildState
from patient_site.translations.languages import split_language


@dataclass(frozen=True)
class PageSource:
    src: str  # the file MkDocs reads, relative to docs/
    english_src: str  # its English page
    reader_lang: str  # the language of the site section being built
    text_lang: str  # the language of the text shown (the English on a fallback)
    prefix: str  # the reader language's URL prefix ("" or "es/")


def page_source(page: Page, state: BuildState, build_lang: str) -> PageSource:
    src = page.file.src_uri
    english_src = split_language(src, state.languages.all)[0]
    text_lang = state.text_language(english_src, build_lang, page_locale(page))
    return PageSource(src, english_src, build_lang, text_lang, state.languages.prefix(build_lang))


def english_url(page: Page, source: PageSource) -> str:
    """The URL of the page's English version, relative to the site root."""
    prefix = source.prefix
    return page.url[len(prefix):] if prefix and page.url.startswith(prefix) else page.url
