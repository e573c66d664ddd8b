"""The search's scripts are published minified: their bytes come before a
reader's first result."""

from __future__ import annotations

from patient_site.mkdocs_plugin.search_scripts import minify

SOURCE = """// Why this is done.
const url = "http://example.org/a" // a string with slashes stays
const pattern = /[\\p{L}]+\\/x/gu
function run(text) {
  return `${text}//`.match(pattern)
}
"""


def test_comments_and_indentation_go_and_the_code_stays(tmp_path):
    folder = tmp_path / "assets" / "javascripts"
    folder.mkdir(parents=True)
    (folder / "search-engine.js").write_text(SOURCE, encoding="utf-8")
    (folder / "bundle.js").write_text(SOURCE, encoding="utf-8")
    minify(tmp_path)
    minified = (folder / "search-engine.js").read_text(encoding="utf-8")
    assert "Why this is done" not in minified and "a string with slashes" not in minified
    assert '"http://example.org/a"' in minified and "/[\\p{L}]+\\/x/gu" in minified and "`${text}//`" in minified
    assert len(minified) < len(SOURCE)
    assert (folder / "bundle.js").read_text(encoding="utf-8") == SOURCE, "only the search's own scripts"
