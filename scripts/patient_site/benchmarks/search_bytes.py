"""What search costs a reader's browser, in bytes as nginx sends them.

For a built site and a language: the full index Material's search plugin
would have written for the language's pages (what its worker downloads on
every page view), against what the site's search fetches from opening the
search box to the first result for a typical query (the engine, the
manifest, the query's buckets and the chunk of the first page) — both
gzip-compressed at nginx's default level (1), as deploy/nginx serves them.

    python -m patient_site.benchmarks.search_bytes SITE_DIR [--lang es] [--query WORDS]

The reference is rebuilt from the built pages with Material's own search
parser: each page's article without what the project adds around the
content (review dates, notices, print-only lines), as Material's plugin
sees `page.content`. Of the forms that index had, the smaller: UTF-8
(not Material's escaped form) and without jieba's zero-width spaces.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from types import SimpleNamespace

import lxml.html
from material.plugins.search.plugin import SearchIndex

from patient_site.pages.search_index import SHOWN, IndexReader, page, ranked

# The engine search.js loads when the box is opened, as the build wrote it
# (search.js itself is one of every page's scripts).
ENGINE = "assets/javascripts/search-engine.js"
# A word every page of the generated sites (and several of the real site) holds.
TYPICAL_QUERIES = {"en": "palliative", "es": "paliativos", "ar": "الرعاية", "zh": "姑息"}
# Material's lunr settings for a language, as its index starts (their size
# hardly matters next to the entries).
_MATERIAL_CONFIG = {"separator": r"[\s\-]+", "pipeline": ["stopWordFilter"], "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1000000.0}}}
# What the project's templates add around a page's content.
_NOT_CONTENT = ".//*[contains(concat(' ', @class, ' '), ' page-status ') or contains(concat(' ', @class, ' '), ' print-only ')]"


def nginx_gzip(data: bytes) -> int:
    """Bytes of `data` gzip-compressed as nginx's `gzip on` sends it (level 1)."""
    return len(gzip.compress(data, compresslevel=1, mtime=0))


def languages(site_dir: Path) -> dict[str, str]:
    """Language -> its folder prefix ("" or "es/"), from the written indexes."""
    found = {}
    for manifest in sorted(site_dir.glob("*search/manifest.json")) + sorted(site_dir.glob("*/search/manifest.json")):
        lang = json.loads(manifest.read_text(encoding="utf-8"))["lang"]
        folder = manifest.parent.parent.relative_to(site_dir).as_posix()
        found[lang] = "" if folder == "." else folder + "/"
    return found


def pages(site_dir: Path, lang: str) -> list[tuple[str, Path]]:
    """(url relative to the language's root, file) of the language's pages."""
    prefixes = languages(site_dir)
    root = site_dir / prefixes[lang]
    others = tuple(site_dir / p for other, p in prefixes.items() if other != lang and p)
    found = []
    for path in sorted(root.rglob("index.html")):
        if any(path.is_relative_to(other) for other in others):
            continue
        folder = path.parent.relative_to(root).as_posix()
        found.append(("" if folder == "." else folder + "/", path))
    return sorted(found)


def material_index(site_dir: Path, lang: str) -> bytes:
    """The search_index.json Material's search plugin would write for `lang`."""
    index = SearchIndex()
    for url, path in pages(site_dir, lang):
        article = lxml.html.fromstring(path.read_bytes()).find(".//article")
        if article is None:
            continue
        for element in article.xpath(_NOT_CONTENT):
            element.drop_tree()
        content = "".join(lxml.html.tostring(child, encoding="unicode") for child in article)
        title = article.findtext(".//h1") or ""
        page = SimpleNamespace(content=content, toc=[], url=url, title=title, meta={})
        index.add_entry_from_context(page)
    data = {"config": {"lang": [lang], **_MATERIAL_CONFIG}, "docs": index.entries}
    # As UTF-8, as the project's own per-language index had it (Material's
    # \uXXXX escapes would make the Arabic and Chinese indexes larger).
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def search_bytes(site_dir: Path, lang: str, query: str | None = None) -> dict:
    """The full Material index against what the site's search fetches to
    show the first result for `query` (default: the language's typical
    word), and the first ten, in compressed bytes."""
    query = query or TYPICAL_QUERIES.get(lang, "palliative")
    folder = site_dir / languages(site_dir)[lang] / "search"
    reader = IndexReader(folder)
    found = ranked(reader, query, lang)
    if found:
        page(reader, found[0])
    first = list(reader.fetched)
    for number in found[1:SHOWN]:
        page(reader, number)
    engine = nginx_gzip((site_dir / ENGINE).read_bytes())
    files = {f"search/{name}": nginx_gzip((folder / name).read_bytes()) for name in reader.fetched}
    reference = material_index(site_dir, lang)
    material = nginx_gzip(reference)
    to_first = engine + sum(files[f"search/{name}"] for name in first)
    return {
        "lang": lang,
        "query": query,
        "results": len(found),
        "material_index_bytes": len(reference),
        "material_index_gzip": material,
        "first_result_gzip": to_first,
        "first_result_files": ["search-engine.js", *(f"search/{name}" for name in first)],
        "ratio": to_first / material if material else 0.0,
        "first_ten_gzip": engine + sum(files.values()),
        "files": {"search-engine.js": engine, **files},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--lang", action="append", help="a language (default: every language)")
    parser.add_argument("--query")
    args = parser.parse_args(argv)
    for lang in args.lang or list(languages(args.site)):
        result = search_bytes(args.site, lang, args.query)
        print(
            f"{lang}: '{result['query']}' {result['results']} results; the first in {result['first_result_gzip']:,} B "
            f"({len(result['first_result_files'])} files), ten in {result['first_ten_gzip']:,} B; Material's full index "
            f"{result['material_index_gzip']:,} B gzip ({result['material_index_bytes']:,} B): {result['ratio']:.1%}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
