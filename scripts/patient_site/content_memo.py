"""Results of reading input files, kept exactly as long as the files are
unchanged.

`mkdocs serve` keeps the project's plugin across rebuilds; a cache keyed by
path alone would show yesterday's glossary after an edit. Here the key is
the files' content (a folder: every file in it, by name and content), so an
edit is always seen and an unchanged file is never parsed twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def content_key(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file).encode())
            digest.update(b"\0")
            digest.update(file.read_bytes() if file.is_file() else b"<missing>")
            digest.update(b"\0")
    return digest.hexdigest()


class ContentMemo:
    def __init__(self) -> None:
        self._entries: dict[str, tuple[str, Any]] = {}

    def get(self, name: str, paths: Iterable[Path], load: Callable[[], T]) -> T:
        """`load()`'s result for the current content of `paths` (an error is
        not kept: the next call tries again)."""
        key = content_key(paths)
        kept = self._entries.get(name)
        if kept is not None and kept[0] == key:
            return kept[1]
        value = load()
        self._entries[name] = (key, value)
        return value
