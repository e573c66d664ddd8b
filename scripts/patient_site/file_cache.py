"""Files made from inputs, kept by a key derived from every input, so a file
is made again only when something that determines it changed.

The key is the caller's (see `key`): it must cover everything that shapes the
file — content, settings, the versions of the tools that make it — so a kept
file can never be stale. The handouts use it; an incremental page build can
use the same keys.
"""

from __future__ import annotations

import filecmp
import hashlib
import os
import shutil
import time
from collections.abc import Iterable
from pathlib import Path


def key(*parts: str | bytes) -> str:
    """A content key over `parts` (each delimited, so parts cannot run together)."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


class FileCache:
    def __init__(self, folder: Path, suffix: str = "") -> None:
        self.folder = folder
        self.suffix = suffix

    def path(self, file_key: str) -> Path:
        return self.folder / file_key[:2] / f"{file_key}{self.suffix}"

    def get(self, file_key: str) -> Path | None:
        """The kept file, marked as just used (see prune); None if none."""
        path = self.path(file_key)
        try:
            os.utime(path)
        except FileNotFoundError:
            return None
        return path

    def put(self, file_key: str, data: bytes) -> Path:
        """Store `data` (written to a temporary name first: a reader never
        sees half a file)."""
        path = self.path(file_key)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        partial.write_bytes(data)
        partial.replace(path)
        return path

    def copy_to(self, file_key: str, target: Path) -> None:
        """The kept file at `target`: left alone if `target` already holds
        the same bytes, else written as a new file (never into an existing
        one, which may be a hard link to the site being served)."""
        source = self.path(file_key)
        if target.is_file() and filecmp.cmp(source, target, shallow=False):
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        shutil.copyfile(source, partial)
        partial.replace(target)

    def prune(self, keep: Iterable[str], unused_for: float = 14 * 86400) -> int:
        """Remove the kept files that are not in `keep` (the last build's) and
        have not been used for `unused_for` seconds (so switching back to
        yesterday's text finds its files); the number removed."""
        wanted = {self.path(k) for k in keep}
        cutoff = time.time() - unused_for
        removed = 0
        if self.folder.is_dir():
            for path in self.folder.rglob(f"*{self.suffix}"):
                if path not in wanted and path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
        return removed
