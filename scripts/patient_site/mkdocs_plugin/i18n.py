"""Everything the plugin needs from mkdocs-static-i18n, in one place.

static-i18n builds every language in turn inside the default language's
build, in this process; it keeps its state on its plugin instance
(`current_language`, `building`, `extra_alternate`). These
functions are the only place that reads or changes it, so an upgrade of
static-i18n that renames one touches this file alone.
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from patient_site.translations.languages import SiteLanguages, site_languages_from


def _plugin(config: MkDocsConfig) -> Any | None:
    return config.plugins.get("i18n")


def site_languages(config: MkDocsConfig) -> SiteLanguages:
    """The languages as static-i18n was configured (one language, the
    theme's, when static-i18n is not used)."""
    plugin = _plugin(config)
    if plugin is None:
        lang = config.theme["language"]
        return SiteLanguages(lang, (), (lang,), {lang: lang}, {lang: ""})
    return site_languages_from(plugin.config.languages, plugin.config.build_only_locale)


def build_language(config: MkDocsConfig) -> str:
    """The language static-i18n is building now."""
    plugin = _plugin(config)
    if plugin is None:
        return config.theme["language"]
    return plugin.current_language or plugin.default_language


def is_nested_build(config: MkDocsConfig, only_language: str | None) -> bool:
    """True while static-i18n builds another language inside the default
    language's build (a process that builds one language has only one)."""
    plugin = _plugin(config)
    return bool(plugin and plugin.building and not only_language)


def start_build(config: MkDocsConfig, only_language: str | None) -> None:
    """Prepare static-i18n for a new whole build. It leaves its last
    language current after a build, so a `mkdocs serve` rebuild must start
    again from the default language. To build one language only, static-i18n
    must not build the others inside it: it skips them while it believes it
    is building."""
    plugin = _plugin(config)
    if plugin is None:
        return
    plugin.current_language = only_language or plugin.default_language
    if only_language:
        plugin.building = True


def page_locale(page: Page) -> str | None:
    """The language of the file a page was built from (a fallback page of a
    translation is built from the English file)."""
    return getattr(page.file, "locale", None)


def reset_switcher(config: MkDocsConfig) -> None:
    """static-i18n leaves the last page's language-switcher links in place
    when it builds a language after another; a page outside the navigation
    (the 404 page) must link to each language's home page instead."""
    plugin = _plugin(config)
    if plugin is not None and plugin.extra_alternate:
        config.extra.alternate = deepcopy(plugin.extra_alternate)


def switcher_links(config: MkDocsConfig) -> list[dict]:
    """The current page's language-switcher links, as the templates will
    read them (static-i18n sets `config.extra.alternate` as an attribute)."""
    return getattr(config.extra, "alternate", None) or []
