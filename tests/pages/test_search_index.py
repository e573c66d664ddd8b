"""One search index per language: only that language's entries, with
locations relative to its root, written as UTF-8 (not \\u escapes)."""

from __future__ import annotations

import json

from patient_site.pages.search_index import language_index, write_index

SETTINGS = {"lang": ["es"], "separator": r"[\s\-]+"}
ENTRIES = [
    {"location": "", "title": "Home", "text": "Palliative care"},
    {"location": "services/hospital/#stay", "title": "Stay", "text": "In the hospital"},
    {"location": "es/", "title": "Inicio", "text": "Cuidados paliativos"},
    {"location": "es/services/hospital/", "title": "Hospital", "text": "En el hospital"},
    {"location": "zh/", "title": "首页", "text": "姑息治疗"},
]


def locations(index: dict) -> list[str]:
    return [doc["location"] for doc in index["docs"]]


def test_a_languages_index_holds_only_its_entries_relative_to_its_root():
    assert locations(language_index(ENTRIES, "es/", SETTINGS)) == ["", "services/hospital/"]


def test_the_entries_keep_their_title_and_text():
    index = language_index(ENTRIES, "es/", SETTINGS)
    assert index["docs"][1] == {"location": "services/hospital/", "title": "Hospital", "text": "En el hospital"}


def test_the_index_carries_the_languages_own_search_settings():
    assert language_index(ENTRIES, "zh/", SETTINGS)["config"] == SETTINGS


def test_the_default_language_at_the_root_leaves_out_the_other_languages_folders():
    index = language_index(ENTRIES, "", SETTINGS, exclude=("es/", "zh/"))
    assert locations(index) == ["", "services/hospital/#stay"]


def test_a_page_whose_name_only_starts_like_a_language_stays_in_the_default_index():
    entries = [{"location": "estimates/", "title": "Estimates", "text": ""}]
    assert locations(language_index(entries, "", SETTINGS, exclude=("es/",))) == ["estimates/"]


def test_the_given_entries_are_not_changed():
    entries = [dict(entry) for entry in ENTRIES]
    language_index(entries, "es/", SETTINGS)
    assert entries == ENTRIES


def test_a_translations_index_is_written_in_its_folder(tmp_path):
    path = write_index(tmp_path, "zh/", {"config": SETTINGS, "docs": []})
    assert path == tmp_path / "zh" / "search" / "search_index.json"
    assert path.is_file()


def test_the_default_languages_index_is_written_at_the_root(tmp_path):
    assert write_index(tmp_path, "", {"config": SETTINGS, "docs": []}) == tmp_path / "search" / "search_index.json"


def test_the_index_is_written_as_utf8_text_not_escapes(tmp_path):
    index = language_index(ENTRIES, "zh/", SETTINGS)
    data = write_index(tmp_path, "zh/", index).read_bytes()
    assert "姑息治疗".encode() in data
    assert b"\\u" not in data
    assert json.loads(data.decode("utf-8")) == index
