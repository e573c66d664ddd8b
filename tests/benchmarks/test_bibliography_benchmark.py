"""The bibliography benchmark's generated references: a realistic mix the
project's own loader accepts, the same for the same seed; and a report that
says whether the target was met."""

from __future__ import annotations

from patient_site.benchmarks.bibliography import TARGET_RATIO, generate_bib, run, table
from patient_site.references.bibliography import parse_bibliography


def test_the_generated_references_pass_the_projects_own_checks(tmp_path):
    bibliography = parse_bibliography(generate_bib(60).encode("utf-8"), "bibliography.bib", tmp_path / "bibliography.bib")
    assert len(bibliography.keys) == 60
    assert {entry.type for entry in bibliography.data.entries.values()} == {"article", "online", "book", "incollection"}


def test_the_same_seed_gives_the_same_references_and_another_seed_others():
    assert generate_bib(20, seed=7) == generate_bib(20, seed=7)
    assert generate_bib(20, seed=7) != generate_bib(20, seed=8)


def test_the_report_gives_each_step_and_whether_the_target_was_met():
    result = run(count=30, runs=1, seed=1)
    assert result["entries"] == 30 and sum(result["kinds"].values()) == 30
    report = table(result)
    for step in ("parse (pybtex Parser, once)", "load (project: scan + parse + checks)", "stock: unsrt", "project: PatientStyle"):
        assert f"| {step}" in report
    verdict = "met" if result["project_seconds"] / result["stock_seconds"] <= TARGET_RATIO else "NOT met"
    assert report.endswith(f"(target ≤ {TARGET_RATIO}: {verdict})")
