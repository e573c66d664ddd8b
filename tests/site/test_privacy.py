"""Reading the site tells no third party anything: every page, stylesheet and
script loads only from the site itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.site_pages import parse_html

pytestmark = pytest.mark.site

# Attributes that make the browser fetch something.
LOADING = {
    "script": "src", "img": "src", "iframe": "src", "source": "src", "audio": "src",
    "video": "src", "embed": "src", "object": "data",
}
FETCHING_LINK_RELS = {"stylesheet", "icon", "preload", "prefetch", "preconnect", "dns-prefetch", "modulepreload", "manifest"}


def _is_external(url: str) -> bool:
    return bool(re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//", url, re.I)) and not url.startswith("data:")


def test_no_page_loads_anything_from_another_host(site):
    offenders = []
    for html in Path(site).rglob("*.html"):
        page = parse_html(html)
        for element in page.root.iter():
            attribute = LOADING.get(element.tag)
            if attribute and element.get(attribute) and _is_external(element.get(attribute)):
                offenders.append(f"{html}: <{element.tag} {attribute}={element.get(attribute)}>")
            rels = set((element.get("rel") or "").split())
            if element.tag == "link" and rels & FETCHING_LINK_RELS and _is_external(element.get("href") or ""):
                offenders.append(f"{html}: <link href={element.get('href')}>")
            if element.get("style") and "url(" in element.get("style"):
                offenders.append(f"{html}: inline style with url()")
    assert not offenders, "\n".join(offenders[:20])


def test_no_stylesheet_loads_fonts_or_images_from_another_host(site):
    # (What the scripts actually request is checked in a real browser.)
    offenders = []
    for path in Path(site).rglob("*.css"):
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in re.finditer(r"url\(\s*['\"]?(https?:)?//[^)]+\)|@import\s+['\"]?(https?:)?//", text):
            offenders.append(f"{path}: {match.group(0)[:80]}")
    assert not offenders, "\n".join(offenders[:20])


def test_footer_has_no_generator_credit(site):
    page = parse_html(Path(site) / "index.html")
    assert not [a for a in page.root.iter("a") if "squidfunk" in (a.get("href") or "")]
