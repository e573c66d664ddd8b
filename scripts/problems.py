"""Problems found in the project's input, reported as `file:line: message`.

Every checker collects all the problems of a run and reports them together,
so an author fixes everything in one pass instead of one error per rebuild.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class ProblemsFound(Exception):
    """Raised with every problem of a run, one per line."""

    def __init__(self, problems: list[Problem], summary: str = "") -> None:
        self.problems = sorted(problems)
        lines = [str(problem) for problem in self.problems]
        if summary:
            lines.append(summary)
        super().__init__("\n".join(lines))
