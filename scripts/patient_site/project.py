"""Where a site's inputs are: one answer for the MkDocs plugin and the tools.

A project is a folder with `mkdocs.yml`; the patient-site plugin's options in
it name the inputs (relative to that folder), with the defaults below. The
plugin reads its validated options, the command-line tools read the raw file
(they run without MkDocs): both go through `project_paths`, so they always
agree on which glossary, interface text and bibliography a site has.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from patient_site.translations.languages import SiteLanguages, plugin_options, read_mkdocs_yml, read_site_languages

PLUGIN_NAME = "patient-site"
DEFAULTS = {
    "bibliography": "bibliography.bib",
    "glossary": "translations/glossary",
    "interface_text": "translations/ui",
    "campus_data": "_data/campus-services.yml",  # inside docs_dir; optional
}


@dataclass(frozen=True)
class ProjectPaths:
    root: Path  # the folder of mkdocs.yml
    config_file: Path
    docs_dir: Path
    bibliography: Path
    glossary: Path
    interface_text: Path
    campus_data: Path

    def display(self, path: Path) -> str:
        """`path` as authors know it: relative to the project."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return str(path)


def project_paths(config_file: Path, docs_dir: str | Path, options: Mapping[str, object]) -> ProjectPaths:
    root = config_file.resolve().parent
    docs = (root / docs_dir).resolve()

    def option(name: str) -> str:
        value = options.get(name)
        return str(value) if value else DEFAULTS[name]

    return ProjectPaths(
        root=root,
        config_file=config_file.resolve(),
        docs_dir=docs,
        bibliography=root / option("bibliography"),
        glossary=root / option("glossary"),
        interface_text=root / option("interface_text"),
        campus_data=docs / option("campus_data"),
    )


@dataclass(frozen=True)
class Project:
    """What the command-line tools know of a site without running MkDocs."""

    paths: ProjectPaths
    languages: SiteLanguages
    options: Mapping[str, object]


def read_project(config_file: Path) -> Project:
    raw = read_mkdocs_yml(config_file)
    options = plugin_options(raw, PLUGIN_NAME) or {}
    paths = project_paths(config_file, raw.get("docs_dir") or "docs", options)
    return Project(paths, read_site_languages(config_file), options)
