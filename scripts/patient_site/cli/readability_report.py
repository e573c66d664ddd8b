"""Readability of the site's pages, per page and per language.

Usage: python scripts/readability.py [PATH ...] [--json] [--check]

PATH is a folder of pages (default: docs/) or single Markdown files. The
references page is left out. `--check` fails when an English page is above
Flesch-Kincaid grade 9 or a Spanish page below Fernández-Huerta 65: that is
what CI runs. See patient_site/readability/ for what is measured and why.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from patient_site.problems import Problem
from patient_site.project import read_project
from patient_site.readability.pages import find_pages
from patient_site.readability.report import format_table, to_json
from patient_site.readability.scores import (
    EN_CHECK_GRADE,
    EN_TARGET_GRADE,
    ES_TARGET_FERNANDEZ_HUERTA,
    check_failures,
    measure_pages,
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="folders of pages or Markdown files (default: docs/)")
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="the site's mkdocs.yml (default: ./mkdocs.yml)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--check",
        action="store_true",
        help=(
            f"exit 1 when an English page is above Flesch-Kincaid grade {EN_CHECK_GRADE:g} or a Spanish page "
            f"below Fernández-Huerta {ES_TARGET_FERNANDEZ_HUERTA:g} (what CI runs)"
        ),
    )
    args = parser.parse_args(argv)
    project = read_project(args.config.resolve())
    docs_dir = project.paths.docs_dir
    paths = args.paths or [docs_dir]
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        print(
            f"readability: not found: {', '.join(missing)} — give a folder of pages or Markdown files", file=sys.stderr
        )
        return 2
    problems: list[Problem] = []
    reports = measure_pages(find_pages(paths, docs_dir, project.languages.all, project.languages.default), problems)
    print(to_json(reports) if args.json else format_table(reports))
    if problems:
        print("\n".join(str(problem) for problem in problems), file=sys.stderr)
        return 1
    if not args.check:
        return 0
    failures = check_failures(reports)
    if failures:
        print(f"\nreadability check failed: {len(failures)} page(s) off target:", file=sys.stderr)
        for report in failures:
            if report.lang == "en":
                score = f"grade {report.metrics['flesch_kincaid_grade']:.1f} (target ≤ {EN_TARGET_GRADE:g})"
            else:
                score = f"Fernández-Huerta {report.metrics['fernandez_huerta']:.1f} (target ≥ {ES_TARGET_FERNANDEZ_HUERTA:g})"
            print(f"{report.page}: {score} — use shorter sentences and plainer, shorter words", file=sys.stderr)
        return 1
    english = sum(1 for report in reports if report.lang == "en" and report.metrics)
    spanish = sum(1 for report in reports if report.lang == "es" and report.metrics)
    print(
        f"\nreadability check passed: {english} English page(s) at grade ≤ {EN_CHECK_GRADE:g}, "
        f"{spanish} Spanish page(s) at Fernández-Huerta ≥ {ES_TARGET_FERNANDEZ_HUERTA:g}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
