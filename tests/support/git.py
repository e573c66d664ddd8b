"""git in a test: no repository above the test's folder, none of the user's
configuration, and a fixed author."""

from __future__ import annotations

from pathlib import Path

import pytest


def isolate_git(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(folder))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(folder / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for variable in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{variable}_NAME", "Test")
        monkeypatch.setenv(f"GIT_{variable}_EMAIL", "test@example.org")
