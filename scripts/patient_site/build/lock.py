"""One build at a time in a folder.

Two builds of the same site/ at once (a second `make site` in another
terminal, two CI jobs in one checkout) would race for the swap; the second
waits for the first, saying so, and gives up with a message after a limit.
The lock is the operating system's (flock): it goes away with its process,
even one that was killed.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path


class BuildBusy(Exception):
    """Another build of the same folder did not finish in time."""


def _holder(handle) -> str:  # type: ignore[no-untyped-def]
    handle.seek(0)
    pid = handle.read().strip()
    return f" (process {pid})" if pid.isdigit() else ""


@contextlib.contextmanager
def build_lock(
    site_dir: Path, *, timeout: float, say: Callable[[str], None], poll: float = 0.5
) -> Iterator[None]:
    """Hold the lock of `site_dir` (beside it: `.site.lock`) for the block."""
    path = site_dir.parent / f".{site_dir.name}.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+", encoding="utf-8") as handle:
        deadline = time.monotonic() + timeout
        waited = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not waited:
                    say(f"Another build of {site_dir} is running{_holder(handle)}; waiting for it to finish …")
                    waited = True
                if time.monotonic() >= deadline:
                    raise BuildBusy(
                        f"Another build of {site_dir} is still running{_holder(handle)} after {timeout:.0f} s — "
                        "let it finish, or stop it, then build again"
                    ) from None
                time.sleep(poll)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)
