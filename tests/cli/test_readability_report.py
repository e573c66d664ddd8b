"""The readability command: the `--check` that CI runs, the JSON report,
usage errors, and the script run as a command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from patient_site.cli import readability_report
from patient_site.readability import scores

PROJECT_DIR = Path(__file__).resolve().parents[2]
FIXTURES = PROJECT_DIR / "tests" / "readability" / "fixtures"
SCRIPT = PROJECT_DIR / "scripts" / "readability.py"


def test_check_fails_on_a_hard_english_page_and_names_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert readability_report.main(["--config", str(PROJECT_DIR / "mkdocs.yml"), str(FIXTURES / "hard"), "--check"]) == 1
    out, err = capsys.readouterr()
    assert "page.md" in out and "FAIL" in out
    assert "readability check failed: 2 page(s) off target:" in err
    assert "page.md: grade " in err
    assert "page.es.md: Fernández-Huerta " in err and "(target ≥ 65)" in err


def test_check_passes_on_an_easy_page_and_ignores_references(capsys: pytest.CaptureFixture[str]) -> None:
    # easy/references.md is as hard as hard/page.md but is left out.
    assert readability_report.main(["--config", str(PROJECT_DIR / "mkdocs.yml"), str(FIXTURES / "easy"), "--check"]) == 0
    out, err = capsys.readouterr()
    assert "references" not in out
    assert "readability check passed: 1 English page(s) at grade ≤ 9, 1 Spanish page(s) at Fernández-Huerta ≥ 65" in err


def test_without_check_a_hard_page_only_reports(capsys: pytest.CaptureFixture[str]) -> None:
    assert readability_report.main(["--config", str(PROJECT_DIR / "mkdocs.yml"), str(FIXTURES / "hard")]) == 0


def test_json_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert readability_report.main(["--config", str(PROJECT_DIR / "mkdocs.yml"), str(FIXTURES / "easy"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    pages = {page["page"]: page for page in report["pages"]}
    assert set(pages) == {"page.md", "page.es.md"}
    english = pages["page.md"]
    assert english["lang"] == "en" and english["status"] == "pass"
    assert english["metrics"]["flesch_kincaid_grade"] <= scores.EN_IDEAL_GRADE
    assert pages["page.es.md"]["metrics"]["inflesz"] in {"Bastante fácil", "Muy fácil"}
    assert report["targets"]["en"]["check_fails_above"] == 9
    assert "No validated readability formula exists for Chinese" in report["notes"]["zh"]


def test_missing_path_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert readability_report.main(["--config", str(PROJECT_DIR / "mkdocs.yml"), str(tmp_path / "nowhere")]) == 2
    assert "not found" in capsys.readouterr().err


def test_script_runs_as_a_command() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check", str(FIXTURES / "hard")],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    assert "page.md: grade" in result.stderr


def test_a_page_that_is_not_utf8_is_named_not_a_traceback(tmp_path, capsys, monkeypatch):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "page.md").write_text("# Care\n\nCare helps you.\n", encoding="utf-8")
    (docs / "page.es.md").write_bytes("# Atención\n\nLa atención le ayuda.\n".encode("latin-1"))
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: T\nplugins:\n  - i18n:\n      languages:\n        - {locale: en, default: true}\n        - {locale: es}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    assert readability_report.main(["--config", str(tmp_path / "mkdocs.yml")]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "docs/page.es.md:1: byte 0xf3 at column 9 is not UTF-8 — save the file as UTF-8 (in most editors: Save with Encoding → UTF-8)"
