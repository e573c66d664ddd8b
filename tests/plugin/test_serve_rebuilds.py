"""`mkdocs serve` shows every edit: the plugin is kept across rebuilds (and
with it what it parsed), yet each input edited between two rebuilds in the
same process — interface text, glossary, campus data, bibliography, a page,
a translation — is seen by the next one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from patient_site.translations.inventory import source_hash
from tests.support.project import PROJECT_DIR
from tests.support.trees import write_site

CAMPUSES = """\
campuses:
  - id: north
    page: index.md
    organization: Example Clinic
    name: {en: North campus, es: Campus norte}
services:
  - id: visits
    page: index.md
    name: {en: Home visits, es: Visitas a domicilio}
    stated: {north: this-campus}
"""
HOME = """\
---
last_reviewed: 2017-08-15
---

# Palliative care { #home }

Example Clinic offers palliative care. [@capc2015get]

[[campus-services-table]]
"""
HOME_ES = """\
---
last_reviewed: 2017-08-15
translation: draft
source_hash: {hash}
---

# Cuidados paliativos {{ #home }}

Example Clinic ofrece cuidados paliativos. [@capc2015get]

[[campus-services-table]]
"""


class Server:
    """What `mkdocs serve` does on each rebuild: load the configuration again
    and build, in one process (the plugin instance is cached by MkDocs)."""

    def __init__(self, config_file: Path, site_dir: Path) -> None:
        self.config_file, self.site_dir = config_file, site_dir
        config = self._load()
        config.plugins.on_startup(command="serve", dirty=False)
        self.plugin = config.plugins["patient-site"]
        build(config)

    def _load(self):  # type: ignore[no-untyped-def]
        return load_config(str(self.config_file), site_dir=str(self.site_dir))

    def rebuild(self) -> None:
        config = self._load()
        assert config.plugins["patient-site"] is self.plugin, "the plugin was not kept across rebuilds"
        build(config)

    def page(self, lang: str = "en") -> str:
        return (self.site_dir / ("" if lang == "en" else lang) / "index.html").read_text(encoding="utf-8")


@pytest.fixture
def server(tmp_path: Path) -> Server:
    root = tmp_path / "project"
    translations = root / "translations"
    shutil.copytree(PROJECT_DIR / "translations" / "ui", translations / "ui")
    shutil.copytree(PROJECT_DIR / "translations" / "glossary", translations / "glossary")
    config = write_site(
        root,
        {"docs/index.md": HOME, "docs/index.es.md": HOME_ES.format(hash=source_hash(HOME)), "docs/_data/campus-services.yml": CAMPUSES},
        plugin={"glossary": "translations/glossary", "interface_text": "translations/ui"},
    )
    return Server(config, tmp_path / "site")


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_an_edit_to_the_interface_text_is_shown(server):
    ui = server.config_file.parent / "translations" / "ui" / "es.yml"
    old = next(line for line in ui.read_text(encoding="utf-8").splitlines() if line.startswith("english_page_link:"))
    _replace(ui, old, 'english_page_link: "Lea la versión en inglés (editado)"')
    server.rebuild()
    assert "Lea la versión en inglés (editado)" in server.page("es")


def test_an_edit_to_the_glossary_is_shown(server):
    """A name added to the glossary is marked as English on the Spanish page."""
    assert '<span lang="en">Example Clinic</span>' not in server.page("es")
    glossary = server.config_file.parent / "translations" / "glossary" / "es.yml"
    glossary.write_text(glossary.read_text(encoding="utf-8") + "  Example Clinic:\n    use: [Example Clinic]\n", encoding="utf-8")
    server.rebuild()
    assert '<span lang="en">Example Clinic</span>' in server.page("es")


def test_an_edit_to_the_campus_data_is_shown(server):
    _replace(server.config_file.parent / "docs" / "_data" / "campus-services.yml", "Visitas a domicilio", "Visitas en casa")
    server.rebuild()
    assert "Visitas en casa" in server.page("es")


def test_an_edit_to_the_bibliography_is_shown(server):
    _replace(server.config_file.parent / "bibliography.bib", "Get palliative care", "Get palliative care now")
    server.rebuild()
    assert "Get palliative care now" in server.page("en")


def test_an_edit_to_a_page_is_shown_and_makes_its_translation_outdated(server):
    _replace(server.config_file.parent / "docs" / "index.md", "offers palliative care.", "offers palliative care to you.")
    server.rebuild()
    assert "offers palliative care to you." in server.page("en")
    assert "page-notice--outdated" in server.page("es")


def test_an_edit_to_a_translation_is_shown(server):
    _replace(server.config_file.parent / "docs" / "index.es.md", "ofrece cuidados", "brinda cuidados")
    server.rebuild()
    assert "brinda cuidados" in server.page("es")


def test_an_unchanged_input_is_not_parsed_again(server, monkeypatch):
    from patient_site.validation import load_bibliography

    calls = []
    monkeypatch.setattr("patient_site.validation.load_bibliography", lambda *a: calls.append(a) or load_bibliography(*a))
    server.rebuild()
    assert calls == []
