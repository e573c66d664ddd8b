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
