"""A QR code back to the current page, drawn as vector graphics (segno, a
well-kept pure-Python QR encoder; nothing is fetched)."""

from __future__ import annotations

from functools import lru_cache

import segno


@lru_cache(maxsize=4096)  # a page's code is on its handout, large print, bilingual and booklet
def qr_svg(address: str, title: str) -> str:
    """An inline SVG of `address`, scaled by the print stylesheet."""
    code = segno.make(address, error="m", micro=False)
    return code.svg_inline(scale=1, border=2, title=title, svgclass="qr-code", lineclass=None, omitsize=True)
