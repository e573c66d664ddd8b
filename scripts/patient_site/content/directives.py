"""Generated blocks in Markdown: a line `[[name argument]]` is replaced by
the output of the handler registered for `name`.

One general mechanism for everything a page embeds from data (the
services-by-campus table, a campus's services, the full bibliography), so
translations carry the same directive line and get the same data in their
own language. An unknown directive or a handler's error is reported with
its line; it never reaches the page as text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from patient_site.content.masking import line_of, mask_code

DIRECTIVE = re.compile(r"^\[\[([a-z][a-z-]*)(?:[ \t]+([^\]\n]*?))?\]\][ \t]*$", re.MULTILINE)

Handler = Callable[[str], str]


class DirectiveError(ValueError):
    """A handler's complaint about its argument (shown with the line)."""


def unknown_directive(name: str, known: Iterable[str]) -> str:
    choices = ", ".join(f"[[{k}]]" for k in sorted(known))
    return f"unknown directive '[[{name}]]' — use one of {choices}"


def expand_directives(markdown: str, handlers: Mapping[str, Handler]) -> tuple[str, list[tuple[int, str]]]:
    """Expand every directive line; return the new text and (line, message)
    for each directive that could not be expanded."""
    masked = mask_code(markdown)
    problems: list[tuple[int, str]] = []
    pieces = []
    last = 0
    for match in DIRECTIVE.finditer(masked):
        name, argument = match.group(1), (match.group(2) or "").strip()
        line = line_of(markdown, match.start())
        handler = handlers.get(name)
        if handler is None:
            problems.append((line, unknown_directive(name, handlers)))
            continue
        try:
            output = handler(argument)
        except DirectiveError as error:
            problems.append((line, f"[[{name}{' ' + argument if argument else ''}]]: {error}"))
            continue
        pieces.append(markdown[last : match.start()])
        pieces.append(output)
        last = match.end()
    pieces.append(markdown[last:])
    return "".join(pieces), problems
