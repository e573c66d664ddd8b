"""What a page may put into its HTML: nothing that runs, frames another site,
or loads from elsewhere.

The site promises families that it loads nothing from third parties and runs
only its own scripts. nginx's Content-Security-Policy enforces that on the
hospital's server, but on any other static host (or a page opened from disk)
raw HTML in a page, or a Markdown link or attribute, would run. So the HTML
each page renders to is checked at build time, tokenized as a browser
tokenizes it (the standard library's html.parser: tag and attribute names
folded to lower case, character references in values decoded; not regular
expressions, and seven times faster than building an HTML5 tree of every
page), and each finding is traced back to its line in the Markdown.

Refused: <script>, <iframe>, <frame>, <object>, <embed>, <base>, <style>;
event-handler attributes (onclick=…) and style attributes; javascript:,
vbscript: and data: URLs; a src, srcset or poster that loads from another
host.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser

from patient_site.content.masking import line_of, mask_code

FORBIDDEN_ELEMENTS = {
    "script": "a <script> runs code in the reader's browser",
    "iframe": "an <iframe> shows another site inside the page",
    "frame": "a <frame> shows another site inside the page",
    "object": "an <object> embeds content the site does not control",
    "embed": "an <embed> embeds content the site does not control",
    "base": "a <base> changes where every link of the page leads",
    "style": "a <style> element is blocked by the site's Content-Security-Policy",
}
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "poster", "data", "cite", "background", "xlink:href")
LOADING_ATTRIBUTES = ("src", "srcset", "poster", "data", "background")
_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):")
_UNSAFE_SCHEMES = ("javascript", "vbscript", "data")
FIX = "remove it from the page (see translations/README.md, 'What a page may contain')"


@dataclass(frozen=True)
class Finding:
    what: str  # the message
    needle: str  # text to look for in the Markdown source, to find the line


class _Tags(HTMLParser):
    """Every start tag of a document, with its attributes, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def findings(html: str) -> Iterator[Finding]:
    """What the page's HTML does that the policy refuses, in document order."""
    parser = _Tags()
    parser.feed(html)
    parser.close()
    for tag, attributes in parser.tags:
        if tag in FORBIDDEN_ELEMENTS:
            yield Finding(f"<{tag}> is not allowed: {FORBIDDEN_ELEMENTS[tag]} — {FIX}", f"<{tag}")
        for name, raw_value in attributes:
            value = raw_value or ""
            if name.startswith("on"):
                yield Finding(f"the attribute {name}= is not allowed: it runs code in the reader's browser — {FIX}", name)
            elif name == "style":
                yield Finding(f"the style attribute is blocked by the site's Content-Security-Policy — use the site's styles, or {FIX}", "style")
            elif name in URL_ATTRIBUTES or name == "srcset":
                yield from _url_findings(tag, name, value)


def _url_findings(tag: str, name: str, value: str) -> Iterator[Finding]:
    urls = [part.strip().split()[0] for part in value.split(",") if part.strip()] if name == "srcset" else [value]
    for url in urls:
        scheme = _SCHEME.match(url)
        if scheme and scheme.group(1).lower() in _UNSAFE_SCHEMES:
            yield Finding(f"a {scheme.group(1).lower()}: address in <{tag} {name}=> is not allowed — link to a page or file of the site, or to an https:// address", url.strip()[:40])
        elif name in LOADING_ATTRIBUTES and re.match(r"^\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//", url):
            yield Finding(
                f"<{tag} {name}=\"{url}\"> would load from another host, which the site never does — put the file in docs/ and link to it there",
                url,
            )


def source_line(markdown: str, needle: str, first_line: int = 1) -> int:
    """The line of `needle` in the page's Markdown (outside code; any letter
    case), counted from `first_line` — else the first line."""
    masked = mask_code(markdown).lower()
    offset = masked.find(needle.lower())
    return first_line + line_of(markdown, offset) - 1 if offset != -1 else first_line
