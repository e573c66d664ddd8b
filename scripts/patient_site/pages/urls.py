"""Where each page is published: directory URLs, one folder per language."""

from __future__ import annotations

from patient_site.translations.languages import language_prefix


def page_path(src: str) -> str:
    """The URL path of a page (directory URLs): 'a/b.md' -> 'a/b/',
    'a/index.md' -> 'a/', 'index.md' -> ''."""
    stem = src[: -len(".md")] if src.endswith(".md") else src
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def page_url(src: str, lang: str, default: str) -> str:
    return language_prefix(lang, default) + page_path(src)


def past_the_redirect(url: str) -> str:
    """A link (relative to the site) as the reader who follows it chose it:
    the site root, the default language's home page, as 'index.html'. A
    server's language redirect applies to the bare root only (deploy/nginx),
    so a reader whose browser prefers another language reaches the page
    they picked, with JavaScript on or off, and before the page's scripts
    (which remember the choice) have run."""
    return url or "index.html"
