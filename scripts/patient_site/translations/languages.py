"""The site's languages, and which Markdown file is which language's page.

`mkdocs.yml` is the one list of languages (mkdocs-static-i18n's `languages`
option): the MkDocs plugin, the command-line tools, the nginx configuration
and the tests all read it through `SiteLanguages`.

Translations sit beside their English page with a language suffix:
`services/hospital.md` (English) and `services/hospital.es.md` (Spanish).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})


@dataclass(frozen=True)
class SiteLanguages:
    default: str
    others: tuple[str, ...]  # the translation languages, in the configured order
    built: tuple[str, ...]  # the languages a build makes, the default first
    names: Mapping[str, str]  # language -> its own name ("Español")
    site_names: Mapping[str, str]  # language -> the site's name in it ("" when not set)

    @property
    def all(self) -> tuple[str, ...]:
        return (self.default, *self.others)

    @property
    def built_translations(self) -> tuple[str, ...]:
        return tuple(lang for lang in self.built if lang != self.default)

    def prefix(self, lang: str) -> str:
        return language_prefix(lang, self.default)


def site_languages_from(languages: Iterable[Mapping[str, Any]], build_only_locale: str | None = None) -> SiteLanguages:
    """From mkdocs-static-i18n's `languages` entries (`locale`, `default`,
    `build`, `name`, `site_name`), respecting `build_only_locale`."""
    entries = list(languages)
    default = next(str(entry["locale"]) for entry in entries if entry.get("default"))
    others = tuple(str(entry["locale"]) for entry in entries if entry["locale"] != default)
    if build_only_locale:
        built: tuple[str, ...] = (build_only_locale,)
    else:
        built = (default, *(str(e["locale"]) for e in entries if e["locale"] != default and e.get("build", True)))
    return SiteLanguages(
        default=default,
        others=others,
        built=built,
        names={str(entry["locale"]): str(entry.get("name") or entry["locale"]) for entry in entries},
        site_names={str(entry["locale"]): str(entry.get("site_name") or "") for entry in entries},
    )


class MkDocsYamlLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without resolving MkDocs' own tags (!ENV, !relative)."""


MkDocsYamlLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def read_mkdocs_yml(mkdocs_yml: Path) -> dict:
    return yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=MkDocsYamlLoader) or {}


def plugin_options(config: dict, name: str) -> dict | None:
    """The options of plugin `name` in a raw mkdocs.yml mapping."""
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and name in plugin:
            return plugin[name] or {}
        if plugin == name:
            return {}
    return None


def read_site_languages(mkdocs_yml: Path) -> SiteLanguages:
    """The languages `mkdocs.yml` configures (read without running MkDocs)."""
    options = plugin_options(read_mkdocs_yml(mkdocs_yml), "i18n")
    if not options or not options.get("languages"):
        raise ValueError(f"{mkdocs_yml}: no i18n plugin with languages")
    return site_languages_from(options["languages"], options.get("build_only_locale"))


def text_direction(lang: str) -> str:
    return "rtl" if lang.split("-")[0] in RTL_LANGUAGES else "ltr"


def split_language(src: str, languages: Iterable[str]) -> tuple[str, str | None]:
    """('services/hospital.es.md', [es, ...]) -> ('services/hospital.md', 'es');
    an English page gives (src, None)."""
    stem, dot, ext = src.rpartition(".")
    if not dot:
        return src, None
    base, dot2, suffix = stem.rpartition(".")
    if dot2 and suffix in set(languages):
        return f"{base}.{ext}", suffix
    return src, None


def language_prefix(lang: str, default_lang: str) -> str:
    """The URL path of a language's root, relative to the site root."""
    return "" if lang == default_lang else f"{lang}/"


def translation_path(english_src: str, lang: str) -> str:
    """('services/hospital.md', 'es') -> 'services/hospital.es.md'."""
    stem, _, ext = english_src.rpartition(".")
    return f"{stem}.{lang}.{ext}"


def orphaned_translations(sources: Iterable[str], languages: Iterable[str]) -> list[tuple[str, str]]:
    """(translation, missing English page) for each translation whose English
    page does not exist."""
    languages = tuple(languages)
    sources = list(sources)
    present = set(sources)
    orphans = []
    for src in sources:
        english, lang = split_language(src, languages)
        if lang is not None and english not in present:
            orphans.append((src, english))
    return sorted(orphans)
