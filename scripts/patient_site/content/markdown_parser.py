"""The pages' Markdown as markdown-it-py parses it, with where each piece of
inline markup is.

Python-Markdown renders the site, but it keeps no source positions: nothing it
returns says where in the file a paragraph's text, or a link inside it,
begins. markdown-it-py (a CommonMark parser, well kept, used by MyST and
Jupyter) maps every block to its lines; this module configures it as the
pages are written and makes it record, for each inline token, the offsets of
the markup it came from. That is what lets a translation's text be written
back exactly where it was, and everything around it be left byte for byte.

- CommonMark, plus pipe tables, and `!!!` admonitions from mdit-py-plugins;
- `{ #id }` after a heading (Python-Markdown's attr_list, written `{: #id }`
  too) is read as the heading's attributes by mdit-py-plugins' attribute
  parser, and taken off the heading's text;
- each inline token's `meta["span"]` is the (start, end) of its markup in the
  inline content (for a link: `[` and `](target)`, its text is tokens of
  its own; for emphasis: its delimiters; for an image: all of it, its alt
  text at `meta["alt"]`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import (
    StateInline,
    autolink,
    backtick,
    emphasis,
    escape,
    html_inline,
    image,
    link,
    newline,
)
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.attrs.parse import ParseError
from mdit_py_plugins.attrs.parse import parse as parse_attributes

InlineRule = Callable[[StateInline, bool], bool]

# The inline rules whose tokens stand for markup, by markdown-it's rule names.
_POSITIONED: dict[str, InlineRule] = {
    "newline": newline,
    "escape": escape,
    "backticks": backtick,
    "emphasis": emphasis.tokenize,
    "link": link,
    "image": image,
    "autolink": autolink,
    "html_inline": html_inline,
}


def _label_end(state: StateInline, name: str, start: int) -> int:
    """Where the `]` of a link's text or an image's alt is (-1: none)."""
    if name == "link" and state.src[start] == "[":
        return state.md.helpers.parseLinkLabel(state, start, True)
    if name == "image" and state.src.startswith("![", start):
        return state.md.helpers.parseLinkLabel(state, start + 1, False)
    return -1


def _positioned(name: str, rule: InlineRule) -> InlineRule:
    def run(state: StateInline, silent: bool) -> bool:
        start, count = state.pos, len(state.tokens)
        label_end = -1 if silent else _label_end(state, name, start)
        if not rule(state, silent):
            return False
        if silent:
            return True
        end = state.pos
        new = state.tokens[count:]
        if name == "emphasis":
            # One text token per delimiter character, the run's last tokens.
            for offset, token in enumerate(new[len(new) - (end - start):]):
                token.meta["span"] = (start + offset, start + offset + 1)
            return True
        for token in new:
            if token.type == "link_open" and token.markup != "autolink":
                token.meta.setdefault("span", (start, start + 1))
            elif token.type == "link_close" and token.markup != "autolink":
                token.meta.setdefault("span", (label_end, end))
            elif token.type != "text":
                token.meta.setdefault("span", (start, end))
                if token.type == "image":
                    token.meta["alt"] = (start + 2, label_end)
        return True

    return run


def _delimiter_spans(tokens: list[Token]) -> None:
    """Emphasis as the pairing left it: `**` is one strong token and one
    emptied text token beside it, so a strong token spans both characters."""
    for token in tokens:
        if token.type in ("strong_open", "strong_close") and "span" in token.meta:
            start, end = token.meta["span"]
            token.meta["span"] = (start - 1, end) if token.type == "strong_open" else (start, end + 1)


def _heading_attributes(state: StateCore) -> None:
    """`# Title { #id }`: the attribute list becomes the heading's attributes
    and leaves its text; `meta["attributes"]` keeps where it began."""
    tokens = state.tokens
    for index, token in enumerate(tokens):
        if token.type != "heading_open" or index + 1 >= len(tokens):
            continue
        inline = tokens[index + 1]
        content = inline.content
        if not content.endswith("}"):
            continue
        brace = content.rfind("{")
        while brace >= 0:
            written = content[brace:]
            if written.startswith("{:"):
                written = "{" + written[2:]
            try:
                end, attributes = parse_attributes(written)
            except ParseError:
                brace = content.rfind("{", 0, brace)
                continue
            if end == len(written) - 1:
                text_end = len(content[:brace].rstrip())
                token.attrs.update(attributes)
                inline.meta["attributes"] = (text_end, len(content))
                inline.meta["full_content"] = content
                inline.content = content[:text_end]
            break


def _spans_after_inline(state: StateCore) -> None:
    for token in state.tokens:
        if token.type == "inline" and token.children:
            _delimiter_spans(token.children)

@cache
def markdown_parser() -> MarkdownIt:
    """The parser, configured once."""
    parser = MarkdownIt("commonmark").enable("table").use(admon_plugin)
    for name, rule in _POSITIONED.items():
        parser.inline.ruler.at(name, _positioned(name, rule))
    parser.core.ruler.after("block", "heading_attributes", _heading_attributes)
    parser.core.ruler.after("inline", "delimiter_spans", _spans_after_inline)
    return parser


def parse_markdown(text: str) -> list[Token]:
    """The block tokens of `text`, each inline token's children positioned."""
    return markdown_parser().parse(text)
