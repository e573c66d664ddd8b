"""Where each page is published: directory URLs, one folder per language."""

from __future__ import annotations

import pytest

from patient_site.pages.urls import page_path, page_url, past_the_redirect


@pytest.mark.parametrize(
    ("src", "path"),
    [
        ("index.md", ""),
        ("services/hospital.md", "services/hospital/"),
        ("campuses/index.md", "campuses/"),
        ("a/b/index.md", "a/b/"),
        ("about.md", "about/"),
        ("reindex.md", "reindex/"),  # only a whole "index" is the folder's page
        ("services/indexes.md", "services/indexes/"),
    ],
)
def test_a_page_is_published_as_a_folder(src, path):
    assert page_path(src) == path


def test_the_default_language_is_at_the_site_root():
    assert page_url("services/hospital.md", "en", "en") == "services/hospital/"


def test_the_default_languages_home_is_the_site_root():
    assert page_url("index.md", "en", "en") == ""


def test_a_translation_is_under_its_language_folder():
    assert page_url("services/hospital.md", "es", "en") == "es/services/hospital/"


def test_a_translations_home_is_its_language_folder():
    assert page_url("index.md", "zh", "en") == "zh/"


def test_the_site_root_is_linked_as_index_html_past_the_language_redirect():
    assert past_the_redirect("") == "index.html"


@pytest.mark.parametrize("url", ["es/", "team/", "es/team/research/"])
def test_every_other_page_keeps_its_address(url):
    assert past_the_redirect(url) == url
