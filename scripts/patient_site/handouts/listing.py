"""The Handouts page's list: every page's PDF and the booklet, per language."""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from html import escape

from patient_site.handouts.documents import booklet_filename, handout_filename
from patient_site.pages.urls import page_path
from patient_site.translations.languages import language_prefix


def handouts_list(
    titles: Mapping[tuple[str, str], str], lang: str, default: str, from_url: str, messages: Mapping[str, str], prefix: str
) -> str:
    """The handouts page's list: every page's PDF and the booklet, as HTML
    with links relative to the page at `from_url`."""
    root = language_prefix(lang, default)
    items = []
    for (page, title_lang), title in sorted(titles.items()):
        if title_lang != lang:
            continue
        url = root + page_path(page)
        href = posixpath.relpath(url + handout_filename(page, lang, prefix), from_url or ".")
        items.append(f'<li><a href="{escape(href, quote=True)}">{escape(title)}</a> {escape(messages["handout_file_type"])}</li>')
    booklet = posixpath.relpath(root + booklet_filename(lang, prefix), from_url or ".")
    return (
        f'<p><a href="{escape(booklet, quote=True)}">{escape(messages["booklet_link"])}</a></p>\n\n'
        '<ul class="handouts">\n' + "\n".join(items) + "\n</ul>"
    )
