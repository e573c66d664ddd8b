"""Problems are data: `file:line: message`, each once, sorted."""

from __future__ import annotations

from patient_site.problems import Problem, ProblemsFound, unique_sorted


def test_a_problem_reads_as_file_line_message():
    assert str(Problem("docs/index.md", 3, "unknown citation key 'x' — add it")) == "docs/index.md:3: unknown citation key 'x' — add it"


def test_problems_are_reported_once_by_file_then_line():
    problems = [Problem("docs/b.md", 2, "b"), Problem("docs/a.md", 10, "a10"), Problem("docs/a.md", 9, "a9"), Problem("docs/b.md", 2, "b")]
    assert unique_sorted(problems) == [Problem("docs/a.md", 9, "a9"), Problem("docs/a.md", 10, "a10"), Problem("docs/b.md", 2, "b")]


def test_problems_found_lists_them_and_a_summary():
    found = ProblemsFound([Problem("b.bib", 2, "y"), Problem("a.md", 1, "x")], "2 problems.")
    assert str(found) == "a.md:1: x\nb.bib:2: y\n2 problems."
    assert found.problems == [Problem("a.md", 1, "x"), Problem("b.bib", 2, "y")]
