"""Reading the project's text files: UTF-8, or a problem naming where not.

A page saved in another encoding must not end as a bare UnicodeDecodeError:
the author is told the file, the line and column of the first byte that is
not UTF-8, and what to do.
"""

from __future__ import annotations

from pathlib import Path

from patient_site.problems import Problem


class SourceError(ValueError):
    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def decode(data: bytes, display: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):  # a byte-order mark, as some editors write (MkDocs drops it too)
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        raise SourceError(
            Problem(
                display,
                line,
                f"byte 0x{data[error.start]:02x} at column {column} is not UTF-8 — "
                "save the file as UTF-8 (in most editors: Save with Encoding → UTF-8)",
            )
        ) from None


def read_text(path: Path, display: str) -> str:
    """The file's text; SourceError if it is not UTF-8."""
    return decode(path.read_bytes(), display)
