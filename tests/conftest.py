"""Shared fixtures: the real site, built once per test run by the project's
own build command, and throw-away copies of the project for tests that
change its input."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent
# What a copy of the project's content needs to build (the code is the
# installed package; generated output left out).
PROJECT_PARTS = ("docs", "overrides", "translations", "bibliography.bib", "mkdocs.yml")


def run_build(project: Path, site_dir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run the README's build command (`scripts/build_site.py`) on `project`."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, str(PROJECT_DIR / "scripts" / "build_site.py"), "--config", str(project / "mkdocs.yml"), "--site-dir", str(site_dir), *extra],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site with its PDF handouts, built once per test run by the
    README's build command. Its handouts come from the project's handout
    cache, as `make site`'s do: a kept PDF was checked whole by the current
    checking code when it was rendered (the key covers that code), and a
    fresh machine renders and checks every one. The record of the last build
    is the test run's own, so the site is always built."""
    built = tmp_path_factory.mktemp("built")
    out = built / "site"
    cache = built / "cache"
    shared = PROJECT_DIR / ".cache" / "handouts"
    shared.mkdir(parents=True, exist_ok=True)
    cache.mkdir()
    (cache / "handouts").symlink_to(shared, target_is_directory=True)
    result = run_build(PROJECT_DIR, out, "--cache-dir", str(cache))
    assert result.returncode == 0, result.stderr[-5000:]
    return out


def copy_project(copy: Path) -> Path:
    """Copy the project's sources (what a build needs) into `copy`."""
    copy.mkdir(parents=True)
    for part in PROJECT_PARTS:
        source = PROJECT_DIR / part
        if source.is_dir():
            shutil.copytree(source, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, copy / part)
    return copy


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A throw-away copy of the project's sources to break on purpose."""
    return copy_project(tmp_path / "project")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The browser's tests last: they check what its journeys recorded, in the
    background from the start of the session (see browser_journeys)."""
    items.sort(key=lambda item: hasattr(getattr(item, "function", None), "journeys"))


@pytest.fixture(scope="session", autouse=True)
def browser_journeys(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """When tests of tests/hosting/test_browser.py are to run, their journeys
    start at once, against the real site behind nginx, beside the other tests."""
    from tests.hosting.test_browser import Recording, journeys_of

    keys = journeys_of(request.session.items)
    if not keys:
        yield None
        return
    recording = Recording(keys).start(lambda: request.getfixturevalue("site"), tmp_path_factory.mktemp("nginx-browser"))
    yield recording
    recording.stop()
