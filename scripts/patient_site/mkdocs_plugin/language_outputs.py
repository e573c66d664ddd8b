"""What each language gets once all its pages are built — its own search
index and 404 page — and the site's sitemap (written in on_post_build); and
each page's search entries, recorded as it is built (on_page_context)."""

from __future__ import annotations

from pathlib import Path

from material.plugins.search.plugin import SearchIndex
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from patient_site.mkdocs_plugin.state import BuildState
from patient_site.pages.search_index import index_files, pages_of, write_index
from patient_site.pages.sitemap import sitemap_xml, write_sitemap


def record_search_entries(page: Page, lang: str, state: BuildState) -> None:
    """The page's sections as Material's search plugin would index them
    (its own parser, so sections and excluded parts are the same), with
    locations relative to the language's root."""
    index = SearchIndex()
    index.add_entry_from_context(page)
    prefix = state.languages.prefix(lang)
    entries = state.search_entries.setdefault(lang, [])
    for entry in index.entries:
        location = entry["location"]
        entries.append({**entry, "location": location[len(prefix):] if location.startswith(prefix) else location})


def write_search_indexes(config: MkDocsConfig, state: BuildState, built: tuple[str, ...]) -> None:
    site_dir = Path(config.site_dir)
    for lang in built:
        files = index_files(pages_of(state.search_entries.get(lang, []), lang), lang)
        write_index(site_dir, state.languages.prefix(lang), files)


def write_not_found_pages(config: MkDocsConfig, state: BuildState) -> None:
    """Every language build writes site/404.html; each one's is kept under its prefix."""
    site_dir = Path(config.site_dir)
    for lang, content in state.not_found_pages.items():
        target = site_dir / state.languages.prefix(lang) / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")


def write_site_map(config: MkDocsConfig, state: BuildState) -> None:
    if not config.site_url:
        return
    languages = state.languages
    xml = sitemap_xml(
        config.site_url, state.inputs.inventory.pages, languages.all, languages.default, state.translated, state.language_tags
    )
    write_sitemap(Path(config.site_dir), xml)
