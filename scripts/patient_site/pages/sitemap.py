"""The sitemap: every page in every language it is really translated into,
each with fully-qualified hreflang alternates (search engines need absolute
URLs; the pages' own alternates are relative). A page shown in a language it
is not translated into (the English fallback) is left out of that language.

Computed from the sources, not from one language build's state, so every
build — serial, or one language per process — writes the same file.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Mapping
from html import escape
from pathlib import Path

from patient_site.pages.urls import page_url


def sitemap_xml(
    site_url: str,
    pages: Iterable[str],
    languages: Iterable[str],
    default: str,
    translated: Mapping[str, set[str]],
    tags: Mapping[str, str] | None = None,
) -> str:
    """Every page in every language it exists in, with its alternates and
    `x-default` (the default language's page, for readers of any other);
    `tags` gives a language's BCP 47 tag where it is not its code
    (zh -> zh-Hans)."""
    tags = tags or {}
    base = site_url.rstrip("/") + "/"
    languages = list(languages)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    pages = list(pages)
    for lang in languages:
        for page in pages:
            exists_in = [other for other in languages if other == default or other in translated.get(page, set())]
            if lang not in exists_in:
                continue
            lines.append("  <url>")
            lines.append(f"    <loc>{escape(base + page_url(page, lang, default))}</loc>")
            for other in exists_in:
                href = escape(base + page_url(page, other, default))
                lines.append(f'    <xhtml:link rel="alternate" hreflang="{tags.get(other, other)}" href="{href}"/>')
            href = escape(base + page_url(page, default, default))
            lines.append(f'    <xhtml:link rel="alternate" hreflang="x-default" href="{href}"/>')
            lines.append("  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def write_sitemap(site_dir: Path, xml: str) -> None:
    data = xml.encode("utf-8")
    (site_dir / "sitemap.xml").write_bytes(data)
    # As MkDocs does: a fixed mtime keeps the compressed file reproducible.
    with gzip.GzipFile(site_dir / "sitemap.xml.gz", "wb", mtime=0) as handle:
        handle.write(data)
