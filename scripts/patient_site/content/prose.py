"""The words a reader sees in a Markdown text, as blocks.

Each heading, list item, table cell, admonition title and paragraph is one
block, with its inline Markdown cleaned: link text kept, link targets,
citations, images, attribute lists (heading ids), code, HTML, URLs and
emphasis marks dropped; front matter, directive lines, link and footnote
definitions and attribute lines dropped. The readability scores and the
glossary check read the same prose.
"""

from __future__ import annotations

import html
import re

from patient_site.content.directives import DIRECTIVE
from patient_site.content.front_matter import FrontMatterError, front_matter_bounds
from patient_site.content.masking import mask_code

_HTML_RAW_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[^<>]*?)?/?>")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]*:[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")

_ATX_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$")
_THEMATIC_BREAK = re.compile(r"^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(.*)$")
_BLOCKQUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?")
_TABLE_SEPARATOR = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")
_TABLE_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$")
_ADMONITION = re.compile(r"^[ \t]*(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*(?:[ \t]+\"(.*)\")?[ \t]*$")
_LINK_DEFINITION = re.compile(r"^[ \t]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S.*$")
_FOOTNOTE_DEFINITION = re.compile(r"^[ \t]{0,3}\[\^[^\]\n]+\]:[ \t]*(.*)$")
_ABBREVIATION_DEFINITION = re.compile(r"^[ \t]{0,3}\*\[[^\]\n]+\]:.*$")
_ATTRIBUTE_LINE = re.compile(r"^[ \t]*\{:?[ \t]*(?:[#.]|[\w-]+=)[^}\n]*\}[ \t]*$")

_ATTRIBUTE_LIST = re.compile(r"[ \t]*\{:?[ \t]*(?:[#.]|[\w-]+=)[^}\n]*\}")
_CITATION = re.compile(r"[ \t]*(?<!\\)\[-?@[^\]\n]*\]")
_IMAGE = re.compile(r"!\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])")
_FOOTNOTE_REFERENCE = re.compile(r"\[\^[^\]\n]+\]")
_INLINE_LINK = re.compile(
    r"(?<!\\)\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?[ \t]*\)"
)
_REFERENCE_LINK = re.compile(r"(?<!\\)\[((?:[^\[\]\n]|\[[^\[\]\n]*\])+)\]\[[^\]\n]*\]")
_BARE_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>()]+|\bwww\.[^\s<>()]+")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>])")
_EMPHASIS = re.compile(r"\*+|~~|==|(?<!\w)_+|_+(?!\w)")
_WORD_BREAKING_PUNCTUATION = re.compile(r"[—–/]")  # textstat would glue "a—b" into one word
_SPACES = re.compile(r"\s+")
_PRIVATE_USE = 0xF0000  # plane 15: never in a page's text
_PRIVATE_MARK = re.compile("[\U000F0000-\U000F007F]")


def body_of(markdown: str) -> str:
    """The text after the front matter (all of it if the front matter is
    broken: that is reported elsewhere)."""
    try:
        bounds = front_matter_bounds(markdown)
    except FrontMatterError:
        return markdown
    return bounds.body if bounds is not None else markdown


def clean_inline(text: str) -> str:
    """Readable text of one line or block of inline Markdown (code already
    masked)."""
    text = _ATTRIBUTE_LIST.sub("", text)
    text = _CITATION.sub("", text)
    text = _IMAGE.sub("", text)
    text = _FOOTNOTE_REFERENCE.sub("", text)
    text = _INLINE_LINK.sub(lambda m: m.group(1), text)
    text = _REFERENCE_LINK.sub(lambda m: m.group(1), text)
    text = _BARE_URL.sub("", text)
    text = _EMAIL.sub("", text)
    # An escaped mark is the mark itself: hidden from the emphasis pattern
    # as a private-use character, then given back.
    text = _ESCAPE.sub(lambda m: chr(_PRIVATE_USE + ord(m.group(1))), text)
    text = _EMPHASIS.sub("", text)
    text = _PRIVATE_MARK.sub(lambda m: chr(ord(m.group(0)) - _PRIVATE_USE), text)
    text = html.unescape(text)
    text = _WORD_BREAKING_PUNCTUATION.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def prose_blocks(markdown: str) -> list[str]:
    """The prose of a Markdown text (a page, or a section of one) as blocks."""
    text = mask_code(body_of(markdown))
    text = _HTML_RAW_BLOCK.sub(" ", text)
    text = _AUTOLINK.sub(" ", text)
    text = _HTML_TAG.sub(" ", text)

    blocks: list[str] = []
    current: list[str] = []

    def close() -> None:
        if current:
            blocks.append(" ".join(current))
            current.clear()

    def start(line: str) -> None:
        close()
        current.append(line)

    for raw in text.splitlines():
        line = raw
        while _BLOCKQUOTE.match(line):
            line = _BLOCKQUOTE.sub("", line, count=1)
        if not line.strip():
            close()
            continue
        if DIRECTIVE.match(line.strip()) or _LINK_DEFINITION.match(line) or _ABBREVIATION_DEFINITION.match(line):
            close()
            continue
        if _ATTRIBUTE_LINE.match(line) or ("|" in line and _TABLE_SEPARATOR.match(line)):
            close()
            continue
        if current and _SETEXT_UNDERLINE.match(line):
            close()  # the paragraph above was a heading: it stays one block
            continue
        if _THEMATIC_BREAK.match(line):
            close()
            continue
        if match := _ATX_HEADING.match(line):
            start(match.group(1) or "")
            close()
            continue
        if match := _ADMONITION.match(line):
            start(match.group(1) or "")
            close()
            continue
        if match := _TABLE_ROW.match(line):
            close()
            blocks.extend(re.split(r"(?<!\\)\|", match.group(1)))
            continue
        if match := _FOOTNOTE_DEFINITION.match(line):
            start(match.group(1))
            continue
        if match := _LIST_ITEM.match(line):
            start(match.group(1))
            continue
        current.append(line.strip())
    close()
    return [cleaned for block in blocks if (cleaned := clean_inline(block))]


def prose_text(markdown: str) -> str:
    """The prose on one line (blocks joined by spaces)."""
    return " ".join(prose_blocks(markdown))
