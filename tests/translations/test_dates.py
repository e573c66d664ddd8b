"""Dates as readers of each language write them: English in Associated Press
style, the others as their locale writes a long date."""

from __future__ import annotations

import datetime as dt

import pytest

from patient_site.translations.dates import format_date, format_partial_date, format_year_month, parse_iso_date


@pytest.mark.parametrize(
    ("date", "text"),
    [
        (dt.date(2017, 8, 15), "Aug. 15, 2017"),
        (dt.date(2024, 9, 1), "Sept. 1, 2024"),
        (dt.date(2024, 1, 31), "Jan. 31, 2024"),
        (dt.date(2024, 2, 29), "Feb. 29, 2024"),
        (dt.date(2024, 3, 5), "March 5, 2024"),
        (dt.date(2024, 4, 5), "April 5, 2024"),
        (dt.date(2024, 5, 5), "May 5, 2024"),
        (dt.date(2024, 6, 5), "June 5, 2024"),
        (dt.date(2024, 7, 4), "July 4, 2024"),
        (dt.date(2024, 10, 9), "Oct. 9, 2024"),
        (dt.date(2024, 11, 9), "Nov. 9, 2024"),
        (dt.date(2024, 12, 25), "Dec. 25, 2024"),
    ],
)
def test_english_dates_are_in_ap_style(date, text):
    assert format_date(date, "en") == text


@pytest.mark.parametrize(
    ("lang", "text"),
    [("es", "15 de agosto de 2017"), ("ar", "15 أغسطس 2017"), ("zh", "2017年8月15日")],
)
def test_other_languages_write_a_long_date_their_way(lang, text):
    assert format_date(dt.date(2017, 8, 15), lang) == text


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Oct. 2015"), ("es", "octubre de 2015"), ("zh", "2015年10月")],
)
def test_a_month_and_year(lang, text):
    assert format_year_month(2015, 10, lang) == text


def test_march_to_july_are_not_abbreviated_in_a_month_and_year():
    assert [format_year_month(2015, month, "en") for month in (3, 7, 9)] == ["March 2015", "July 2015", "Sept. 2015"]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("2015", (2015, None, None)),
        ("2015-10", (2015, 10, None)),
        ("2015-10-28", (2015, 10, 28)),
        (" 2015-10 ", (2015, 10, None)),
    ],
)
def test_an_iso_date_of_any_precision_is_split(text, parts):
    assert parse_iso_date(text) == parts


@pytest.mark.parametrize("text", ["2015/10", "", "October 2015", "2015-10-28-01", "2015-1o"])
def test_a_text_that_is_not_an_iso_date_is_refused_with_the_forms_allowed(text):
    with pytest.raises(ValueError) as error:
        parse_iso_date(text)
    assert str(error.value) == f"'{text}' is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD"


@pytest.mark.parametrize("text", ["2015-02-30", "2015-13", "2015-13-01", "2015-04-31"])
def test_a_date_that_is_not_in_the_calendar_is_refused(text):
    with pytest.raises(ValueError):
        parse_iso_date(text)


@pytest.mark.parametrize("text", ["2015-00", "2015-00-10", "2015-10-00"])
def test_a_month_or_day_zero_is_refused(text):
    with pytest.raises(ValueError):
        parse_iso_date(text)


@pytest.mark.parametrize(
    ("text", "lang", "formatted"),
    [
        ("2015", "es", "2015"),
        ("2015-10", "en", "Oct. 2015"),
        ("2015-10", "es", "octubre de 2015"),
        ("2015-10-28", "en", "Oct. 28, 2015"),
        ("2015-10-28", "zh", "2015年10月28日"),
    ],
)
def test_a_partial_date_is_written_at_its_precision(text, lang, formatted):
    assert format_partial_date(text, lang) == formatted
