"""on_page_context: each page, as rendered, recorded for the handout step."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from patient_site.handouts.documents import HandoutSource
from patient_site.mkdocs_plugin.page_source import PageSource
from patient_site.mkdocs_plugin.state import BuildState
from patient_site.pages.status import ReaderStatus


def record(page: Page, nav: object, source: PageSource, status: ReaderStatus, config: MkDocsConfig, state: BuildState) -> None:
    state.handouts.append(
        HandoutSource(
            page=source.english_src,
            lang=source.reader_lang,
            text_lang=source.text_lang,
            title=state.title(source.english_src, source.reader_lang) or page.title or "",
            body_html=page.content or "",
            url=page.url,
            site_name=config.site_name,
            site_url=config.site_url or "",
            last_reviewed=status.last_reviewed,
            review_due=status.review_due,
            notices=status.notices,
            order=_nav_position(page, nav, source.reader_lang, state),
            file_prefix=state.site_data.handout_prefix,
        )
    )


def _nav_position(page: Page, nav: object, lang: str, state: BuildState) -> int:
    positions = state.nav_positions.get(lang)
    if positions is None:
        pages = getattr(nav, "pages", [])
        positions = state.nav_positions[lang] = {p.file.src_uri: i for i, p in enumerate(pages)}
    return positions.get(page.file.src_uri, len(positions))
