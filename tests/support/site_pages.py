"""What the tests know about the site: its pages, languages and URLs,
derived from docs/ (never from the code under test)."""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import tinyhtml5

from patient_site.translations.languages import plugin_options, read_mkdocs_yml, read_site_languages

PROJECT_DIR = Path(__file__).resolve().parents[2]
DOCS_DIR = PROJECT_DIR / "docs"
# The site's languages, from mkdocs.yml (the one list).
_LANGUAGES = read_site_languages(PROJECT_DIR / "mkdocs.yml")
LANGUAGES = _LANGUAGES.built
TRANSLATIONS = _LANGUAGES.built_translations
DEFAULT = _LANGUAGES.default
# The BCP 47 tag each language's pages declare (mkdocs.yml: zh pages are zh-Hans).
_TAGS = (plugin_options(read_mkdocs_yml(PROJECT_DIR / "mkdocs.yml"), "patient-site") or {}).get("language_tags") or {}


def tag(lang: str) -> str:
    return _TAGS.get(lang, lang)


def english_pages() -> list[str]:
    """Source paths of the English pages, relative to docs/."""
    pages = []
    for path in sorted(DOCS_DIR.rglob("*.md")):
        relative = path.relative_to(DOCS_DIR).as_posix()
        if relative.startswith("_") or path.name.count(".") > 1:
            continue
        pages.append(relative)
    return pages


def page_url(src: str, lang: str) -> str:
    """The URL path (relative to the site root) of a page in a language."""
    stem = src[: -len(".md")]
    if stem == "index":
        path = ""
    elif stem.endswith("/index"):
        path = stem[: -len("index")]
    else:
        path = stem + "/"
    return path if lang == DEFAULT else f"{lang}/{path}"


def output_file(site: Path, url: str) -> Path:
    return site / url / "index.html" if url.endswith("/") or url == "" else site / url


def resolve(page_url_: str, href: str) -> str:
    """Resolve a relative href found on the page at `page_url_` to a site path."""
    href = href.split("#")[0]
    joined = posixpath.normpath(posixpath.join("/" + page_url_, href or ".")).lstrip("/")
    if joined and (href.endswith("/") or href in ("", ".", "..")):
        joined += "/"
    return joined


@dataclass
class Html:
    root: ET.Element

    def all(self, path: str) -> list[ET.Element]:
        return self.root.findall(path)

    def one(self, path: str) -> ET.Element:
        found = self.root.find(path)
        assert found is not None, f"no element matches {path}"
        return found


def _strip_namespaces(root: ET.Element) -> ET.Element:
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.split("}", 1)[1]
    return root


@cache
def parse_html(path: Path) -> Html:
    return Html(_strip_namespaces(tinyhtml5.parse(path.read_bytes())))


def text_of(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def hreflang_links(page: Html) -> dict[str, str]:
    """The page's hreflang alternates, read as a search engine reads `rel`:
    a list of tokens."""
    return {
        link.get("hreflang"): link.get("href")
        for link in page.all(".//head/link")
        if "alternate" in (link.get("rel") or "").split() and link.get("hreflang")
    }
