"""The translators' tool on a tiny docs tree (a temporary copy, never the
real one): every status, every parity and glossary break with its line, and
the stamp / new / diff / sign-off workflow."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from patient_site.cli import translation_tool
from tests.support.project import PROJECT_DIR

FIXTURE = Path(__file__).resolve().parents[1] / "translations" / "fixtures" / "translation-project"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The fixture site with its existing translations stamped as current."""
    copy = tmp_path / "site"
    shutil.copytree(FIXTURE, copy)
    for lang, page in (("es", "care.md"), ("es", "clinics.md"), ("ar", "care.md")):
        assert translation_tool.main(["--config", str(copy / "mkdocs.yml"), "stamp", lang, page]) == 0
    # Stamping the reviewed page set it back to draft; sign it off again.
    assert translation_tool.main(["--config", str(copy / "mkdocs.yml"), "sign-off", "es", "clinics.md", "--reviewer", "Dr. Test"]) == 0
    return copy


def run(project: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = translation_tool.main(["--config", str(project / "mkdocs.yml"), *args])
    out, err = capsys.readouterr()
    return code, out, err


def states(project: Path, capsys: pytest.CaptureFixture[str]) -> dict[tuple[str, str], str]:
    code, out, _err = run(project, "status", "--json", capsys=capsys)
    assert code == 0
    data = json.loads(out)
    result = {(row["page"], row["lang"]): row["state"] for row in data["pages"]}
    result.update({(o["missing_page"].removeprefix("docs/"), o["lang"]): "orphan" for o in data["orphans"]})
    return result


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


# -- status -----------------------------------------------------------------------


def test_status_shows_every_page_in_every_language(project, capsys):
    assert states(project, capsys) == {
        ("care.md", "es"): "draft",
        ("care.md", "ar"): "draft",
        ("clinics.md", "es"): "reviewed",
        ("clinics.md", "ar"): "missing",
    }


def test_status_table_has_totals_per_language(project, capsys):
    code, out, _err = run(project, "status", capsys=capsys)
    assert code == 0
    assert "es: 100% translated and current" in out
    assert "ar: 50% translated and current" in out and "1 missing" in out


def test_relaxed_check_passes_with_a_missing_page_but_strict_fails(project, capsys):
    assert run(project, "status", "--check", capsys=capsys)[0] == 0
    code, _out, err = run(project, "status", "--check", "--strict", capsys=capsys)
    assert code == 1
    assert "docs/clinics.ar.md: missing — start it with `translate new ar clinics.md`" in err


def test_editing_the_english_page_makes_its_translations_outdated(project, capsys):
    edit(project / "docs" / "care.md", "Mayo Clinic offers palliative care.", "Mayo Clinic offers palliative care to you.")
    result = states(project, capsys)
    assert result[("care.md", "es")] == "outdated"
    assert result[("care.md", "ar")] == "outdated"
    assert result[("clinics.md", "es")] == "reviewed"
    code, _out, err = run(project, "status", "--check", "--strict", capsys=capsys)
    assert code == 1 and "docs/care.es.md: outdated" in err


def test_trailing_spaces_and_blank_lines_do_not_make_a_translation_outdated(project, capsys):
    english = project / "docs" / "care.md"
    text = english.read_text(encoding="utf-8")
    english.write_text(text.replace("Ask your team.", "Ask your team.   ").replace("\n\n", "\n\n\n") + "\n\n", encoding="utf-8")
    assert states(project, capsys)[("care.md", "es")] == "draft"


def test_indentation_changes_make_a_translation_outdated(project, capsys):
    edit(project / "docs" / "care.md", "    Ask your team.", "  Ask your team.")
    assert states(project, capsys)[("care.md", "es")] == "outdated"


def test_a_translation_without_its_english_page_is_an_orphan(project, capsys):
    (project / "docs" / "hospice.es.md").write_text("# Hospicio { #hospice }\n", encoding="utf-8")
    assert states(project, capsys)[("hospice.md", "es")] == "orphan"
    code, _out, err = run(project, "status", "--check", capsys=capsys)
    assert code == 1
    assert "docs/hospice.es.md:1: translation of 'docs/hospice.md', which does not exist" in err


# -- new / stamp / sign-off ----------------------------------------------------------


def test_new_scaffolds_an_untranslated_page_with_the_english_structure(project, capsys):
    code, out, _err = run(project, "new", "ar", "clinics.md", capsys=capsys)
    assert code == 0 and "created docs/clinics.ar.md" in out
    scaffold = (project / "docs" / "clinics.ar.md").read_text(encoding="utf-8")
    assert "translation: untranslated" in scaffold and "source_hash: sha256:" in scaffold
    assert "{ #clinics }" in scaffold and "{ #where }" in scaffold
    assert states(project, capsys)[("clinics.md", "ar")] == "untranslated"
    assert run(project, "check", capsys=capsys)[0] == 0


def test_new_refuses_to_overwrite_an_existing_translation(project, capsys):
    target = project / "docs" / "care.es.md"
    before = target.read_text(encoding="utf-8")
    code, _out, err = run(project, "new", "es", "care.md", capsys=capsys)
    assert code == 2 and "docs/care.es.md already exists" in err
    assert target.read_text(encoding="utf-8") == before


def test_stamping_a_reviewed_page_sets_it_back_to_draft(project, capsys):
    assert states(project, capsys)[("clinics.md", "es")] == "reviewed"
    code, out, _err = run(project, "stamp", "es", "clinics.md", capsys=capsys)
    assert code == 0 and "set back to draft" in out
    assert "translation: draft" in (project / "docs" / "clinics.es.md").read_text(encoding="utf-8")
    assert states(project, capsys)[("clinics.md", "es")] == "draft"


def test_stamping_an_outdated_translation_makes_it_current(project, capsys):
    edit(project / "docs" / "care.md", "- nurses", "- nurses and aides")
    edit(project / "docs" / "care.es.md", "- enfermeras", "- enfermeras y auxiliares")
    assert states(project, capsys)[("care.md", "es")] == "outdated"
    assert run(project, "stamp", "es", "care.md", capsys=capsys)[0] == 0
    assert states(project, capsys)[("care.md", "es")] == "draft"


def test_a_sign_off_is_in_the_json_with_reviewer_role_and_date(project, capsys):
    before = dt.date.today().isoformat()
    code, out, _err = run(project, "sign-off", "ar", "care.md", "--reviewer", "Dr. Haddad", "--role", "palliative care physician", capsys=capsys)
    assert code == 0 and out == "signed off docs/care.ar.md as reviewed by Dr. Haddad (palliative care physician)\n"
    rows = json.loads(run(project, "status", "--json", capsys=capsys)[1])["pages"]
    row = next(r for r in rows if (r["page"], r["lang"]) == ("care.md", "ar"))
    assert (row["state"], row["sign_off"]["reviewer"], row["sign_off"]["role"]) == ("reviewed", "Dr. Haddad", "palliative care physician")
    assert row["sign_off"]["date"] in {before, dt.date.today().isoformat()} and row["sign_off"]["holds"] is True


def test_editing_a_signed_off_translation_returns_it_to_draft(project, capsys):
    edit(project / "docs" / "clinics.es.md", "Mayo Clinic tiene sedes.", "Mayo Clinic tiene varias sedes.")
    assert states(project, capsys)[("clinics.md", "es")] == "draft"
    code, out, _err = run(project, "status", capsys=capsys)
    assert code == 0 and "draft (edited)" in out


def test_sign_off_refuses_an_outdated_translation(project, capsys):
    edit(project / "docs" / "care.md", "- doctors", "- physicians")
    code, _out, err = run(project, "sign-off", "es", "care.md", "--reviewer", "Dr. Test", capsys=capsys)
    assert code == 2 and "outdated" in err


# -- diff -----------------------------------------------------------------------------


def _git(project: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=project, check=True, capture_output=True)


def test_diff_shows_what_changed_in_english_even_after_history_is_rewritten(project, capsys):
    _git(project, "init", "-q")
    _git(project, "-c", "user.name=t", "-c", "user.email=t@example.org", "add", ".")
    _git(project, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "first")
    assert run(project, "stamp", "es", "care.md", capsys=capsys)[0] == 0
    # Rewrite history (as a rebase would): the recorded commit id disappears.
    _git(project, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "--amend", "-am", "rewritten")
    edit(project / "docs" / "care.md", "- nurses", "- nurses and social workers")
    code, out, _err = run(project, "diff", "es", "care.md", capsys=capsys)
    assert code == 0
    assert "-- nurses\n" in out and "+- nurses and social workers\n" in out


def test_diff_of_a_current_translation_says_nothing_changed(project, capsys):
    code, out, _err = run(project, "diff", "es", "care.md", capsys=capsys)
    assert code == 0 and "has not changed" in out


# -- check: structural parity and glossary, each with its line --------------------------


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("{ #who-helps }", "{ #quien-ayuda }", "heading ids differ: missing 'who-helps', extra 'quien-ayuda'"),
        ("(clinics.md#where)", "(clinics.md)", "internal link targets differ in section '#who-helps'"),
        ("[@ref2015]", "[@ref2016]", "citation keys differ in section '#care'"),
        ("![Un equipo](team.png)", "![Un equipo](equipo.png)", "images differ in section '#who-helps'"),
        ("- enfermeras\n", "", "1 list items in section '#who-helps', English has 2"),
        ("!!! note\n    Pregunte a su equipo.\n", "Pregunte a su equipo.\n", "0 admonitions in section '#who-helps', English has 1"),
    ],
)
def test_check_reports_each_structural_difference_with_its_line(project, capsys, old, new, message):
    translation = project / "docs" / "care.es.md"
    edit(translation, old, new)
    code, out, _err = run(project, "check", capsys=capsys)
    assert code == 1
    assert message in out
    line = out.split(":")[1]
    assert out.startswith("docs/care.es.md:") and line.isdigit()


def test_check_reports_the_section_line_of_a_difference(project, capsys):
    translation = project / "docs" / "care.es.md"
    edit(translation, "- enfermeras\n", "")
    code, out, _err = run(project, "check", capsys=capsys)
    assert code == 1
    assert f"docs/care.es.md:{line_of(translation, '{ #who-helps }')}: 1 list items" in out


def test_check_reports_a_glossary_term_rendered_differently(project, capsys):
    translation = project / "docs" / "care.es.md"
    edit(translation, "# Cuidados paliativos", "# Atención paliativa")
    edit(translation, "Mayo Clinic ofrece cuidados paliativos.", "Mayo Clinic ofrece atención paliativa.")
    code, out, _err = run(project, "check", capsys=capsys)
    assert code == 1
    assert (
        f"docs/care.es.md:{line_of(translation, '{ #care }')}: glossary: 'palliative care' in section '#care'"
        ": use 'cuidados paliativos' (translations/glossary/es.yml)" in out
    )


def test_check_reports_a_kept_name_that_was_translated(project, capsys):
    translation = project / "docs" / "care.ar.md"
    edit(translation, "تقدم Mayo Clinic", "تقدم مايو كلينك")
    code, out, _err = run(project, "check", capsys=capsys)
    assert code == 1 and "glossary: 'Mayo Clinic' in section '#care': use 'Mayo Clinic' (translations/glossary/ar.yml)" in out


def test_the_current_fixture_has_no_parity_differences(project, capsys):
    code, out, _err = run(project, "check", capsys=capsys)
    assert code == 0, out


# -- front matter ------------------------------------------------------------------------


def test_unparseable_front_matter_is_reported_with_its_line(project, capsys):
    translation = project / "docs" / "care.es.md"
    edit(translation, "description: Sobre los cuidados paliativos.", "description: [Sobre los cuidados paliativos.")
    code, _out, err = run(project, "status", "--check", capsys=capsys)
    assert code == 1
    assert "docs/care.es.md:2: front matter: the '[' opened on this line is never closed — add the closing ']'" in err


def test_an_unknown_status_value_is_reported(project, capsys):
    edit(project / "docs" / "care.es.md", "translation: draft", "translation: done")
    code, _out, err = run(project, "status", "--check", capsys=capsys)
    assert code == 1 and "unknown translation status 'done' — use one of untranslated, draft, reviewed" in err


def test_the_real_site_passes_the_strict_check(capsys):
    assert translation_tool.main(["--config", str(PROJECT_DIR / "mkdocs.yml"), "status", "--check", "--strict"]) == 0, capsys.readouterr().err
    assert translation_tool.main(["--config", str(PROJECT_DIR / "mkdocs.yml"), "check"]) == 0, capsys.readouterr().out


# -- export / import ------------------------------------------------------------------------


def test_export_and_import_through_the_command_line(project, capsys):
    code, out, err = run(project, "export", "es", "care.md", "--out", str(project / "xliff"), capsys=capsys)
    assert (code, err) == (0, "") and out == f"wrote {(project / 'xliff' / 'care.es.xlf').relative_to(project).as_posix()} (9 units, draft)\n"
    code, out, err = run(project, "import", str(project / "xliff" / "care.es.xlf"), capsys=capsys)
    assert (code, err) == (0, "")
    assert out == "imported xliff/care.es.xlf into docs/care.es.md: no unit of 9 changed\n"


def test_export_writes_into_build_xliff_by_default_and_fails_on_a_page_it_cannot_export(project, capsys):
    code, _out, err = run(project, "export", "ar", capsys=capsys)
    assert (code, err) == (1, "docs/clinics.ar.md:1: does not exist — start it with `translate new ar clinics.md`, then export it\n")
    assert sorted(p.relative_to(project).as_posix() for p in (project / "build").rglob("*.xlf")) == ["build/xliff/ar/care.ar.xlf"]


def test_an_import_that_is_refused_exits_with_1_and_says_why(project, capsys):
    assert run(project, "export", "es", "care.md", capsys=capsys)[0] == 0
    edit(project / "docs" / "care.es.md", "- médicos", "- médicas")
    code, out, err = run(project, "import", str(project / "build" / "xliff" / "es" / "care.es.xlf"), capsys=capsys)
    assert (code, out) == (1, "")
    assert err.startswith("build/xliff/es/care.es.xlf:1: docs/care.es.md changed since this file was exported")


def test_exporting_an_unknown_language_is_refused(project, capsys):
    code, _out, err = run(project, "export", "fr", capsys=capsys)
    assert code == 1 and err == "mkdocs.yml:1: unknown language 'fr' — use one of es, ar\n"
