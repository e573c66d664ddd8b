"""The build command, end to end, on bad input: it stops with every problem
named once (file, line, what to do), never a traceback, exit status 1, and
the site readers have now stays exactly as it was. (Each kind of bad input
is tested on its own tiny tree in test_check_project.py.)"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.conftest import run_build
from tests.support.trees import write_site


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def previous_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "es").mkdir(parents=True)
    (site / "index.html").write_text("the site readers have now", encoding="utf-8")
    (site / "es" / "index.html").write_text("el sitio de hoy", encoding="utf-8")
    return site


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def test_a_failing_full_build_reports_each_problem_once_and_leaves_the_site_untouched(project_copy, previous_site):
    """The real site, built as the README says (one process per language):
    a citation key unknown only in the Chinese home page, and a broken link
    in an English page."""
    chinese = project_copy / "docs" / "index.zh.md"
    english = project_copy / "docs" / "services" / "hospital.md"
    text = chinese.read_text(encoding="utf-8")
    heading = next(line for line in text.splitlines() if line.startswith("## "))
    _edit(chinese, heading, f"见来源。[@zhmissing2020]\n\n{heading}")
    _edit(english, "# ", "See [the clinic](../no-such-page.md).\n\n# ")
    before = _snapshot(previous_site)

    result = run_build(project_copy, previous_site, "--no-handouts")

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    problems = [
        f"docs/index.zh.md:{_line_of(chinese, 'zhmissing2020')}: unknown citation key 'zhmissing2020' — "
        "add it to bibliography.bib or correct the key",
        f"docs/services/hospital.md:{_line_of(english, 'no-such-page')}: link to '../no-such-page.md': there is no page "
        "docs/no-such-page.md — correct the path (relative to this file) or remove the link",
    ]
    assert result.stderr.strip().splitlines() == [*problems, "", f"Build failed; {previous_site} was left as it was."]
    assert _snapshot(previous_site) == before
    assert not [p.name for p in previous_site.parent.iterdir() if p.name.startswith(".site-")]


def test_a_successful_build_replaces_the_site_whole(tmp_path, previous_site):
    config = write_site(tmp_path / "project", {"docs/index.md": "# Palliative care { #home }\n\nText.\n"}, languages=("en", "es"))
    result = run_build(config.parent, previous_site, "--no-handouts")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Palliative care" in (previous_site / "index.html").read_text(encoding="utf-8")
    assert (previous_site / "es" / "index.html").is_file()
    assert "el sitio de hoy" not in (previous_site / "es" / "index.html").read_text(encoding="utf-8")
    assert not [p.name for p in previous_site.parent.iterdir() if p.name.startswith(".site-")]
