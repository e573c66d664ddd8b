"""Where a YAML error is, in words an author understands.

PyYAML notices an unclosed quote or bracket, or a line without its colon,
only lines later; the line the author must fix is where it was opened. One
rule for every YAML file the project reads (front matter, interface text,
glossary, campus data).
"""

from __future__ import annotations

import yaml

_OPENED_AT_CONTEXT = ("quoted", "flow", "simple key")


def error_line(error: yaml.MarkedYAMLError) -> int:
    """The 1-based line (in the YAML text) the author must look at."""
    context = error.context or ""
    opened = any(word in context for word in _OPENED_AT_CONTEXT)
    mark = (error.context_mark if opened else None) or error.problem_mark or error.context_mark
    return mark.line + 1 if mark is not None else 1


def error_message(error: yaml.MarkedYAMLError) -> str:
    """What is wrong and what to do."""
    context = error.context or ""
    if "quoted" in context:
        return "the quotation mark opened on this line is never closed — add the closing quote"
    if "flow sequence" in context:
        return "the '[' opened on this line is never closed — add the closing ']'"
    if "flow mapping" in context:
        return "the '{' opened on this line is never closed — add the closing '}'"
    if "simple key" in context:
        return "this line is not a 'key: value' line — add the ':' after the key, or remove the line"
    return f"not valid YAML: {error.problem or 'it cannot be read'} — fix this line"
