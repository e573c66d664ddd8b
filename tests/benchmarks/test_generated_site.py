"""The benchmark's generated sites: the pages asked for, in every language,
their translations current, their links and citations sound."""

from __future__ import annotations

import shutil

from patient_site.benchmarks.generated_site import LANGUAGES, generate
from patient_site.build.site import check_project
from tests.support.project import PROJECT_DIR


def test_a_generated_site_has_every_page_in_every_language_and_no_problem(tmp_path):
    pages = generate(tmp_path, 12, sections=3)
    assert len(pages) == 12 and pages[0] == "index.md"
    for page in pages:
        for lang in LANGUAGES[1:]:
            assert (tmp_path / "docs" / page.replace(".md", f".{lang}.md")).is_file()
    config = (PROJECT_DIR / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:\n")[0]
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    shutil.copytree(PROJECT_DIR / "translations", tmp_path / "translations")
    shutil.copytree(PROJECT_DIR / "overrides", tmp_path / "overrides")
    assert check_project(tmp_path / "mkdocs.yml").problems == []
