"""Each handout's file name says the site, the page, the language and the
edition, so a nurse can tell printed copies apart from the name alone."""

from __future__ import annotations

import pytest

from patient_site.pages.handout_files import BILINGUAL, LARGE_PRINT, STANDARD, booklet_filename, handout_filename, slug


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("services/hospital.md", "services-hospital"),
        ("index.md", "home"),
        ("campuses/index.md", "campuses"),
        ("a/b/c.md", "a-b-c"),
    ],
)
def test_a_pages_slug_follows_its_path(page, expected):
    assert slug(page) == expected


@pytest.mark.parametrize(
    ("edition", "expected"),
    [
        (STANDARD, "palliative-care-services-hospital-es.pdf"),
        (LARGE_PRINT, "palliative-care-services-hospital-es-large-print.pdf"),
        # English first, as on the paper.
        (BILINGUAL, "palliative-care-services-hospital-en-es.pdf"),
    ],
)
def test_a_handouts_name_says_its_page_language_and_edition(edition, expected):
    assert handout_filename("services/hospital.md", "es", "palliative-care", edition) == expected


def test_the_bilingual_name_starts_with_the_sites_default_language():
    assert handout_filename("index.md", "en", "heart-failure", BILINGUAL, english="fr") == "heart-failure-home-fr-en.pdf"


def test_the_home_pages_handout_is_named_home():
    assert handout_filename("index.md", "zh", "palliative-care") == "palliative-care-home-zh.pdf"


def test_a_booklets_name_says_its_language():
    assert booklet_filename("ar", "palliative-care") == "palliative-care-booklet-ar.pdf"


def test_file_names_start_with_the_sites_prefix():
    assert handout_filename("index.md", "fr", "heart-clinic") == "heart-clinic-home-fr.pdf"
    assert booklet_filename("fr", "heart-clinic") == "heart-clinic-booklet-fr.pdf"


def test_no_two_editions_of_any_page_share_a_name():
    pages = ["index.md", "services/index.md", "services/hospital.md", "services-hospital.md"]
    names = [
        handout_filename(page, lang, "p", edition)
        for page in pages[:3]
        for lang in ("en", "es", "ar", "zh")
        for edition in (STANDARD, LARGE_PRINT, BILINGUAL)
        if not (edition == BILINGUAL and lang == "en")
    ]
    names += [booklet_filename(lang, "p") for lang in ("en", "es", "ar", "zh")]
    assert len(names) == len(set(names))
