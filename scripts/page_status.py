"""What a reader must know about a page before trusting it.

The medical review date and when the next review is due; whether the text is
a translation awaiting medical review, a translation older than its English
page, or the English text shown because no translation exists. Each notice
is worded in the reader's language. The site and the printed handouts use
the same status, so a notice travels with the paper.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import ui_text

# MedlinePlus reviews its health content on a three-year cycle.
REVIEW_CYCLE_YEARS = 3
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})
TRANSLATION_STATES = ("untranslated", "draft", "reviewed")


def front_matter_problems(meta: dict[str, Any]) -> list[tuple[int, str]]:
    """(line, message) for front matter values the site cannot use."""
    problems = []
    status = meta.get("translation")
    if status is not None and status not in TRANSLATION_STATES:
        problems.append((1, f"unknown translation status '{status}' — use one of {', '.join(TRANSLATION_STATES)}"))
    try:
        parse_review_date(meta.get("last_reviewed"))
    except ValueError:
        problems.append((1, f"last_reviewed '{meta.get('last_reviewed')}' is not a date — write YYYY-MM-DD"))
    return problems


def text_direction(lang: str) -> str:
    return "rtl" if lang in RTL_LANGUAGES else "ltr"


@dataclass(frozen=True)
class Notice:
    kind: str  # "draft" | "outdated" | "fallback"
    text: str
    link_text: str = ""
    link_url: str = ""  # a site URL (relative to the site root)


@dataclass(frozen=True)
class PageStatus:
    text_lang: str  # the language the page's text is written in
    reader_lang: str  # the language of the site section the page is in
    last_reviewed: str = ""
    review_due: str = ""
    review_overdue: bool = False
    reviewed_on: dt.date | None = None
    due_on: dt.date | None = None
    notices: tuple[Notice, ...] = field(default_factory=tuple)

    @property
    def text_dir(self) -> str:
        return text_direction(self.text_lang)

    @property
    def is_fallback(self) -> bool:
        return self.text_lang != self.reader_lang


def review_due_date(reviewed: dt.date) -> dt.date:
    try:
        return reviewed.replace(year=reviewed.year + REVIEW_CYCLE_YEARS)
    except ValueError:  # 29 February
        return reviewed.replace(year=reviewed.year + REVIEW_CYCLE_YEARS, day=28)


def parse_review_date(value: Any) -> dt.date | None:
    """`last_reviewed` from front matter (YAML gives a date or a string)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def page_status(
    *,
    meta: dict[str, Any],
    text_lang: str,
    reader_lang: str,
    today: dt.date,
    outdated: bool = False,
    english_url: str = "",
) -> PageStatus:
    """The status of one page as shown to a reader of `reader_lang`."""
    notices = []
    link_text = ui_text.message(reader_lang, "english_page_link")
    if text_lang != reader_lang:
        notices.append(Notice("fallback", ui_text.message(reader_lang, "translation_missing"), link_text, english_url))
    else:
        if outdated:
            notices.append(Notice("outdated", ui_text.message(reader_lang, "translation_outdated"), link_text, english_url))
        if meta.get("translation") in ("draft", "untranslated"):
            notices.append(Notice("draft", ui_text.message(reader_lang, "translation_draft"), link_text, english_url))
    reviewed = parse_review_date(meta.get("last_reviewed"))
    if reviewed is None:
        return PageStatus(text_lang, reader_lang, notices=tuple(notices))
    due = review_due_date(reviewed)
    overdue = today > due
    # The date is the source's; the cycle is this project's rule, and the
    # reader is told plainly when the review it asks for has not happened.
    review_key = "review_overdue" if overdue else "review_due"
    return PageStatus(
        text_lang=text_lang,
        reader_lang=reader_lang,
        last_reviewed=ui_text.message(reader_lang, "last_reviewed", date=ui_text.format_date(reviewed, reader_lang)),
        review_due=ui_text.message(
            reader_lang, review_key, date=ui_text.format_date(due, reader_lang), years=REVIEW_CYCLE_YEARS
        ),
        review_overdue=overdue,
        reviewed_on=reviewed,
        due_on=due,
        notices=tuple(notices),
    )
