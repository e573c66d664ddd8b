"""Search in each language finds that language's pages and only those, by
the forms its readers type."""

from __future__ import annotations

import json

import pytest

from patient_site.pages.search_index import IndexReader, search
from tests.support.site_pages import LANGUAGES, english_pages, output_file, page_url

pytestmark = pytest.mark.site


def _folder(site, lang):
    return site / ("" if lang == "en" else f"{lang}/") / "search"


def _search(site, lang, words):
    return search(IndexReader(_folder(site, lang)), words, lang, shown=100)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_its_own_index_of_its_own_pages(site, lang):
    prefix = "" if lang == "en" else f"{lang}/"
    pages = {page_url(src, lang) for src in english_pages()}
    found = set()
    for chunk in sorted(_folder(site, lang).glob("d/*.json")):
        for url, title, _summary in json.loads(chunk.read_bytes()):
            assert prefix + url in pages, f"{lang} index points at {prefix + url}, which is not a {lang} page"
            assert output_file(site, prefix + url).is_file() and title
            found.add(prefix + url)
    assert found == pages


def test_materials_whole_index_is_not_published(site):
    assert not list(site.rglob("search_index.json"))


@pytest.mark.parametrize("lang", ["ar", "zh"])
def test_indexes_store_text_as_utf8_not_escapes(site, lang):
    raw = b"".join(path.read_bytes() for path in sorted(_folder(site, lang).rglob("*.json")))
    assert b"\\u" not in raw
    assert {"ar": "الرعاية".encode(), "zh": "姑息".encode()}[lang] in raw


@pytest.mark.parametrize("word", ["缓和", "姑息"])
def test_a_chinese_query_for_palliative_finds_chinese_pages(site, word):
    # The pages say 缓和医疗, the term mainland hospitals use, and name the
    # WHO's 姑息治疗 at its first mention: a reader finds them by either.
    total, shown = _search(site, "zh", word)
    assert total >= 5 and "" in [url for url, _t, _s in shown]
    assert _search(site, "en", word)[0] == 0


@pytest.mark.parametrize(("lang", "word"), [("en", "chaplains"), ("es", "capellanes"), ("ar", "الروحيون")])
def test_a_known_word_is_searchable_in_its_language_only(site, lang, word):
    for other in LANGUAGES:
        assert (_search(site, other, word)[0] > 0) == (other == lang), f"'{word}' in the {other} index"


@pytest.mark.parametrize("typed", ["الرعاية", "رعاية", "والرعاية", "بالرعاية"])
def test_arabic_care_is_found_with_and_without_the_article(site, typed):
    assert _search(site, "ar", typed)[0] == _search(site, "ar", "الرعاية")[0] > 5


@pytest.mark.parametrize("typed", ["paliativos", "PALIATIVOS", "paliativo", "atencion", "Atención"])
def test_spanish_is_found_without_accents_in_any_case_and_number(site, typed):
    expected = {"paliativos": "paliativos", "paliativo": "paliativos", "atencion": "atención"}[typed.lower().replace("ó", "o")]
    assert _search(site, "es", typed)[0] == _search(site, "es", expected)[0] > 3
