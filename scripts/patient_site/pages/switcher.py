"""The language switcher's links, relative to the site.

static-i18n writes each language's link as an absolute path under
site_url's path ("/", "/palliative-care/es/"); the site must serve at the
root and under any sub-path alike, so the links are made relative to the
site root (the templates' `url` filter then makes them relative to the page).
"""

from __future__ import annotations

from urllib.parse import urlsplit


def site_relative(link: str, site_url: str) -> str:
    """'/palliative-care/es/' with site_url 'https://h/palliative-care/' -> 'es/'."""
    base = urlsplit(site_url or "/").path
    base = base if base.endswith("/") else base + "/"
    return link[len(base):] if link.startswith(base) else link
