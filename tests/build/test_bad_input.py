"""Bad input stops the build with a message naming file, line and what to do,
and the previously built site stays as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_build


@pytest.fixture
def previous_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("the site readers have now")
    return site


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _build_fails(project: Path, site: Path) -> str:
    result = run_build(project, site, "--no-handouts")
    assert result.returncode != 0, "the build should have failed"
    assert (site / "index.html").read_text() == "the site readers have now", "the old site was replaced"
    assert sorted(p.name for p in site.parent.iterdir() if p.name.startswith(".site-building")) == []
    return result.stderr


def _line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle} not in {path}")


def test_a_broken_internal_link_names_file_and_line(project_copy, previous_site):
    page = project_copy / "docs" / "services" / "hospital.md"
    _edit(page, "## Your first meeting", "See [the clinic](../no-such-page.md).\n\n## Your first meeting")
    errors = _build_fails(project_copy, previous_site)
    line = _line_of(page, "no-such-page")
    assert f"docs/services/hospital.md:{line}: link to '../no-such-page.md': there is no page docs/no-such-page.md" in errors


def test_a_broken_anchor_names_the_ids_that_exist(project_copy, previous_site):
    page = project_copy / "docs" / "services" / "outpatient.es.md"
    _edit(page, "../campuses/minnesota.md", "../campuses/minnesota.md#no-such-heading")
    errors = _build_fails(project_copy, previous_site)
    line = _line_of(page, "no-such-heading")
    assert f"docs/services/outpatient.es.md:{line}: link to '../campuses/minnesota.md#no-such-heading'" in errors
    assert "has no heading with id 'no-such-heading' — use one of:" in errors


def test_a_translation_without_its_english_page_is_refused(project_copy, previous_site):
    (project_copy / "docs" / "team" / "nursing.es.md").write_text("# Enfermería { #nursing }\n", encoding="utf-8")
    errors = _build_fails(project_copy, previous_site)
    assert "docs/team/nursing.es.md:1: translation of 'docs/team/nursing.md', which does not exist" in errors


def test_unknown_citation_keys_are_all_reported_at_once(project_copy, previous_site):
    english = project_copy / "docs" / "team" / "research.md"
    chinese = project_copy / "docs" / "clinical-trials.zh.md"
    _edit(english, "## How research helps you", "Studies continue. [@nobody2020]\n\n## How research helps you")
    _edit(chinese, "## ", "见来源。[@kelley2015seriously; @ghost1999]\n\n## ")
    errors = _build_fails(project_copy, previous_site)
    assert f"docs/team/research.md:{_line_of(english, 'nobody2020')}: unknown citation key 'nobody2020'" in errors
    assert f"docs/clinical-trials.zh.md:{_line_of(chinese, 'ghost1999')}: unknown citation key 'ghost1999'" in errors
    assert "kelley2015seriously'" not in errors


def test_a_broken_bibliography_entry_names_its_line(project_copy, previous_site):
    bib = project_copy / "bibliography.bib"
    _edit(bib, "  journal      = {Clinical Liver Disease},", "  journal      = {Clinical Liver Disease,")
    errors = _build_fails(project_copy, previous_site)
    line = _line_of(bib, "{Clinical Liver Disease,")
    assert f"bibliography.bib:{line}: entry 'wordingham2015overview': unclosed brace in field 'journal'" in errors


def test_invalid_front_matter_is_reported_not_rendered(project_copy, previous_site):
    page = project_copy / "docs" / "clinical-trials.es.md"
    _edit(page, "translation: draft", "translation: [draft")
    errors = _build_fails(project_copy, previous_site)
    assert "docs/clinical-trials.es.md:" in errors and "front matter is not valid YAML" in errors


def test_an_unknown_translation_status_is_reported(project_copy, previous_site):
    page = project_copy / "docs" / "clinical-trials.ar.md"
    _edit(page, "translation: draft", "translation: finished")
    errors = _build_fails(project_copy, previous_site)
    assert "docs/clinical-trials.ar.md:1: unknown translation status 'finished'" in errors


def test_a_successful_build_replaces_the_site_whole(project_copy, previous_site):
    result = run_build(project_copy, previous_site, "--no-handouts")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Palliative care at Mayo Clinic" in (previous_site / "index.html").read_text(encoding="utf-8")
    assert (previous_site / "zh" / "index.html").is_file()
