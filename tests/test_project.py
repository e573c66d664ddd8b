"""Where a site's inputs are: the plugin and the tools agree."""

from __future__ import annotations

from pathlib import Path

from patient_site.project import DEFAULTS, project_paths, read_project
from tests.support.trees import write_files


def test_the_defaults_are_beside_mkdocs_yml_and_the_campus_data_in_docs(tmp_path):
    paths = project_paths(tmp_path / "mkdocs.yml", "docs", {})
    assert paths.bibliography == tmp_path / DEFAULTS["bibliography"]
    assert paths.glossary == tmp_path / "translations" / "glossary"
    assert paths.interface_text == tmp_path / "translations" / "ui"
    assert paths.campus_data == tmp_path / "docs" / "_data" / "campus-services.yml"
    assert paths.display(tmp_path / "docs" / "index.md") == "docs/index.md"
    assert paths.display(Path("/elsewhere/x.yml")) == "/elsewhere/x.yml"


def test_the_tools_read_the_plugins_options_from_mkdocs_yml(tmp_path):
    write_files(tmp_path, {"mkdocs.yml": """\
        site_name: T
        docs_dir: pages
        plugins:
          - patient-site:
              bibliography: refs.bib
              review_cycle_years: 2
              only_language: !ENV [ONLY_LANGUAGE, null]
          - i18n:
              languages:
                - {locale: en, name: English, default: true}
                - {locale: fr, name: Français}
        """})
    project = read_project(tmp_path / "mkdocs.yml")
    assert project.paths.docs_dir == tmp_path / "pages"
    assert project.paths.bibliography == tmp_path / "refs.bib"
    assert project.options["review_cycle_years"] == 2
    assert project.languages.all == ("en", "fr")
