"""What a page tells search engines and link previews about itself: its
canonical address, its other languages, and its Open Graph card.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

# Open Graph wants a territory; these are the audiences the translations are
# written for (US Spanish, Simplified Chinese; Arabic for every region).
OG_LOCALES = {"en": "en_US", "es": "es_US", "ar": "ar_AR", "zh": "zh_CN"}


def canonical_url(site_url: str, url: str) -> str:
    return site_url.rstrip("/") + "/" + url


def relative_alternates(alternates: Iterable[dict], site_url: str, languages: set[str]) -> list[dict]:
    """The language switcher's links for this page, relative to the site (so
    one build serves at the root and under a sub-path), keeping only the
    languages the page really exists in (the switcher still offers all)."""
    base = urlsplit(site_url or "/").path
    base = base if base.endswith("/") else base + "/"
    result = []
    for alternate in alternates:
        link = alternate.get("link", "")
        if link.startswith(base):
            alternate["link"] = link[len(base):]
        if alternate.get("lang") in languages:
            result.append(alternate)
    return result


def open_graph(*, title: str, description: str, text_lang: str, url: str, site_name: str) -> dict[str, str]:
    return {
        "title": title,
        "description": description,
        "locale": OG_LOCALES.get(text_lang, text_lang),
        "url": url,
        "site_name": site_name,
    }
