"""Patient handouts: what goes on the paper, independent of the PDF engine.

The MkDocs build records, for every page in every language, its rendered
body and status (`HandoutSource`); this module assembles each edition's
print document from the project's print template (templates/handout.html):
one page (standard or large print), a page in English and the reader's
language section by section, or every page of a language as a booklet with
a table of contents — each with links that work on paper (paper_links.py)
and a QR code back to the current page (qr.py).

Bilingual layout: each section (by heading id) in English, then in the
reader's language, rather than two columns side by side. On Letter and A4,
two columns at 12 pt leave about 40 characters a line — too narrow for the
services table, for large words, and for an Arabic column beside an English
one — while one section after another keeps each language at full width and
its own direction, keeps a section's two versions together, and reads the
same on both papers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from html import escape
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, Template, select_autoescape

from patient_site.handouts.paper_links import LinkReferences, on_paper
from patient_site.handouts.qr import qr_svg
from patient_site.handouts.sections import paired_sections
from patient_site.pages.handout_files import EDITIONS, STANDARD, handout_filename, slug
from patient_site.pages.status import Notice
from patient_site.translations.languages import text_direction

TEMPLATES = Path(__file__).resolve().parent / "templates"
PAPER_SIZES = {"letter": "letter", "a4": "A4"}
DEFAULT_PAPER = "letter"  # US hospital; `--paper a4` or HANDOUT_PAPER=a4 switches

_TABLE = re.compile(r"<table\b.*?</table>", re.DOTALL)
_TH = re.compile(r"<th\b[^>]*>(.*?)</th>", re.DOTALL)
_TD = re.compile(r"<td\b([^>]*)>")


@dataclass(frozen=True)
class HandoutSource:
    """One page in one language, as the MkDocs build rendered it."""

    page: str  # the English page, relative to docs/
    lang: str  # the reader's language
    text_lang: str  # the language of the text (differs on a fallback page)
    title: str
    body_html: str
    url: str  # site-relative URL of the page, e.g. "es/services/hospital/"
    site_name: str
    site_url: str
    last_reviewed: str = ""
    review_due: str = ""
    notices: tuple[Notice, ...] = field(default_factory=tuple)
    order: int = 0  # position in the navigation
    file_prefix: str = "handout"  # the site's handout file names start with it

    @property
    def web_address(self) -> str:
        return self.site_url.rstrip("/") + "/" + self.url


@dataclass(frozen=True)
class PrintSettings:
    """What the whole build's handouts share."""

    paper: str = DEFAULT_PAPER
    language_tags: Mapping[str, str] = field(default_factory=dict)  # zh -> zh-Hans
    language_names: Mapping[str, str] = field(default_factory=dict)  # es -> Español

    def tag(self, lang: str) -> str:
        return self.language_tags.get(lang, lang)


def handout_path(source: HandoutSource, edition: str = STANDARD, english: str = "en") -> str:
    """Where a handout is stored: beside its page (site-relative)."""
    return source.url + handout_filename(source.page, source.lang, source.file_prefix, edition, english)


def page_counter_css(messages: Mapping[str, str]) -> str:
    """'Page {page} of {pages}' as a CSS `content` value."""
    template = messages["handout_page_of"].format(page="\x00page\x00", pages="\x00pages\x00")
    parts = []
    for piece in re.split(r"(\x00pages?\x00)", template):
        if piece == "\x00page\x00":
            parts.append("counter(page)")
        elif piece == "\x00pages\x00":
            parts.append("counter(pages)")
        elif piece:
            parts.append('"' + piece.replace("\\", "\\\\").replace('"', '\\"') + '"')
    return " ".join(parts)


@cache  # the packaged template, the same for every build
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


def print_template(name: str) -> Template:
    """One of the print templates (templates/): handouts and review sheets."""
    return _environment().get_template(name)


def _label_table_cells(html: str) -> str:
    """Give each table cell its column's heading (data-label), so a large-print
    table can be laid out as one column of labelled rows."""

    def label_row(row: str, headings: list[str]) -> str:
        column = iter(headings)
        return _TD.sub(lambda m: f'<td data-label="{escape(next(column, ""), quote=True)}"{m.group(1)}>', row)

    def table(match: re.Match[str]) -> str:
        body = match.group(0)
        headings = [re.sub(r"<[^>]+>", "", heading).strip() for heading in _TH.findall(body)]
        if not headings:
            return body
        return "".join(label_row(row, headings) for row in re.split(r"(?=<tr\b)", body))

    return _TABLE.sub(table, html)


def _document(*, lang: str, title: str, site_name: str, messages: Mapping[str, str], settings: PrintSettings,
              sections: list[dict], large_print: bool, booklet: bool) -> str:
    return print_template("handout.html").render(
        lang=lang,
        lang_tag=settings.tag(lang),
        dir=text_direction(lang),
        title=title,
        site_name=site_name,
        paper=PAPER_SIZES[settings.paper],
        page_counter=page_counter_css(messages),
        messages=messages,
        sections=sections,
        booklet=booklet,
        large_print=large_print,
    )


def _paper_body(source: HandoutSource, references: LinkReferences, large_print: bool, id_prefix: str = "") -> str:
    body = on_paper(source.body_html, source.url, source.site_url, references, id_prefix)
    return _label_table_cells(body) if large_print else body


def _page_section(source: HandoutSource, messages: Mapping[str, str], parts: list[dict], references: LinkReferences,
                  anchor: str = "page") -> dict:
    return {
        "anchor": anchor,
        "title": source.title,
        "parts": parts,
        "notices": source.notices,
        "last_reviewed": source.last_reviewed,
        "review_due": source.review_due,
        "web_address": source.web_address,
        "addresses": list(references.addresses),
        "qr": qr_svg(source.web_address, messages["handout_scan"]),
    }


def render_handout(source: HandoutSource, messages: Mapping[str, str], settings: PrintSettings,
                   edition: str = STANDARD) -> str:
    """The print document (HTML) of one page, standard or large print
    (`messages`: the interface text of the reader's language)."""
    large = EDITIONS[edition].large_print
    references = LinkReferences()
    body = _paper_body(source, references, large)
    part = {"lang": settings.tag(source.text_lang), "dir": text_direction(source.text_lang), "html": body, "label": ""}
    section = _page_section(source, messages, [part], references)
    return _document(lang=source.lang, title=source.title, site_name=source.site_name, messages=messages,
                     settings=settings, sections=[section], large_print=large, booklet=False)


def render_bilingual(english: HandoutSource, translation: HandoutSource, messages: Mapping[str, str],
                     settings: PrintSettings) -> str:
    """English and the translation together, section by section — each
    section in English, then in the reader's language (both titles on page
    1, in the first section) — with the translation's notices and review
    line (`messages`: the translation's interface text)."""
    references = LinkReferences()
    names = settings.language_names
    parts = []
    # Paired by heading id first; then each part made ready for paper (the
    # English ids prefixed, so no id appears twice in the document).
    for _ident, english_html, translated_html in paired_sections(english.body_html, translation.body_html):
        for source, html, prefix in ((english, english_html, "en--"), (translation, translated_html, "")):
            if not html.strip():
                continue
            body = on_paper(html, source.url, source.site_url, references, prefix)
            lang = source.text_lang
            parts.append({"lang": settings.tag(lang), "dir": text_direction(lang), "html": body, "label": names.get(lang, lang)})
    section = _page_section(translation, messages, parts, references)
    return _document(lang=translation.lang, title=f"{translation.title} — {english.title}", site_name=translation.site_name,
                     messages=messages, settings=settings, sections=[section], large_print=False, booklet=False)


def render_booklet(sources: list[HandoutSource], lang: str, site_name: str, messages: Mapping[str, str],
                   settings: PrintSettings) -> str:
    """Every page of a language in one document, with a table of contents."""
    sections = []
    for source in sorted(sources, key=lambda s: s.order):
        prefix = slug(source.page) + "--"
        references = LinkReferences()
        body = _paper_body(source, references, large_print=False, id_prefix=prefix)
        part = {"lang": settings.tag(source.text_lang), "dir": text_direction(source.text_lang), "html": body, "label": ""}
        sections.append(_page_section(source, messages, [part], references, anchor=prefix + "page"))
    return _document(lang=lang, title=site_name, site_name=site_name, messages=messages, settings=settings,
                     sections=sections, large_print=False, booklet=True)
