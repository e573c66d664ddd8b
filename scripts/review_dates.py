"""Which pages' medical review is overdue.

Every page records `last_reviewed` in its front matter (2017-08-15 for the
hospital's content); a review is due three years later, as on MedlinePlus.
This report lists every page and language with its dates and says plainly
which are overdue — today, all of them. It informs; it does not fail a build.

    python scripts/review_dates.py [--json] [--today YYYY-MM-DD]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from page_status import parse_review_date, review_due_date
from translation_files import site_languages
from translation_status import take_inventory

PROJECT_DIR = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Review:
    file: str
    last_reviewed: dt.date | None
    due: dt.date | None
    overdue_days: int  # 0 when not overdue

    @property
    def overdue(self) -> bool:
        return self.overdue_days > 0


def reviews(project: Path, today: dt.date) -> list[Review]:
    _default, languages = site_languages(project / "mkdocs.yml")
    inventory = take_inventory(project / "docs", languages)
    result = []
    for src, document in sorted(inventory.documents.items()):
        reviewed = parse_review_date(document.meta.get("last_reviewed"))
        due = review_due_date(reviewed) if reviewed else None
        overdue = (today - due).days if due and today > due else 0
        result.append(Review(f"docs/{src}", reviewed, due, overdue))
    return result


def report(items: list[Review], today: dt.date) -> str:
    lines = [f"Medical review dates on {today.isoformat()} (review due {3} years after the last one)", ""]
    for item in items:
        if item.last_reviewed is None:
            lines.append(f"{item.file}: no last_reviewed date — add one to its front matter")
            continue
        state = f"OVERDUE by {item.overdue_days} days" if item.overdue else "current"
        lines.append(f"{item.file}: last reviewed {item.last_reviewed}, due {item.due} — {state}")
    overdue = sum(1 for item in items if item.overdue)
    lines += ["", f"{overdue} of {len(items)} pages are overdue for medical review."]
    return "\n".join(lines)


def main(argv: list[str] | None = None, project: Path = PROJECT_DIR) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    args = parser.parse_args(argv)
    items = reviews(project, args.today)
    if args.json:
        print(json.dumps([
            {"file": i.file, "last_reviewed": str(i.last_reviewed or ""), "due": str(i.due or ""), "overdue_days": i.overdue_days}
            for i in items
        ], indent=2))
    else:
        print(report(items, args.today))
    return 0


if __name__ == "__main__":
    sys.exit(main())
