"""The Handouts page's list: every page's PDF and the booklet, per language."""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from html import escape

from patient_site.pages.handout_files import BILINGUAL, LARGE_PRINT, STANDARD, booklet_filename, handout_filename
from patient_site.pages.urls import page_path
from patient_site.translations.languages import language_prefix


def handouts_list(
    titles: Mapping[tuple[str, str], str],
    translated: Mapping[str, set[str]],
    lang: str,
    default: str,
    from_url: str,
    messages: Mapping[str, str],
    prefix: str,
) -> str:
    """The Handouts page's list, as HTML with links relative to the page at
    `from_url`: the booklet, then every page with its handout, its
    large-print edition and (in a translation) its bilingual edition — or
    why there is none."""
    root = language_prefix(lang, default)

    def link(page: str, edition: str, text: str) -> str:
        href = posixpath.relpath(root + page_path(page) + handout_filename(page, lang, prefix, edition, default), from_url or ".")
        return f'<a href="{escape(href, quote=True)}">{escape(text)}</a>'

    items = []
    for (page, title_lang), title in sorted(titles.items()):
        if title_lang != lang:
            continue
        editions = [f'{link(page, STANDARD, title)} {escape(messages["handout_file_type"])}', link(page, LARGE_PRINT, messages["large_print_link"])]
        if lang != default:
            if lang in translated.get(page, set()):
                editions.append(link(page, BILINGUAL, messages["bilingual_link"]))
            else:
                editions.append(f'<span class="no-bilingual">{escape(messages["no_bilingual"])}</span>')
        items.append("<li>" + " · ".join(editions) + "</li>")
    booklet = posixpath.relpath(root + booklet_filename(lang, prefix), from_url or ".")
    return (
        f'<p><a href="{escape(booklet, quote=True)}">{escape(messages["booklet_link"])}</a></p>\n\n'
        '<ul class="handouts">\n' + "\n".join(items) + "\n</ul>"
    )
