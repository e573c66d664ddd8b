"""The search benchmark: Material's whole index for a language, rebuilt
from the built pages as its search plugin would have written it, against
the bytes the site's search fetches to its first result."""

from __future__ import annotations

import gzip
import json

import pytest

from patient_site.benchmarks.search_bytes import languages, material_index, nginx_gzip, pages, search_bytes
from patient_site.translations.inventory import source_hash
from tests.support.trees import build_site_in_process, write_site

HOME = "---\nlast_reviewed: 2017-08-15\n---\n\n# Palliative care { #home }\n\nThe palliative team.\n\n## Your team { #team }\n\nChaplains.\n"
CARE = "---\nlast_reviewed: 2017-08-15\n---\n\n# Hospital care { #care }\n\nPalliative care in the hospital.\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("search-bytes")
    spanish = f"---\nlast_reviewed: 2017-08-15\ntranslation: draft\nsource_hash: {source_hash(HOME)}\n---\n\n# Cuidados paliativos {{ #home }}\n\nEl equipo.\n"
    files = {"docs/index.md": HOME, "docs/care.md": CARE, "docs/index.es.md": spanish}
    result = build_site_in_process(write_site(root / "p", files, languages=("en", "es")), root / "site")
    assert not result.problems
    return root / "site"


def test_languages_and_their_pages_are_found_from_the_written_indexes(site):
    assert languages(site) == {"en": "", "es": "es/"}
    assert [url for url, _path in pages(site, "en")] == ["", "care/"]
    assert [url for url, _path in pages(site, "es")] == ["", "care/"]


def test_materials_index_holds_each_page_and_section_but_not_the_notices(site):
    index = json.loads(material_index(site, "en"))
    assert [(d["location"], d["title"]) for d in index["docs"]] == [
        ("", "Palliative care"), ("#team", "Your team"), ("care/", "Hospital care")
    ]
    assert index["docs"][0]["text"] == "<p>The palliative team.</p>"
    spanish = json.loads(material_index(site, "es"))
    assert "borrador" not in json.dumps(spanish, ensure_ascii=False).lower(), "the draft notice is not page content"


def test_the_first_result_costs_the_engine_the_manifest_a_bucket_and_a_chunk(site):
    result = search_bytes(site, "en", "palliative")
    assert result["results"] == 2
    files = result["first_result_files"]
    assert files[:2] == ["search-engine.js", "search/manifest.json"] and files[-1] == "search/d/0.json"
    assert [name for name in files if name.startswith("search/t/")] and len(files) == 4
    assert result["first_result_gzip"] == sum(result["files"][name] for name in files)
    assert result["material_index_gzip"] == nginx_gzip(material_index(site, "en"))
    assert result["ratio"] == result["first_result_gzip"] / result["material_index_gzip"]


def test_sizes_are_gzip_at_nginxs_default_level():
    data = b"palliative care " * 1000
    assert nginx_gzip(data) == len(gzip.compress(data, compresslevel=1, mtime=0)) < len(data) // 10
