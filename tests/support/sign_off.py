"""A translation as a medical reviewer's sign-off leaves it, for tests whose
input is a reviewed page (the sign-off itself is tested in test_workflow)."""

from __future__ import annotations

from patient_site.content.front_matter import set_fields, split_front_matter
from patient_site.translations.inventory import source_hash, translation_hash


def signed_off(text: str, english: str, reviewer: str = "Dr. Test", on: str = "2026-11-30") -> str:
    """`text` with `translation: reviewed` and the sign-off of it against `english`."""
    return set_fields(
        text,
        {
            "translation": "reviewed",
            "reviewed_by": reviewer,
            "reviewed_on": on,
            "reviewed_source_hash": source_hash(english),
            "reviewed_translation_hash": translation_hash(split_front_matter(text)),
        },
    )
