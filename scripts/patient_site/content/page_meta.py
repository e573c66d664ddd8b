"""The front matter fields a page may carry, and what each may hold.

    description     the summary for search results and link previews
    last_reviewed   the medical content's review date (YYYY-MM-DD), the
                    English page's, which translations copy
    translation     untranslated | draft | reviewed (translations only)

Written by the translators' tool, never by hand:

    source_hash, source_commit      `stamp`: the English text translated from
    reviewed_by, reviewer_role, reviewed_on, reviewed_source_hash,
    reviewed_translation_hash       `sign-off`: who reviewed the translation,
                                    in what role, when, and the English and
                                    translated texts they reviewed

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
STAMP_FIELDS = ("source_hash", "source_commit")
SIGN_OFF_FIELDS = ("reviewed_by", "reviewer_role", "reviewed_on", "reviewed_source_hash", "reviewed_translation_hash")
# What the tool writes about a translation rather than what it says: a
# translation's own content hash leaves these out, so stamping or signing it
# off does not change it.
TOOL_FIELDS = ("translation", *STAMP_FIELDS, *SIGN_OFF_FIELDS)


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
    for key in ("last_reviewed", "reviewed_on"):
        try:
            parse_review_date(meta.get(key))
        except (TypeError, ValueError):
            problems.append((document.line_of(key), f"{key} '{meta.get(key)}' is not a date — write YYYY-MM-DD"))
    description = meta.get("description")
    if description is not None and not isinstance(description, str):
        problems.append((document.line_of("description"), "description must be text — write it on one line"))
    return problems
