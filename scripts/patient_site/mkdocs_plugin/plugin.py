"""The patient-site MkDocs plugin: decides *when*; the package's modules decide *what*.

mkdocs-static-i18n builds every language in turn inside the default
language's build (in its `on_post_build`), in this process. So a "build"
here is the outermost one: its state is set up when it starts (every source
read and checked once), and the per-language outputs (search indexes, 404
pages, the sitemap) are written when every language is done. A process that
builds one language (`only_language`) has only the one build.

Each event hands its work to one small module per concern (reader status,
search-engine tags, handout records, language outputs, HTML output); all
reliance on static-i18n's internals sits in `i18n.py`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mkdocs.config.base import ValidationError
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from patient_site.content_memo import ContentMemo
from patient_site.handouts.documents import HandoutSource
from patient_site.mkdocs_plugin import (
    handout_pages,
    html_output,
    html_policy,
    i18n,
    language_outputs,
    language_switcher,
    nav_cache,
    page_markdown,
    reader_status,
    search_engines,
    search_scripts,
)
from patient_site.mkdocs_plugin.config import PatientSiteConfig
from patient_site.mkdocs_plugin.page_source import page_source
from patient_site.mkdocs_plugin.state import BuildState
from patient_site.pages.page_markdown import SiteData
from patient_site.problems import Problem, ProblemsFound
from patient_site.project import project_paths
from patient_site.references.style import ReferenceRenderer, Terms
from patient_site.security_policy import meta_value
from patient_site.translations.dates import format_partial_date
from patient_site.translations.interface_text import InterfaceText
from patient_site.validation import Inputs, check_sources, load_inputs

# Material's search worker and lunr's language files, which its search plugin
# would use: the site's search (pages/search_index.py) needs neither.
MATERIAL_SEARCH_FILES = ("assets/javascripts/workers/", "assets/javascripts/lunr/")


class BuildProblems(PluginError):
    """The build stopped on problems in its input (kept as data on the plugin)."""


class PatientSitePlugin(BasePlugin[PatientSiteConfig]):
    def __init__(self) -> None:
        super().__init__()
        # Kept across `mkdocs serve` rebuilds (the plugin has on_startup):
        # what was parsed from files whose content has not changed.
        self.memo = ContentMemo()
        self.state: BuildState | None = None
        # The last build's problems and handout records, for the build command.
        self.problems: list[Problem] = []
        self.handout_sources: list[HandoutSource] = []
        self.serving = False

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """(Its presence keeps this instance, and its memo, across rebuilds.)"""
        self.serving = command == "serve"

    def configure_build(self, **options: object) -> None:
        """Set options for one build (the build command's language processes),
        validated as if they had been written in mkdocs.yml."""
        schema = dict(PatientSiteConfig._schema)
        for name, value in options.items():
            try:
                self.config[name] = schema[name].validate(value)
            except ValidationError as error:
                raise PluginError(f"{name}: {error}") from None

    # -- where we are in the build ------------------------------------------------

    def _outermost(self, config: MkDocsConfig) -> bool:
        return not i18n.is_nested_build(config, self.config.only_language)

    def _fail(self, problems: list[Problem], where: str) -> BuildProblems:
        found = ProblemsFound(problems)
        self.problems = found.problems
        return BuildProblems(f"{found}\n{len(found.problems)} problem(s) in {where}; the site was not built.")

    # -- events -------------------------------------------------------------------

    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self._outermost(config):
            return config
        self.state, self.problems, self.handout_sources = None, [], []
        if not self.config.enabled:
            return config
        languages = i18n.site_languages(config)
        only = self.config.only_language
        if only and only not in languages.built:
            raise self._fail(
                [Problem("mkdocs.yml", 1, f"only_language '{only}' is not a language the site builds — use one of {', '.join(languages.built)}")],
                "mkdocs.yml",
            )
        i18n.start_build(config, only)
        paths = project_paths(Path(config.config_file_path), config.docs_dir, self.config)
        inputs = load_inputs(paths, languages, self.memo)
        if inputs.problems:
            raise self._fail(inputs.problems, "the sources")
        assert inputs.interface_text is not None and inputs.glossary is not None
        self.state = BuildState(
            paths=paths,
            languages=languages,
            inputs=inputs,
            text=inputs.interface_text,
            site_data=_site_data(inputs, self.config, languages.default),
            today=dt.date.today(),
            review_cycle_years=self.config.review_cycle_years,
            english_names={lang: inputs.glossary.names(lang) for lang in languages.built_translations},
            about=(self.config.about.type, self.config.about.name) if self.config.about.name else None,
            language_tags=dict(self.config.language_tags),
            translated=inputs.inventory.translated(),
        )
        return config

    @event_priority(100)
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        """Leave out Material's own search files; check what every source
        refers to, once, before any page is built."""
        if self.state is None:
            return files
        for file in [file for file in files if file.src_uri.startswith(MATERIAL_SEARCH_FILES)]:
            files.remove(file)
        if not self._outermost(config) or not self.config.check_sources:
            return files
        assets = [file.src_uri for file in files if not file.is_documentation_page()]
        paths = self.state.paths
        problems = check_sources(self.state.inputs, assets, self.config.hospital_links, paths.display(paths.bibliography))
        if problems:
            raise self._fail(problems, "the sources")
        return files

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        if self.state is None:
            return markdown
        source = page_source(page, self.state, i18n.build_language(config))
        return page_markdown.transform(markdown, page, source, self.state)

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        if self.state is not None:
            html_policy.check(html, page_source(page, self.state, i18n.build_language(config)), self.state)
        return html

    def on_page_context(self, context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
        state = self.state
        if state is None:
            return context
        source = page_source(page, state, i18n.build_language(config))
        status = reader_status.status_of(page, source, state)
        reader_status.add_to_context(context, source, status, state)
        # mkdocs serve's live reload injects an inline script the policy would block.
        context["content_security_policy"] = None if self.serving else meta_value()
        search_engines.add_to_context(context, page, source, status, config, state)
        language_outputs.record_search_entries(page, source.reader_lang, state)
        language_switcher.make_relative(config)
        if self.config.record_handouts:
            handout_pages.record(page, nav, source, status, config, state)
        return context

    def on_serve(self, server, config: MkDocsConfig, builder):  # type: ignore[no-untyped-def]
        """`mkdocs serve` rebuilds when any input changes, not only docs/
        (which MkDocs watches itself)."""
        if self.state is not None:
            paths = self.state.paths
            for path in (paths.bibliography, paths.glossary, paths.interface_text):
                if path.exists():
                    server.watch(str(path))
        return server

    def on_env(self, env, config: MkDocsConfig, files: Files):  # type: ignore[no-untyped-def]
        # Each build makes a new environment; within one build no template file
        # changes, so Jinja need not stat every template on every include
        # (Material includes about 45 per page).
        env.auto_reload = False
        nav_cache.install(env)
        return env

    def on_template_context(self, context: dict, template_name: str, config: MkDocsConfig) -> dict:
        if self.state is not None and template_name == "404.html":
            # Each language's 404 page searches its own language's index, and
            # its switcher leads to each language's home page.
            context["language_root"] = self.state.languages.prefix(i18n.build_language(config))
            context["content_security_policy"] = None if self.serving else meta_value()
            i18n.reset_switcher(config)  # (root-absolute: a 404 page is served at any depth)
            language_switcher.home_past_the_redirect(config)
        return context

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        if self.state is None:
            return output
        return html_output.finish(output, i18n.build_language(config), self.state)

    def on_post_template(self, output: str, template_name: str, config: MkDocsConfig) -> str:
        if self.state is not None and template_name == "404.html":
            lang = i18n.build_language(config)
            output = html_output.declare_language(output, lang, self.state)
            self.state.not_found_pages[lang] = output
        return output

    @event_priority(-150)
    def on_post_build(self, config: MkDocsConfig) -> None:
        """After static-i18n (priority -100) has built every language: write
        the per-language outputs, and report the problems of all pages at once."""
        state = self.state
        if state is None or not self._outermost(config):
            return
        built = (self.config.only_language,) if self.config.only_language else state.languages.built
        language_outputs.write_search_indexes(config, state, built)
        search_scripts.minify(Path(config.site_dir))
        language_outputs.write_not_found_pages(config, state)
        language_outputs.write_site_map(config, state)
        if state.problems:
            raise self._fail(state.problems, "the pages")
        self.handout_sources = list(state.handouts)


def _site_data(inputs: Inputs, options: PatientSiteConfig, default: str) -> SiteData:
    text = inputs.interface_text
    assert text is not None
    renderer = None
    keys: tuple[str, ...] = ()
    if inputs.bibliography is not None:
        renderer = ReferenceRenderer(inputs.bibliography.data.entries, lambda lang: _terms(text, lang))
        keys = tuple(inputs.bibliography.keys)
    return SiteData(
        hospital_links=options.hospital_links,
        renderer=renderer,
        bibliography_keys=keys,
        campus_data=inputs.campus_data,
        titles=inputs.inventory.titles(default),
        default_lang=default,
        handout_prefix=options.handout_prefix,
        handouts_built=options.record_handouts,
        translated=inputs.inventory.translated(),
    )


def _terms(text: InterfaceText, lang: str) -> Terms:
    messages = text.messages(lang)
    return Terms(lang, messages["accessed"], messages["edition"], messages["expert_opinion"], format_partial_date)
