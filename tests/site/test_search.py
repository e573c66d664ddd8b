"""Search in each language finds that language's pages and only those."""

from __future__ import annotations

import json
import re

import pytest

from tests.support.site_pages import LANGUAGES, english_pages, output_file, page_url

pytestmark = pytest.mark.site


def _index(site, lang):
    prefix = "" if lang == "en" else f"{lang}/"
    raw = (site / prefix / "search" / "search_index.json").read_bytes()
    return raw, json.loads(raw)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_its_own_index_of_its_own_pages(site, lang):
    _raw, index = _index(site, lang)
    prefix = "" if lang == "en" else f"{lang}/"
    pages = {page_url(src, lang) for src in english_pages()}
    found = set()
    for doc in index["docs"]:
        url = prefix + doc["location"].split("#")[0]
        assert url in pages, f"{lang} index points at {url}, which is not a {lang} page"
        assert output_file(site, url).is_file()
        found.add(url)
    assert found == pages


@pytest.mark.parametrize("lang", ["ar", "zh"])
def test_indexes_store_text_as_utf8_not_escapes(site, lang):
    raw, _index_data = _index(site, lang)
    assert b"\\u" not in raw.replace(b"\\u200b", b"").replace(b"\\u3000", b"")
    assert {"ar": "الرعاية".encode(), "zh": "姑息".encode()}[lang] in raw


def _tokens(index):
    separator = re.compile(index["config"]["separator"])
    tokens = set()
    for doc in index["docs"]:
        text = re.sub(r"<[^>]+>", " ", doc["title"] + " " + doc["text"])
        tokens.update(t for t in separator.split(text) if t)
    return tokens


@pytest.mark.parametrize("word", ["缓和", "姑息"])
def test_a_chinese_query_for_palliative_finds_chinese_pages(site, word):
    # The pages say 缓和医疗, the term mainland hospitals use, and name the
    # WHO's 姑息治疗 at its first mention: a reader finds them by either.
    _raw, index = _index(site, "zh")
    # Material's search matches query terms against tokens split by the
    # index's separator; jieba's segmentation makes each word a token of its own.
    assert any(token.startswith(word) for token in _tokens(index))
    _raw, english = _index(site, "en")
    assert not any(word in token for token in _tokens(english))


@pytest.mark.parametrize(("lang", "word"), [("en", "chaplains"), ("es", "capellanes"), ("ar", "الروحيون")])
def test_a_known_word_is_searchable_in_its_language_only(site, lang, word):
    for other in LANGUAGES:
        _raw, index = _index(site, other)
        assert (word in _tokens(index)) == (other == lang), f"'{word}' in the {other} index"
