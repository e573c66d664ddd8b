"""A page that would run code or load from elsewhere stops the build, at
its line, whether it comes from raw HTML or from Markdown itself."""

from __future__ import annotations

from patient_site.translations.inventory import source_hash
from tests.support.trees import build_site_in_process, write_site

HOME = "---\nlast_reviewed: 2017-08-15\n---\n\n# Palliative care { #home }\n\nText.\n"


def test_raw_html_attributes_and_links_that_run_code_are_each_reported_at_their_line(tmp_path):
    spanish = (
        f"---\nlast_reviewed: 2017-08-15\ntranslation: draft\nsource_hash: {source_hash(HOME)}\n---\n\n"
        "# Cuidados paliativos { #home }\n\n"
        "Texto.\n\n"
        "<script>robar()</script>\n\n"
        "Un párrafo\n{: onclick=\"robar()\" }\n\n"
        "[Pulse aquí](javascript:robar())\n\n"
        '<iframe src="https://video.example.com/x"></iframe>\n'
    )
    config = write_site(tmp_path / "p", {"docs/index.md": HOME, "docs/index.es.md": spanish})
    result = build_site_in_process(config, tmp_path / "site")
    fix = "remove it from the page (see translations/README.md, 'What a page may contain')"
    assert [str(problem) for problem in result.problems] == [
        f"docs/index.es.md:11: <script> is not allowed: a <script> runs code in the reader's browser — {fix}",
        f"docs/index.es.md:14: the attribute onclick= is not allowed: it runs code in the reader's browser — {fix}",
        "docs/index.es.md:16: a javascript: address in <a href=> is not allowed — link to a page or file of the site, or to an https:// address",
        'docs/index.es.md:18: <iframe src="https://video.example.com/x"> would load from another host, which the site never does — put the file in docs/ and link to it there',
        f"docs/index.es.md:18: <iframe> is not allowed: an <iframe> shows another site inside the page — {fix}",
    ]
