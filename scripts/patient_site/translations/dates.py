"""Dates as readers of each language write them."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton

# The seed writes dates in Associated Press style ("Aug. 15, 2017"); English
# keeps it. March–July are never abbreviated in AP style, September is "Sept.".
_AP_MONTHS = (
    "Jan.", "Feb.", "March", "April", "May", "June",
    "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
)


def format_date(value: dt.date, lang: str) -> str:
    """A full date as readers of `lang` write it ("Aug. 15, 2017",
    "15 de agosto de 2017", "15 أغسطس 2017", "2017年8月15日")."""
    if lang == "en":
        return f"{_AP_MONTHS[value.month - 1]} {value.day}, {value.year}"
    return babel_format_date(value, format="long", locale=lang)


def format_year_month(year: int, month: int, lang: str) -> str:
    """A month and year ("Oct. 2015", "octubre de 2015", "2015年10月")."""
    if lang == "en":
        return f"{_AP_MONTHS[month - 1]} {year}"
    return format_skeleton("yMMMM", dt.date(year, month, 1), locale=lang)


def parse_iso_date(text: str) -> tuple[int, int | None, int | None]:
    """Split "2015", "2015-10" or "2015-10-28" into (year, month, day)."""
    parts = str(text).strip().split("-")
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
        raise ValueError(f"'{text}' is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD")
    numbers = [int(p) for p in parts]
    year = numbers[0]
    month = numbers[1] if len(numbers) > 1 else None
    day = numbers[2] if len(numbers) > 2 else None
    # Validate the calendar date itself (e.g. reject 2015-02-30).
    dt.date(year, 1 if month is None else month, 1 if day is None else day)
    return year, month, day


def format_partial_date(text: str, lang: str) -> str:
    """An ISO date of any precision in the reader's language."""
    year, month, day = parse_iso_date(text)
    if month is None:
        return str(year)
    if day is None:
        return format_year_month(year, month, lang)
    return format_date(dt.date(year, month, day), lang)
