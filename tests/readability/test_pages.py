"""Which files the readability report measures, and in which language:
pages by their language suffix, the references page and data folders left
out."""

from __future__ import annotations

from pathlib import Path

import pytest

from patient_site.readability.pages import find_pages, is_references_page, page_language
from tests.support.site_pages import LANGUAGES


def test_pages_languages_and_references_left_out(tmp_path: Path) -> None:
    for name in ("index.md", "index.es.md", "index.zh.md", "references.md", "references.ar.md", "index.fr.md"):
        (tmp_path / name).write_text("# Title\n", encoding="utf-8")
    (tmp_path / "team").mkdir()
    (tmp_path / "team" / "research.ar.md").write_text("# عنوان\n", encoding="utf-8")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "notes.md").write_text("# Not a page\n", encoding="utf-8")
    pages = find_pages([tmp_path], tmp_path, LANGUAGES)
    assert [(page.name, page.lang) for page in pages] == [
        ("index.md", "en"),
        ("index.es.md", "es"),
        ("index.zh.md", "zh"),
        ("team/research.ar.md", "ar"),
    ]


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("index.md", "en"),
        ("index.es.md", "es"),
        ("index.ar.md", "ar"),
        ("guide.v2.md", "en"),  # "v2" is not a language suffix
        ("index.fr.md", None),  # not a language of the site
        ("index.pt-BR.md", None),
    ],
)
def test_a_pages_language_is_its_suffixs(name: str, lang: str | None) -> None:
    assert page_language(Path(name), LANGUAGES) == lang


def test_a_site_language_the_report_has_no_measure_for_is_left_out() -> None:
    assert page_language(Path("index.fr.md"), ("en", "fr")) is None


@pytest.mark.parametrize(("name", "references"), [("references.md", True), ("references.zh.md", True), ("my-references.md", False)])
def test_the_references_page_is_known_in_every_language(name: str, references: bool) -> None:
    assert is_references_page(Path(name)) is references


def test_a_single_file_inside_docs_is_named_relative_to_docs(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "services").mkdir(parents=True)
    (docs / "services" / "hospital.es.md").write_text("# Hospital\n", encoding="utf-8")
    (page,) = find_pages([docs / "services" / "hospital.es.md"], docs, LANGUAGES)
    assert (page.name, page.lang) == ("services/hospital.es.md", "es")


def test_a_single_file_outside_docs_is_named_as_given(tmp_path: Path) -> None:
    outside = tmp_path / "draft.md"
    outside.write_text("# Draft\n", encoding="utf-8")
    (page,) = find_pages([outside], tmp_path / "docs", LANGUAGES)
    assert (page.name, page.lang) == (str(outside), "en")


def test_a_page_given_twice_is_measured_once(tmp_path: Path) -> None:
    (tmp_path / "index.md").write_text("# Home\n", encoding="utf-8")
    assert len(find_pages([tmp_path, tmp_path / "index.md"], tmp_path, LANGUAGES)) == 1


def test_each_pages_translations_follow_it_in_the_sites_language_order(tmp_path: Path) -> None:
    for name in ("b.zh.md", "b.md", "a.es.md", "b.es.md", "a.md"):
        (tmp_path / name).write_text("# T\n", encoding="utf-8")
    pages = find_pages([tmp_path], tmp_path, ("en", "es", "zh"))
    assert [page.name for page in pages] == ["a.md", "a.es.md", "b.md", "b.es.md", "b.zh.md"]
