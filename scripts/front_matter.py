"""YAML front matter, parsed strictly.

MkDocs swallows YAML errors and renders broken front matter as body text, so
the project parses front matter itself and reports errors with file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

# libyaml's loader when PyYAML was built with it: the same results, much
# faster on a site of thousands of pages.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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


def split_front_matter(text: str) -> Document:
    """Separate `---` front matter from the Markdown body."""
    if not text.startswith("---"):
        return Document({}, text, 1, "")
    lines = text.splitlines(keepends=True)
    if lines[0].strip() != "---":
        return Document({}, text, 1, "")
    for index in range(1, len(lines)):
        if lines[index].rstrip("\r\n") in ("---", "..."):
            raw = "".join(lines[1:index])
            try:
                meta = yaml.load(raw, Loader=_LOADER) or {}
            except yaml.MarkedYAMLError as error:
                mark = error.problem_mark or error.context_mark
                line = (mark.line + 2) if mark is not None else 1
                raise FrontMatterError(line, f"front matter is not valid YAML: {error.problem} — fix this line") from None
            if not isinstance(meta, dict):
                raise FrontMatterError(2, "front matter must be a mapping of 'key: value' lines")
            return Document(meta, "".join(lines[index + 1 :]), index + 2, raw)
    raise FrontMatterError(1, "front matter is not closed — add a line '---' after it")


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
