"""The handouts a nurse can print, and the file name of each.

For every page and language: the handout and its large-print edition; for
every page and each translation language: the bilingual edition (English and
the language, section by section); for every language: a booklet of all its
pages. A name says what site, page, language and edition it holds.
"""

from __future__ import annotations

from dataclasses import dataclass

STANDARD = "standard"
LARGE_PRINT = "large-print"
BILINGUAL = "bilingual"
BOOKLET = "booklet"


@dataclass(frozen=True)
class Edition:
    name: str
    large_print: bool = False


EDITIONS = {name: Edition(name, large_print=name == LARGE_PRINT) for name in (STANDARD, LARGE_PRINT, BILINGUAL, BOOKLET)}


def slug(page: str) -> str:
    """'services/hospital.md' -> 'services-hospital'; 'index.md' -> 'home'."""
    stem = page[: -len(".md")] if page.endswith(".md") else page
    if stem.endswith("/index"):
        stem = stem[: -len("/index")]
    return "home" if stem == "index" else stem.replace("/", "-")


def handout_filename(page: str, lang: str, prefix: str, edition: str = STANDARD, english: str = "en") -> str:
    """'palliative-care-services-hospital-es.pdf', '…-es-large-print.pdf',
    '…-en-es.pdf' (bilingual: English first, as on the paper)."""
    if edition == LARGE_PRINT:
        return f"{prefix}-{slug(page)}-{lang}-large-print.pdf"
    if edition == BILINGUAL:
        return f"{prefix}-{slug(page)}-{english}-{lang}.pdf"
    return f"{prefix}-{slug(page)}-{lang}.pdf"


def booklet_filename(lang: str, prefix: str) -> str:
    return f"{prefix}-booklet-{lang}.pdf"
