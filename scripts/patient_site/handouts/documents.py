"""Patient handouts: what goes on the paper, independent of the PDF engine.

The MkDocs build records, for every page in every language, its rendered
body and status (`HandoutSource`); this module names the files, makes the
links work on paper (no `file://` paths of the build machine: relative links
become the page's web address), and assembles the print document — one page,
or every page of a language as a booklet with a table of contents — from the
project's own print template (templates/handout.html, beside this module).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from html import escape, unescape
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from patient_site.pages.status import Notice
from patient_site.translations.languages import text_direction

TEMPLATES = Path(__file__).resolve().parent / "templates"
PAPER_SIZES = {"letter": "letter", "a4": "A4"}
DEFAULT_PAPER = "letter"  # US hospital; `--paper a4` or HANDOUT_PAPER=a4 switches

_HREF = re.compile(r'(\s(?:href|src))="([^"]*)"')
_ID = re.compile(r'(\sid)="([^"]*)"')


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


def slug(page: str) -> str:
    """'services/hospital.md' -> 'services-hospital'; 'index.md' -> 'home'."""
    stem = page[: -len(".md")] if page.endswith(".md") else page
    if stem.endswith("/index"):
        stem = stem[: -len("/index")]
    return "home" if stem == "index" else stem.replace("/", "-")


def handout_filename(page: str, lang: str, prefix: str) -> str:
    """The PDF's name, which says what site, page and language it holds
    ('palliative-care-services-hospital-es.pdf')."""
    return f"{prefix}-{slug(page)}-{lang}.pdf"


def booklet_filename(lang: str, prefix: str) -> str:
    return f"{prefix}-booklet-{lang}.pdf"


def handout_path(source: HandoutSource) -> str:
    """Where the handout is stored: beside the page (site-relative)."""
    return source.url + handout_filename(source.page, source.lang, source.file_prefix)


def absolute_links(body_html: str, page_url: str, site_url: str, id_prefix: str = "") -> str:
    """Rewrite the links of a page body for paper: relative links become the
    site's web addresses, in-page anchors stay (optionally prefixed, so
    several pages can share one booklet)."""
    base = site_url.rstrip("/") + "/"

    def link(match: re.Match[str]) -> str:
        attribute, target = match.group(1), unescape(match.group(2))
        if target.startswith("#"):
            return f'{attribute}="#{id_prefix}{target[1:]}"'
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", target):
            return match.group(0)  # http(s):, mailto:, data: …
        path, _, fragment = target.partition("#")
        joined = posixpath.normpath(posixpath.join("/" + page_url, path or ".")).lstrip("/")
        if joined and (path.endswith("/") or path in ("", ".", "..")):
            joined += "/"
        joined = "" if joined in (".", "./") else joined
        return f'{attribute}="{escape(base + joined + ("#" + fragment if fragment else ""), quote=True)}"'

    html = _HREF.sub(link, body_html)
    if id_prefix:
        html = _ID.sub(lambda m: f'{m.group(1)}="{id_prefix}{m.group(2)}"', html)
    return html


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


def render_handout(source: HandoutSource, messages: Mapping[str, str], paper: str = DEFAULT_PAPER) -> str:
    """The print document (HTML) of one page (`messages`: the interface text
    of the reader's language)."""
    body = absolute_links(source.body_html, source.url, source.site_url)
    return _environment().get_template("handout.html").render(
        lang=source.lang,
        dir=text_direction(source.lang),
        title=source.title,
        site_name=source.site_name,
        paper=PAPER_SIZES[paper],
        page_counter=page_counter_css(messages),
        messages=messages,
        sections=[_section(source, body)],
        booklet=False,
    )


def render_booklet(
    sources: list[HandoutSource], lang: str, site_name: str, messages: Mapping[str, str], paper: str = DEFAULT_PAPER
) -> str:
    """Every page of a language in one document, with a table of contents."""
    ordered = sorted(sources, key=lambda s: s.order)
    sections = []
    for source in ordered:
        prefix = slug(source.page) + "--"
        body = absolute_links(source.body_html, source.url, source.site_url, id_prefix=prefix)
        sections.append(_section(source, body, anchor=prefix + "page"))
    return _environment().get_template("handout.html").render(
        lang=lang,
        dir=text_direction(lang),
        title=site_name,
        site_name=site_name,
        paper=PAPER_SIZES[paper],
        page_counter=page_counter_css(messages),
        messages=messages,
        sections=sections,
        booklet=True,
    )


def _section(source: HandoutSource, body: str, anchor: str = "page") -> dict:
    return {
        "anchor": anchor,
        "title": source.title,
        "text_lang": source.text_lang,
        "text_dir": text_direction(source.text_lang),
        "body": body,
        "notices": source.notices,
        "last_reviewed": source.last_reviewed,
        "review_due": source.review_due,
        "web_address": source.web_address,
    }
