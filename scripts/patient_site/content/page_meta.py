"""The front matter fields a page may carry, and what each may hold.

    description     the summary for search results and link previews
    last_reviewed   the medical content's review date (YYYY-MM-DD)
    translation     untranslated | draft | reviewed (translations only)
    source_hash, source_commit, reviewed_by, reviewed_on, reviewed_source_hash,
    reviewed_translation_hash   written by the translators' tool

Each problem is reported at the line of its own field.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from patient_site.content.front_matter import Document

UNTRANSLATED = "untranslated"
DRAFT = "draft"
REVIEWED = "reviewed"
TRANSLATION_STATES = (UNTRANSLATED, DRAFT, REVIEWED)


def parse_review_date(value: Any) -> dt.date | None:
    """`last_reviewed` from front matter (YAML gives a date or a string)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def meta_problems(document: Document) -> list[tuple[int, str]]:
    """(line, message) for front matter values the site cannot use."""
    meta = document.meta
    problems = []
    status = meta.get("translation")
    if status is not None and status not in TRANSLATION_STATES:
        problems.append((
            document.line_of("translation"),
            f"unknown translation status '{status}' — use one of {', '.join(TRANSLATION_STATES)}",
        ))
    try:
        parse_review_date(meta.get("last_reviewed"))
    except (TypeError, ValueError):
        problems.append((
            document.line_of("last_reviewed"),
            f"last_reviewed '{meta.get('last_reviewed')}' is not a date — write YYYY-MM-DD",
        ))
    description = meta.get("description")
    if description is not None and not isinstance(description, str):
        problems.append((document.line_of("description"), "description must be text — write it on one line"))
    return problems
