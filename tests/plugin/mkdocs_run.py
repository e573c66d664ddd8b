"""Run only the MkDocs events a test needs, on a tiny tree, and hand back the
objects the plugin's modules work on (configuration, files, navigation, a
page whose Markdown has been read) — the way mkdocs-static-i18n tests its
own plugin, without rendering the site."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files, get_files
from mkdocs.structure.nav import Navigation, get_navigation
from mkdocs.structure.pages import Page

from patient_site.mkdocs_plugin.plugin import PatientSitePlugin
from patient_site.mkdocs_plugin.state import BuildState


@dataclass
class Run:
    config: MkDocsConfig
    files: Files
    nav: Navigation
    plugin: PatientSitePlugin

    @property
    def state(self) -> BuildState:
        assert self.plugin.state is not None
        return self.plugin.state

    def page(self, src: str) -> Page:
        """The page built from `src` in this run's language, its Markdown read
        (and passed through the page_markdown events, as MkDocs does)."""
        file = self.files.get_file_from_path(src)
        assert file is not None, f"{src} is not a page of this build: {[f.src_uri for f in self.files.documentation_pages()]}"
        page = file.page or Page(None, file, self.config)
        page.read_source(self.config)
        page.markdown = self.config.plugins.on_page_markdown(page.markdown, page=page, config=self.config, files=self.files)
        return page


def run_events(config_file: Path, only_language: str | None = None, **options: object) -> Run:
    config = load_config(str(config_file), site_dir=str(config_file.parent / "site"))
    plugin: PatientSitePlugin = config.plugins["patient-site"]
    if only_language or options:
        plugin.configure_build(only_language=only_language, **options)
    config = config.plugins.on_config(config)
    files = config.plugins.on_files(get_files(config), config=config)
    nav = config.plugins.on_nav(get_navigation(files, config), config=config, files=files)
    return Run(config, files, nav, plugin)
