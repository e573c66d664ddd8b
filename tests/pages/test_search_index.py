"""One chunked index per language: a query reads only the manifest, the
buckets of its words and the chunks of the pages it shows, and finds pages
by the forms readers type."""

from __future__ import annotations

import json

import pytest

from patient_site.pages.search_index import (
    CHUNK,
    IndexReader,
    index_files,
    pages_of,
    search,
    write_index,
)

ENTRIES = [
    {"location": "", "title": "Palliative care", "text": "<p>A team of specialists meets with you.</p>"},
    {"location": "#team", "title": "Your team", "text": "<p>Chaplains and nurses.</p>"},
    {"location": "services/hospital/", "title": "In the hospital", "text": "<p>Ask for palliative care during your stay.</p>"},
    {"location": "costs/", "title": "Costs", "text": "<p>Insurance and billing.</p>"},
]


def written(tmp_path, entries=ENTRIES, lang="en"):
    folder = write_index(tmp_path, "", index_files(pages_of(entries, lang), lang))
    return IndexReader(folder)


def urls(found):
    return [url for url, _title, _summary in found[1]]


def test_sections_of_a_page_are_one_result_with_the_pages_title(tmp_path):
    pages = pages_of(ENTRIES, "en")
    assert [(p.url, p.title) for p in pages] == [("", "Palliative care"), ("services/hospital/", "In the hospital"), ("costs/", "Costs")]
    assert pages[0].summary == "A team of specialists meets with you."


def test_a_word_finds_the_pages_that_hold_it_title_first(tmp_path):
    found = search(written(tmp_path), "palliative", "en")
    assert found[0] == 2 and urls(found) == ["", "services/hospital/"]


def test_every_word_of_a_query_must_be_on_the_page(tmp_path):
    assert urls(search(written(tmp_path), "palliative stay", "en")) == ["services/hospital/"]
    assert search(written(tmp_path), "palliative billing", "en")[0] == 0


def test_a_word_is_found_while_it_is_typed(tmp_path):
    assert urls(search(written(tmp_path), "chapl", "en")) == [""]


def test_a_section_heading_and_text_are_found(tmp_path):
    assert urls(search(written(tmp_path), "CHAPLAIN", "en")) == [""]


def test_a_query_reads_only_what_it_needs(tmp_path):
    reader = written(tmp_path)
    search(reader, "billing", "en")
    assert reader.fetched[0] == "manifest.json"
    assert len([name for name in reader.fetched if name.startswith("t/")]) == 1
    assert [name for name in reader.fetched if name.startswith("d/")] == ["d/0.json"]


def test_a_query_without_a_word_reads_nothing_more(tmp_path):
    reader = written(tmp_path)
    assert search(reader, " - ", "en") == (0, []) and reader.fetched == ["manifest.json"]


def test_pages_are_stored_in_chunks_and_read_back_by_number(tmp_path):
    entries = [{"location": f"p{n}/", "title": f"Page {n}", "text": "common" + (" rare" if n == CHUNK + 3 else "")} for n in range(CHUNK * 2 + 1)]
    reader = written(tmp_path, entries)
    assert urls(search(reader, "rare", "en")) == [f"p{CHUNK + 3}/"]
    assert "d/1.json" in reader.fetched and "d/0.json" not in reader.fetched
    total, shown = search(reader, "common", "en")
    assert total == CHUNK * 2 + 1 and len(shown) == 10


@pytest.mark.parametrize("typed", ["رعاية", "الرعاية"])
def test_arabic_pages_are_found_with_and_without_the_article_and_proclitics(tmp_path, typed):
    entries = [
        {"location": "", "title": "والرعاية", "text": ""},
        {"location": "b/", "title": "بالرعاية", "text": ""},
        {"location": "c/", "title": "فريق", "text": ""},
    ]
    assert urls(search(written(tmp_path, entries, "ar"), typed, "ar")) == ["", "b/"]


@pytest.mark.parametrize("typed", ["姑息", "缓和", "姑"])
def test_chinese_words_are_found_inside_longer_ones(tmp_path, typed):
    entries = [{"location": "", "title": "缓和医疗", "text": "也称姑息治疗"}, {"location": "x/", "title": "费用", "text": "保险"}]
    assert urls(search(written(tmp_path, entries, "zh"), typed, "zh")) == [""]


def test_files_are_utf8_json(tmp_path):
    files = index_files(pages_of([{"location": "", "title": "姑息治疗", "text": ""}], "zh"), "zh")
    assert set(files) >= {"manifest.json", "d/0.json"}
    assert "姑息治疗".encode() in files["d/0.json"] and b"\\u" not in files["d/0.json"]
    assert json.loads(files["manifest.json"]) == {"version": 1, "lang": "zh", "pages": 1, "buckets": 1, "chunk": CHUNK}


def test_an_index_replaces_the_one_before_in_its_languages_folder(tmp_path):
    (tmp_path / "es" / "search" / "t").mkdir(parents=True)
    (tmp_path / "es" / "search" / "t" / "99.json").write_text("{}")
    folder = write_index(tmp_path, "es/", index_files(pages_of(ENTRIES, "es"), "es"))
    assert folder == tmp_path / "es" / "search"
    assert not (folder / "t" / "99.json").exists() and (folder / "manifest.json").is_file()
