"""Which pages' medical review is overdue: every page and language with its
dates, and plainly which are overdue. It informs; it does not fail a build.

    python scripts/review_dates.py [--json] [--today YYYY-MM-DD]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from patient_site.pages.review_schedule import report, reviews
from patient_site.pages.status import DEFAULT_REVIEW_CYCLE_YEARS
from patient_site.project import read_project
from patient_site.translations.inventory import take_inventory


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="the site's mkdocs.yml (default: ./mkdocs.yml)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    args = parser.parse_args(argv)
    project = read_project(args.config.resolve())
    years = int(project.options.get("review_cycle_years") or DEFAULT_REVIEW_CYCLE_YEARS)
    inventory = take_inventory(project.paths.docs_dir, project.languages.others)
    items = reviews(inventory, args.today, years)
    if inventory.problems:
        # Pages that could not be read are not in the report: say which and why.
        print("\n".join(str(p) for p in sorted(inventory.problems)) + "\n", file=sys.stderr)
    if args.json:
        print(json.dumps([
            {"file": i.file, "last_reviewed": str(i.last_reviewed or ""), "due": str(i.due or ""), "overdue_days": i.overdue_days}
            for i in items
        ], indent=2))
    else:
        print(report(items, args.today, years))
    return 0


if __name__ == "__main__":
    sys.exit(main())
