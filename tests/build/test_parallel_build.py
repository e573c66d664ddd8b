"""The fast path builds each language in its own process; its pages must be
exactly those of a plain serial build (static-i18n building the languages
one after another in one process)."""

from __future__ import annotations

import filecmp
import gzip
from pathlib import Path

import pytest

from patient_site.benchmarks import generated_site as generate_site
from tests.conftest import PROJECT_DIR, copy_project, run_build


def _all_files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def _assert_same_output(serial: Path, parallel: Path) -> None:
    files = _all_files(serial)
    assert files == _all_files(parallel)
    different = [
        name for name in sorted(files)
        if not name.endswith(".gz") and not filecmp.cmp(serial / name, parallel / name, shallow=False)
    ]
    assert not different, f"{len(different)} files differ, e.g. {different[:5]}"
    for name in (n for n in files if n.endswith(".gz")):
        assert gzip.decompress((serial / name).read_bytes()) == gzip.decompress((parallel / name).read_bytes())


def _build_both(project: Path, tmp_path: Path, *extra: str) -> tuple[Path, Path]:
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    for out, mode in ((serial, ["--serial"]), (parallel, ["--jobs", "2"])):
        result = run_build(project, out, "--no-handouts", *mode, *extra)
        assert result.returncode == 0, result.stderr[-3000:]
    return serial, parallel


def test_one_process_per_language_builds_the_same_site_as_a_serial_build(tmp_path):
    _assert_same_output(*_build_both(PROJECT_DIR, tmp_path))


@pytest.mark.parametrize("pages", [18])
def test_the_same_holds_for_a_generated_site_in_sections(tmp_path, pages):
    project = copy_project(tmp_path / "project")
    generate_site.generate(project, pages, sections=3)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").split("\nnav:\n")[0] + "\n", encoding="utf-8")
    _assert_same_output(*_build_both(project, tmp_path))
