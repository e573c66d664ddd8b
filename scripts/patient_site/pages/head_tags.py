"""What a page tells search engines and link previews about itself: its
canonical address and its Open Graph card.
"""

from __future__ import annotations

# Open Graph wants a territory; these are the audiences the translations are
# written for (US Spanish, Simplified Chinese; Arabic for every region).
OG_LOCALES = {"en": "en_US", "es": "es_US", "ar": "ar_AR", "zh": "zh_CN"}


def canonical_url(site_url: str, url: str) -> str:
    return site_url.rstrip("/") + "/" + url


def open_graph(*, title: str, description: str, text_lang: str, url: str, site_name: str) -> dict[str, str]:
    return {
        "title": title,
        "description": description,
        "locale": OG_LOCALES.get(text_lang, text_lang),
        "url": url,
        "site_name": site_name,
    }
