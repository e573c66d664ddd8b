"""Which pages' medical review is overdue: every page and language with its
dates, the days overdue, and a report that says it plainly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from patient_site.pages.review_schedule import Review, report, reviews
from patient_site.translations.inventory import take_inventory

TODAY = dt.date(2020, 8, 20)


def inventory(tmp_path: Path, files: dict[str, str]):
    docs = tmp_path / "docs"
    for name, text in files.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, encoding="utf-8")
    return take_inventory(docs, ("es",))


def page(last_reviewed: str | None) -> str:
    front = f"---\nlast_reviewed: {last_reviewed}\n---\n" if last_reviewed else ""
    return front + "# Title\n\nText.\n"


def test_every_page_and_language_gets_a_review_with_its_due_date(tmp_path):
    found = reviews(inventory(tmp_path, {"index.md": page("2017-08-15"), "index.es.md": page("2019-01-01")}), TODAY)
    assert found == [
        Review("docs/index.es.md", dt.date(2019, 1, 1), dt.date(2022, 1, 1), 0),
        Review("docs/index.md", dt.date(2017, 8, 15), dt.date(2020, 8, 15), 5),
    ]


def test_a_review_past_its_due_date_is_overdue_by_the_days_since():
    assert Review("docs/index.md", dt.date(2017, 8, 15), dt.date(2020, 8, 15), 5).overdue


def test_on_the_due_date_a_review_is_not_overdue(tmp_path):
    (review,) = reviews(inventory(tmp_path, {"index.md": page("2017-08-15")}), dt.date(2020, 8, 15))
    assert (review.overdue_days, review.overdue) == (0, False)


def test_the_day_after_the_due_date_a_review_is_one_day_overdue(tmp_path):
    (review,) = reviews(inventory(tmp_path, {"index.md": page("2017-08-15")}), dt.date(2020, 8, 16))
    assert (review.overdue_days, review.overdue) == (1, True)


def test_a_page_without_a_review_date_has_no_due_date(tmp_path):
    (review,) = reviews(inventory(tmp_path, {"services/hospital.md": page(None)}), TODAY)
    assert review == Review("docs/services/hospital.md", None, None, 0)
    assert not review.overdue


def test_another_review_cycle_moves_the_due_date(tmp_path):
    (review,) = reviews(inventory(tmp_path, {"index.md": page("2019-08-15")}), TODAY, years=1)
    assert (review.due, review.overdue_days) == (dt.date(2020, 8, 15), 5)


def test_a_review_on_29_february_is_due_on_28_february(tmp_path):
    (review,) = reviews(inventory(tmp_path, {"index.md": page("2016-02-29")}), dt.date(2019, 3, 1))
    assert (review.due, review.overdue_days) == (dt.date(2019, 2, 28), 1)


def test_the_report_lists_every_page_says_which_are_overdue_and_counts_them():
    items = [
        Review("docs/index.es.md", dt.date(2019, 1, 1), dt.date(2022, 1, 1), 0),
        Review("docs/index.md", dt.date(2017, 8, 15), dt.date(2020, 8, 15), 5),
        Review("docs/services/hospital.md", None, None, 0),
    ]
    assert report(items, TODAY) == "\n".join([
        "Medical review dates on 2020-08-20 (review due 3 years after the last one)",
        "",
        "docs/index.es.md: last reviewed 2019-01-01, due 2022-01-01 — current",
        "docs/index.md: last reviewed 2017-08-15, due 2020-08-15 — OVERDUE by 5 days",
        "docs/services/hospital.md: no last_reviewed date — add one to its front matter",
        "",
        "1 of 3 pages are overdue for medical review.",
    ])


def test_the_report_names_the_review_cycle_in_force():
    assert report([], TODAY, years=2).splitlines()[0] == "Medical review dates on 2020-08-20 (review due 2 years after the last one)"


def test_the_report_of_no_pages_counts_none():
    assert report([], TODAY).splitlines()[-1] == "0 of 0 pages are overdue for medical review."
