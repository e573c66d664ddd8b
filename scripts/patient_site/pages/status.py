"""What a reader must know about a page before trusting it.

The medical review date and, by the site's review cycle, when the next review
is due (or that it is overdue); whether the text is a translation awaiting
medical review, a translation a medical professional reviewed (and when), a
translation older than its English page, or the English text shown because
no translation exists. Each notice is worded in the reader's language. The
site and the printed handouts use the same status, so a notice travels with
the paper.

Whether a translation is reviewed is the inventory's answer, not its front
matter's: a translation edited after its sign-off is a draft again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from patient_site.content.page_meta import DRAFT, REVIEWED, parse_review_date
from patient_site.translations.dates import format_date
from patient_site.translations.interface_text import InterfaceText
from patient_site.translations.inventory import OUTDATED, TranslationState
from patient_site.translations.languages import text_direction

# MedlinePlus reviews its health content on a three-year cycle; the project
# follows it unless mkdocs.yml says otherwise (review_cycle_years).
DEFAULT_REVIEW_CYCLE_YEARS = 3
FALLBACK = "fallback"


@dataclass(frozen=True)
class Notice:
    kind: str  # "draft" | "reviewed" | "outdated" | "fallback"
    text: str
    link_text: str = ""
    link_url: str = ""  # a site URL (relative to the site root)


@dataclass(frozen=True)
class ReaderStatus:
    text_lang: str  # the language the page's text is written in
    reader_lang: str  # the language of the site section the page is in
    last_reviewed: str = ""
    review_due: str = ""  # the next review's date, or that it is overdue
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


def review_due_date(reviewed: dt.date, years: int = DEFAULT_REVIEW_CYCLE_YEARS) -> dt.date:
    try:
        return reviewed.replace(year=reviewed.year + years)
    except ValueError:  # 29 February
        return reviewed.replace(year=reviewed.year + years, day=28)


def reader_status(
    *,
    meta: dict[str, Any],
    text_lang: str,
    reader_lang: str,
    today: dt.date,
    text: InterfaceText,
    translation: TranslationState | None = None,
    english_url: str = "",
    review_cycle_years: int = DEFAULT_REVIEW_CYCLE_YEARS,
) -> ReaderStatus:
    """The status of one page as shown to a reader of `reader_lang`;
    `translation` is the inventory's state of the page in that language
    (None for a page in the site's default language)."""
    notices = []
    link_text = text.message(reader_lang, "english_page_link")
    if text_lang != reader_lang:
        notices.append(Notice(FALLBACK, text.message(reader_lang, "translation_missing"), link_text, english_url))
    elif translation is not None:
        if translation.state == OUTDATED:
            notices.append(Notice(OUTDATED, text.message(reader_lang, "translation_outdated"), link_text, english_url))
        if translation.review != REVIEWED:
            notices.append(Notice(DRAFT, text.message(reader_lang, "translation_draft"), link_text, english_url))
        elif translation.state == REVIEWED and translation.sign_off is not None and translation.sign_off.date:
            date = format_date(translation.sign_off.date, reader_lang)
            notices.append(Notice(REVIEWED, text.message(reader_lang, "translation_reviewed", date=date)))
    reviewed = parse_review_date(meta.get("last_reviewed"))
    if reviewed is None:
        return ReaderStatus(text_lang, reader_lang, notices=tuple(notices))
    due = review_due_date(reviewed, review_cycle_years)
    overdue = today > due
    # The date is the source's; the cycle is this project's rule, and the
    # reader is told plainly when the review it asks for has not happened.
    review_key = "review_overdue" if overdue else "review_due"
    return ReaderStatus(
        text_lang=text_lang,
        reader_lang=reader_lang,
        last_reviewed=text.message(reader_lang, "last_reviewed", date=format_date(reviewed, reader_lang)),
        review_due=text.message(
            reader_lang, review_key, date=format_date(due, reader_lang), years=review_cycle_years
        ),
        review_overdue=overdue,
        reviewed_on=reviewed,
        due_on=due,
        notices=tuple(notices),
    )
