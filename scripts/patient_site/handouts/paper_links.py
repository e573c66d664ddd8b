"""Links that work on paper.

A printed page cannot be clicked: relative links become the site's web
addresses (never a `file://` path of the build machine); a link to the site
itself prints no address (the handout's QR code and printed address lead to
the current page); any other link gets a short reference number, with the
addresses listed at the end of the handout — long addresses inside table
cells and list items would read as broken text, and in a right-to-left
handout an address inline is reordered.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from html import escape, unescape

_HREF = re.compile(r'(\s(?:href|src))="([^"]*)"')
_ID = re.compile(r'(\sid)="([^"]*)"')
_LINK = re.compile(r'<a\s([^>]*?)href="([^"]*)"([^>]*)>(.*?)</a>', re.DOTALL)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def absolute_links(body_html: str, page_url: str, site_url: str, id_prefix: str = "") -> str:
    """Relative links become the site's web addresses; in-page anchors stay
    (optionally prefixed, so several pages can share one booklet)."""
    base = site_url.rstrip("/") + "/"

    def link(match: re.Match[str]) -> str:
        attribute, target = match.group(1), unescape(match.group(2))
        if target.startswith("#"):
            return f'{attribute}="#{id_prefix}{target[1:]}"'
        if _SCHEME.match(target):
            return f'{attribute}="{escape(target, quote=True)}"'  # http(s):, mailto: …
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


@dataclass
class LinkReferences:
    """The addresses a handout refers to, numbered in order of first use."""

    addresses: list[str] = field(default_factory=list)

    def number(self, address: str) -> int:
        if address not in self.addresses:
            self.addresses.append(address)
        return self.addresses.index(address) + 1


def refer_links(html: str, site_url: str, references: LinkReferences) -> str:
    """After absolute_links: a link to the site prints no address; any other
    web link gets its reference number; in-page anchors (citations) stay."""
    base = site_url.rstrip("/") + "/"

    def link(match: re.Match[str]) -> str:
        before, target, after, text = match.groups()
        address = unescape(target)
        if address.startswith("#") or not address.startswith(("http://", "https://")):
            return match.group(0)
        opening = f'<a {before}href="{target}"{after}>'
        if address.startswith(base):
            return _with_class(opening, "on-site") + text + "</a>"
        n = references.number(address)
        return _with_class(opening, "referred") + text + f'</a><sup class="link-ref">[{n}]</sup>'

    return _LINK.sub(link, html)


_CLASS = re.compile(r'\sclass="([^"]*)"')


def _with_class(tag: str, name: str) -> str:
    """`tag` (an opening tag) with `name` added to its classes."""
    if _CLASS.search(tag):
        return _CLASS.sub(lambda m: f' class="{m.group(1)} {name}"', tag, count=1)
    return tag[:-1] + f' class="{name}">'


def on_paper(html: str, page_url: str, site_url: str, references: LinkReferences, id_prefix: str = "") -> str:
    """A page's HTML with its links made for paper (both steps above)."""
    return refer_links(absolute_links(html, page_url, site_url, id_prefix), site_url, references)
