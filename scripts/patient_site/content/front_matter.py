"""YAML front matter: the project's one parser of it.

MkDocs swallows YAML errors and renders broken front matter as body text, so
the project parses front matter itself and reports errors with the file's own
line numbers: the line of the YAML error, and the line of each field, so a
problem with a field's value points at that field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from patient_site.content.yaml_errors import error_line, error_message


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's loader when PyYAML was built with it (much faster on a site
    of thousands of pages), reading dates as text: a date that does not
    exist (2024-02-30) is then a problem of its field, at its line, not an
    exception; the fields that hold dates say how to read them (page_meta)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Loader.yaml_implicit_resolvers.items()
}
_TOP_LEVEL_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:", re.MULTILINE)
_CLOSERS = ("---", "...")


class FrontMatterError(ValueError):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass(frozen=True)
class Document:
    meta: dict[str, Any]
    body: str
    body_start_line: int  # 1-based line of the body's first line in the file
    front_matter_text: str
    field_lines: dict[str, int] = field(default_factory=dict)  # top-level key -> its line in the file

    def line_of(self, key: str) -> int:
        """The line of field `key` (the first line of the file if absent)."""
        return self.field_lines.get(key, 1)


@dataclass(frozen=True)
class Bounds:
    raw: str  # the YAML between the fences
    body: str
    body_start_line: int


def front_matter_bounds(text: str) -> Bounds | None:
    """Where the `---` front matter (closed by `---` or `...`) ends, without
    reading its YAML; None when the text has no front matter. Raises
    FrontMatterError when it is never closed."""
    if not text.startswith("---"):
        return None
    lines = text.splitlines(keepends=True)
    if lines[0].strip() != "---":
        return None
    for index in range(1, len(lines)):
        if lines[index].rstrip("\r\n") in _CLOSERS:
            return Bounds("".join(lines[1:index]), "".join(lines[index + 1 :]), index + 2)
    raise FrontMatterError(1, "front matter is not closed — add a line '---' after it")


def split_front_matter(text: str) -> Document:
    """Separate front matter from the body and read its YAML."""
    bounds = front_matter_bounds(text)
    if bounds is None:
        return Document({}, text, 1, "")
    raw = bounds.raw
    try:
        meta = yaml.load(raw, Loader=_Loader) or {}
    except yaml.MarkedYAMLError as error:
        message = error_message(error)
        message = f"front matter is {message}" if message.startswith("not valid") else f"front matter: {message}"
        raise FrontMatterError(error_line(error) + 1, message) from None
    if not isinstance(meta, dict):
        raise FrontMatterError(2, "front matter must be a mapping of 'key: value' lines")
    field_lines = {}
    for match in _TOP_LEVEL_KEY.finditer(raw):
        field_lines.setdefault(match.group(1), raw.count("\n", 0, match.start()) + 2)
    return Document(meta, bounds.body, bounds.body_start_line, raw, field_lines)


def _yaml_scalar(value: object) -> str:
    dumped = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10_000).strip()
    return dumped[: -len("...")].strip() if dumped.endswith("...") else dumped


def set_fields(text: str, updates: dict[str, object]) -> str:
    """Set top-level front matter fields, keeping every other line as written
    (comments, order, quoting). Adds front matter if the file has none."""
    document = split_front_matter(text)
    lines = document.front_matter_text.splitlines()
    for key, value in updates.items():
        rendered = f"{key}: {_yaml_scalar(value)}"
        for index, line in enumerate(lines):
            if line.startswith(f"{key}:"):
                lines[index] = rendered
                break
        else:
            lines.append(rendered)
    return "---\n" + "\n".join(lines) + "\n---\n" + document.body
