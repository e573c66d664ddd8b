"""Problems found in the project's input, reported as `file:line: message`.

The one channel for bad input: every checker returns `Problem`s (data, never
strings or tracebacks), a run collects all of them, and they are reported
together — each once, sorted by file and line — so an author fixes
everything in one pass. `message` says what is wrong and, after " — ", what
to do about it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str  # as the author knows it: "docs/index.es.md", "bibliography.bib"
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def unique_sorted(problems: Iterable[Problem]) -> list[Problem]:
    """Each problem once, by file and line."""
    return sorted(set(problems))


class ProblemsFound(Exception):
    """Raised with every problem of a run, one per line."""

    def __init__(self, problems: Iterable[Problem], summary: str = "") -> None:
        self.problems = unique_sorted(problems)
        self.summary = summary
        lines = [str(problem) for problem in self.problems]
        if summary:
            lines.append(summary)
        super().__init__("\n".join(lines))
