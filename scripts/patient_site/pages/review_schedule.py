"""Which pages' medical review is overdue.

Every page records `last_reviewed` in its front matter (2017-08-15 for the
hospital's content); a review is due a review cycle later (three years, as on
MedlinePlus, unless mkdocs.yml says otherwise). The report lists every page
and language with its dates and says plainly which are overdue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from patient_site.content.page_meta import parse_review_date
from patient_site.pages.status import DEFAULT_REVIEW_CYCLE_YEARS, review_due_date
from patient_site.translations.inventory import Inventory


@dataclass(frozen=True)
class Review:
    file: str
    last_reviewed: dt.date | None
    due: dt.date | None
    overdue_days: int  # 0 when not overdue

    @property
    def overdue(self) -> bool:
        return self.overdue_days > 0


def reviews(inventory: Inventory, today: dt.date, years: int = DEFAULT_REVIEW_CYCLE_YEARS) -> list[Review]:
    result = []
    for src, document in sorted(inventory.documents.items()):
        reviewed = parse_review_date(document.meta.get("last_reviewed"))
        due = review_due_date(reviewed, years) if reviewed else None
        overdue = (today - due).days if due and today > due else 0
        result.append(Review(f"docs/{src}", reviewed, due, overdue))
    return result


def report(items: list[Review], today: dt.date, years: int = DEFAULT_REVIEW_CYCLE_YEARS) -> str:
    lines = [f"Medical review dates on {today.isoformat()} (review due {years} years after the last one)", ""]
    for item in items:
        if item.last_reviewed is None:
            lines.append(f"{item.file}: no last_reviewed date — add one to its front matter")
            continue
        state = f"OVERDUE by {item.overdue_days} days" if item.overdue else "current"
        lines.append(f"{item.file}: last reviewed {item.last_reviewed}, due {item.due} — {state}")
    overdue = sum(1 for item in items if item.overdue)
    lines += ["", f"{overdue} of {len(items)} pages are overdue for medical review."]
    return "\n".join(lines)
