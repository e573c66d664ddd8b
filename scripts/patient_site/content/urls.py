"""Which addresses may be written into a page as a link target."""

from __future__ import annotations

from urllib.parse import urlsplit

# Characters a URL never holds unencoded (RFC 3986) that could break out of
# an attribute or hide a different target.
_UNSAFE_URL_CHARS = frozenset('"<>\\`')


def safe_link(url: str) -> str | None:
    """`url` if it is an absolute http(s) address, else None: anything else
    (javascript:, data:, relative paths, addresses with spaces or quotes)
    never reaches a page from configuration or bibliography data."""
    url = url.strip()
    if any(ch.isspace() or ord(ch) < 32 or ch in _UNSAFE_URL_CHARS for ch in url):
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url
