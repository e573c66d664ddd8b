"""Tiny sites built in-process for tests: a few pages, a bibliography, the
interface text, written into a temporary folder from a dict of files.

    config = write_site(tmp_path, {"docs/index.md": "# Home { #home }\\n"})
    result = build_site_in_process(config, tmp_path / "site")

The site uses the project's theme templates (overrides/) and, unless a test
gives its own, the project's interface text: what is under test is the
plugin and the modules, on inputs small enough that a failure names its cause.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import yaml

from patient_site.build.languages import LanguageBuild, build_into
from tests.support.project import PROJECT_DIR

BIBLIOGRAPHY = """\
@online{capc2015get,
  title   = {Get palliative care},
  organization = {Center to Advance Palliative Care},
  urldate = {2015-10-28},
}

@article{kelley2015seriously,
  author  = {Kelley, Amy S. and Morrison, R. Sean},
  title   = {Palliative care for the seriously ill},
  journal = {New England Journal of Medicine},
  year    = {2015},
  volume  = {373},
  pages   = {747},
}
"""

LANGUAGE_NAMES = {"en": "English", "es": "Español", "ar": "العربية", "zh": "简体中文", "fr": "Français"}


def mkdocs_yml(
    languages: tuple[str, ...] = ("en", "es"),
    *,
    plugin: dict | None = None,
    site_name: str = "Test site",
    extra: dict | None = None,
) -> str:
    """A mkdocs.yml like the project's, for `languages` (the first is the default)."""
    options = {
        "glossary": str(PROJECT_DIR / "translations" / "glossary"),
        "interface_text": str(PROJECT_DIR / "translations" / "ui"),
        "hospital_links": {"appointments": ""},
        **(plugin or {}),
    }
    config = {
        "site_name": site_name,
        "site_url": "https://example.org/",
        "theme": {"name": "material", "custom_dir": str(PROJECT_DIR / "overrides"), "language": languages[0], "font": False},
        "markdown_extensions": ["attr_list", "md_in_html", "admonition", "tables", {"toc": {"permalink": False}}],
        "exclude_docs": "_data/\n",
        "plugins": [
            {"patient-site": options},
            {
                "i18n": {
                    "docs_structure": "suffix",
                    "fallback_to_default": True,
                    "languages": [
                        {"locale": lang, "name": LANGUAGE_NAMES.get(lang, lang), "default": index == 0, "build": True}
                        for index, lang in enumerate(languages)
                    ],
                }
            },
        ],
        **(extra or {}),
    }
    return yaml.safe_dump(config, allow_unicode=True, sort_keys=False)


def write_files(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


def write_site(root: Path, files: dict[str, str], languages: tuple[str, ...] = ("en", "es"), **config: object) -> Path:
    """Write a tiny site (mkdocs.yml, a bibliography, `files`); the path of
    its mkdocs.yml. `files` may replace mkdocs.yml or bibliography.bib."""
    root.mkdir(parents=True, exist_ok=True)
    write_files(root, {"mkdocs.yml": mkdocs_yml(languages, **config), "bibliography.bib": BIBLIOGRAPHY})  # type: ignore[arg-type]
    write_files(root, files)
    return root / "mkdocs.yml"


def build_site_in_process(config_file: Path, site_dir: Path, **options: object) -> LanguageBuild:
    """A real MkDocs build of every language (or `only_language=`), in this
    process, as the build command's serial path runs it."""
    return build_into(site_dir, config_file, **options)  # type: ignore[arg-type]
