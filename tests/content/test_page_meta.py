"""Front matter values the site cannot use, each reported at its own field's
line; review dates in the forms YAML gives them."""

from __future__ import annotations

import datetime as dt

import pytest

from patient_site.content.front_matter import split_front_matter
from patient_site.content.page_meta import meta_problems, parse_review_date


def problems(front_matter: str) -> list[tuple[int, str]]:
    return meta_problems(split_front_matter(f"---\n{front_matter}---\nBody.\n"))


def test_valid_fields_have_no_problems():
    assert problems("description: About care.\nlast_reviewed: 2024-05-01\ntranslation: reviewed\n") == []


def test_a_page_without_fields_has_no_problems():
    assert meta_problems(split_front_matter("# Care\n")) == []


def test_an_unknown_translation_status_is_reported_at_its_line():
    assert problems("title: Care\ndescription: About care.\ntranslation: done\n") == [
        (4, "unknown translation status 'done' — use one of untranslated, draft, reviewed")
    ]


@pytest.mark.parametrize("value", ["soon", "2024", "05/01/2024"])
def test_a_review_date_that_is_not_a_date_is_reported_at_its_line(value):
    assert problems(f"title: Care\nlast_reviewed: {value}\n") == [
        (3, f"last_reviewed '{value}' is not a date — write YYYY-MM-DD")
    ]


def test_a_description_that_is_not_text_is_reported_at_its_line():
    assert problems("title: Care\ndescription:\n  - one\n  - two\n") == [
        (3, "description must be text — write it on one line")
    ]


def test_a_numeric_description_is_not_text():
    assert problems("description: 42\n") == [(2, "description must be text — write it on one line")]


def test_each_problem_is_reported_at_its_own_line():
    found = problems("translation: finished\nlast_reviewed: never\ndescription: 7\n")
    assert [line for line, _message in found] == [2, 3, 4]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        (dt.date(2024, 5, 1), dt.date(2024, 5, 1)),
        (dt.datetime(2024, 5, 1, 9, 30), dt.date(2024, 5, 1)),
        ("2024-05-01", dt.date(2024, 5, 1)),
    ],
)
def test_a_review_date_is_read_from_each_form_yaml_gives(value, expected):
    assert parse_review_date(value) == expected


@pytest.mark.parametrize("value", ["May 1, 2024", "2024-02-30", 2024])
def test_a_value_that_is_not_a_date_is_refused(value):
    with pytest.raises(ValueError):
        parse_review_date(value)


def test_a_sign_off_date_that_is_not_a_date_is_reported_at_its_line():
    assert problems("translation: reviewed\nreviewed_by: Dr. Ruiz\nreviewed_on: yesterday\n") == [
        (4, "reviewed_on 'yesterday' is not a date — write YYYY-MM-DD")
    ]
