"""A build writes one chunked search index per language, each of its own
pages only, and nothing of Material's search: no search_index.json, no
worker, no lunr files, no worker path in the pages."""

from __future__ import annotations

import json
import posixpath
import re

from patient_site.pages.search_index import IndexReader, search
from patient_site.translations.inventory import source_hash
from tests.support.trees import build_site_in_process, write_site

HOME = "---\nlast_reviewed: 2017-08-15\n---\n\n# Palliative care { #home }\n\nChaplains visit you.\n"
CARE = "---\nlast_reviewed: 2017-08-15\n---\n\n# Hospital care { #care }\n\nYour stay.\n\n## Costs { #costs }\n\nInsurance.\n"
TEXT = {
    "es": ("# Cuidados paliativos { #home }\n\nLa atención de los capellanes.\n", "# Hospital { #care }\n\nSu estancia.\n"),
    "ar": ("# الرعاية التلطيفية { #home }\n\nوالرعاية بالمستشفى.\n", "# المستشفى { #care }\n\nإقامتك.\n"),
    "zh": ("# 缓和医疗 { #home }\n\n也称姑息治疗。\n", "# 住院 { #care }\n\n住院期间。\n"),
}
LANGUAGES = ("en", "es", "ar", "zh")


def _translation(english: str, body: str) -> str:
    return f"---\nlast_reviewed: 2017-08-15\ntranslation: draft\nsource_hash: {source_hash(english)}\n---\n\n{body}"


def _built(tmp_path):
    files = {"docs/index.md": HOME, "docs/care.md": CARE}
    for lang, (home, care) in TEXT.items():
        files[f"docs/index.{lang}.md"] = _translation(HOME, home)
        files[f"docs/care.{lang}.md"] = _translation(CARE, care)
    config = write_site(tmp_path / "p", files, languages=LANGUAGES)
    result = build_site_in_process(config, tmp_path / "site")
    assert not result.problems, result.problems
    return tmp_path / "site"


def test_each_language_has_its_own_index_of_its_own_pages(tmp_path):
    site = _built(tmp_path)
    for lang in LANGUAGES:
        folder = site / ("" if lang == "en" else f"{lang}/") / "search"
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["lang"] == lang and manifest["pages"] == 2, manifest
        pages = [url for chunk in sorted(folder.glob("d/*.json")) for url, _t, _s in json.loads(chunk.read_bytes())]
        assert sorted(pages) == ["", "care/"], (lang, pages)


def test_a_languages_words_are_found_in_its_own_index_only(tmp_path):
    site = _built(tmp_path)
    words = {"en": "chaplains", "es": "atencion", "ar": "رعاية", "zh": "姑息"}
    for lang in LANGUAGES:
        for other, word in words.items():
            reader = IndexReader(site / ("" if lang == "en" else f"{lang}/") / "search")
            total, _shown = search(reader, word, lang)
            assert (total > 0) == (other == lang), f"'{word}' in the {lang} index: {total}"


def test_nothing_of_materials_search_is_published(tmp_path):
    site = _built(tmp_path)
    assert not list(site.rglob("search_index.json"))
    assert not (site / "assets" / "javascripts" / "workers").exists()
    assert not (site / "assets" / "javascripts" / "lunr").exists()
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "workers/search" not in html and 'name="search"' not in html, page


def _search_form(html: str) -> tuple[str, str]:
    match = re.search(r'<form class="md-search__form" data-site-search data-root="([^"]*)" data-lang="([^"]*)"', html)
    assert match, "no search form"
    return match.group(1), match.group(2)


def test_every_page_and_404_page_searches_its_own_languages_index(tmp_path):
    """A page's search root is relative (it leads to its language's root);
    a 404 page's is root-absolute, as it is served at any depth."""
    site = _built(tmp_path)
    root, lang = _search_form((site / "es" / "care" / "index.html").read_text(encoding="utf-8"))
    assert posixpath.normpath(posixpath.join("/es/care/", root)) == "/es" and lang == "es"
    root, lang = _search_form((site / "care" / "index.html").read_text(encoding="utf-8"))
    assert posixpath.normpath(posixpath.join("/care/", root)) == "/" and lang == "en"
    assert _search_form((site / "zh" / "404.html").read_text(encoding="utf-8")) == ("/zh/", "zh")
    assert _search_form((site / "404.html").read_text(encoding="utf-8")) == ("/", "en")
