"""One search index per language, in small files the browser fetches only
for the words a reader searches.

Material's index is one JSON file of every page's text, which its search
worker downloads on every page view (about 250 KB compressed per language at
1,000 pages). Here `<lang>/search/` holds:

    manifest.json   pages, bucket and chunk counts (a few bytes)
    t/<n>.json      the keys whose first characters hash to bucket n, each
                    with its pages and weights: [page gap, weight, ...]
    d/<n>.json      pages n·CHUNK … as [url, title, summary]

A query fetches the manifest, the bucket of each of its words (all keys
starting with the word, so a word is found as it is typed), the chunk of
its first result, shown at once, then those of the next ones. `search()` here is the browser's query
(`search-engine.js`) in Python, for the tests and the benchmark.
"""

from __future__ import annotations

import json
import math
import re
import shutil
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from patient_site.pages.search_terms import fold, is_han, keys, keys_of_word, words

VERSION = 1
CHUNK = 16  # pages per d/<n>.json: the first result reads one
KEYS_PER_BUCKET = 4  # distinct key prefixes per bucket, on average
SUMMARY = 160  # columns of a page's first text shown under its title
SHOWN = 10  # results the browser shows at first
WEIGHTS = {"title": 8, "heading": 3, "text": 1}
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class IndexedPage:
    url: str  # relative to the language's root
    title: str
    summary: str
    weights: dict[str, int]  # key -> weight


def plain(html: str) -> str:
    """Text of an entry (Material's parser keeps some inline tags), with
    jieba's zero-width spaces, if it was installed, removed."""
    return " ".join(_TAG.sub(" ", html).replace("\u200b", "").split())


def _summary(text: str) -> str:
    """The start of `text`, about SUMMARY columns wide (a Han character is
    two, as it is on screen and about as much to read), cut at a space
    where there is one."""
    width = 0
    for end, ch in enumerate(text):
        width += 2 if is_han(ch) else 1
        if width > SUMMARY:
            cut = text[:end]
            space = cut.rfind(" ")
            return (cut[:space] if space > len(cut) // 2 else cut) + "…"
    return text


def pages_of(entries: Iterable[dict], lang: str) -> list[IndexedPage]:
    """Material's search entries (one per page and section, in page order,
    locations relative to the language's root) as pages with key weights."""
    grouped: dict[str, list[dict]] = {}
    for entry in entries:
        grouped.setdefault(entry["location"].split("#")[0], []).append(entry)
    pages = []
    for url, sections in grouped.items():
        counts: Counter[str] = Counter()
        title = plain(sections[0]["title"])
        texts = []
        for index, section in enumerate(sections):
            heading, text = plain(section["title"]), plain(section["text"])
            weight = WEIGHTS["title"] if index == 0 else WEIGHTS["heading"]
            for key in keys(heading, lang):
                counts[key] += weight
            for key in keys(text, lang):
                counts[key] += WEIGHTS["text"]
            if text:
                texts.append(text)
        weights = {key: min(count, 99) for key, count in counts.items()}
        pages.append(IndexedPage(url, title, _summary(texts[0] if texts else ""), weights))
    return pages


def prefix(key: str) -> str:
    """What decides a key's bucket: its first character (Han) or two."""
    return key[:1] if is_han(key) else key[:2]


def bucket_of(key: str, buckets: int) -> int:
    """FNV-1a (32 bits) over the code points of the key's prefix."""
    value = 0x811C9DC5
    for ch in prefix(key):
        value = ((value ^ ord(ch)) * 0x01000193) & 0xFFFFFFFF
    return value % buckets


def index_files(pages: list[IndexedPage], lang: str) -> dict[str, bytes]:
    """The files of a language's index: relative path -> content."""
    postings: dict[str, list[int]] = {}
    last: dict[str, int] = {}
    for number, page in enumerate(pages):
        for key in sorted(page.weights):
            postings.setdefault(key, []).extend((number - last.get(key, 0), page.weights[key]))
            last[key] = number
    buckets = max(1, math.ceil(len({prefix(key) for key in postings}) / KEYS_PER_BUCKET))
    contents: list[dict[str, list[int]]] = [{} for _ in range(buckets)]
    for key in sorted(postings):
        contents[bucket_of(key, buckets)][key] = postings[key]
    manifest = {"version": VERSION, "lang": lang, "pages": len(pages), "buckets": buckets, "chunk": CHUNK}
    files = {"manifest.json": _json(manifest)}
    files.update({f"t/{n}.json": _json(content) for n, content in enumerate(contents)})
    for start in range(0, len(pages), CHUNK):
        chunk = [[page.url, page.title, page.summary] for page in pages[start : start + CHUNK]]
        files[f"d/{start // CHUNK}.json"] = _json(chunk)
    return files


def _json(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def write_index(site_dir: Path, prefix_: str, files: dict[str, bytes]) -> Path:
    """Write a language's index into `<prefix>search/` (what was there before goes)."""
    folder = site_dir / prefix_ / "search"
    if folder.exists():
        shutil.rmtree(folder)
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return folder


# -- the browser's query, in Python -------------------------------------------------


@dataclass(frozen=True)
class Query:
    """Each word of a query, as the keys any of which it may start."""

    words: tuple[tuple[str, ...], ...]

    @classmethod
    def parse(cls, text: str, lang: str) -> Query:
        found = []
        for word, _start, _end in words(fold(text)):
            if is_han(word):
                found.extend((pair,) for pair in keys_of_word(word, lang))
            elif word_keys := keys_of_word(word, lang):
                found.append(tuple(word_keys))
        return cls(tuple(found))


class IndexReader:
    """A written index, read file by file as the browser does; `fetched`
    lists what it has read."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.fetched: list[str] = []
        self.manifest = self._read("manifest.json")

    def _read(self, name: str) -> object:
        self.fetched.append(name)
        return json.loads((self.folder / name).read_bytes())

    def bucket(self, number: int) -> dict[str, list[int]]:
        name = f"t/{number}.json"
        if name in self.fetched:
            return json.loads((self.folder / name).read_bytes())
        return self._read(name)  # type: ignore[return-value]

    def chunk(self, number: int) -> list[list[str]]:
        name = f"d/{number}.json"
        return json.loads((self.folder / name).read_bytes()) if name in self.fetched else self._read(name)  # type: ignore[return-value]


def _scores(reader: IndexReader, keys_: tuple[str, ...]) -> dict[int, float]:
    """Pages of any key that starts with one of `keys_`, scored (a whole key
    counts twice a key the word only starts)."""
    total = reader.manifest["pages"]  # type: ignore[index]
    buckets = reader.manifest["buckets"]  # type: ignore[index]
    scores: dict[int, float] = {}
    for wanted in keys_:
        for key, flat in reader.bucket(bucket_of(wanted, buckets)).items():
            if not key.startswith(wanted):
                continue
            idf = math.log(1 + total / (len(flat) // 2))
            boost = 2.0 if key == wanted else 1.0
            page = 0
            for gap, weight in zip(flat[::2], flat[1::2], strict=True):
                page += gap
                scores[page] = max(scores.get(page, 0.0), weight * idf * boost)
    return scores


def ranked(reader: IndexReader, text: str, lang: str) -> list[int]:
    """The numbers of the pages that match every word, best first; ties in
    page order."""
    query = Query.parse(text, lang)
    if not query.words:
        return []
    combined: dict[int, float] | None = None
    for word in query.words:
        scores = _scores(reader, word)
        combined = scores if combined is None else {p: s + scores[p] for p, s in combined.items() if p in scores}
    assert combined is not None
    return sorted(combined, key=lambda page: (-round(combined[page], 6), page))


def page(reader: IndexReader, number: int) -> list[str]:
    """[url, title, summary] of page `number`."""
    chunk = reader.manifest["chunk"]  # type: ignore[index]
    return reader.chunk(number // chunk)[number % chunk]


def search(reader: IndexReader, text: str, lang: str, shown: int = SHOWN) -> tuple[int, list[list[str]]]:
    """(how many pages match every word, the first `shown` as [url, title,
    summary]), read as the browser reads them: the first, then the others."""
    found = ranked(reader, text, lang)
    return len(found), [page(reader, number) for number in found[:shown]]
