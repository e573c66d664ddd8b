"""Which Markdown file is which language's version of which page.

Translations sit beside their English page with a language suffix:
`services/hospital.md` (English) and `services/hospital.es.md` (Spanish).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import yaml


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


class MkDocsYamlLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without resolving MkDocs' own tags (!ENV, !relative)."""


MkDocsYamlLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def site_languages(mkdocs_yml: Path, built_only: bool = False) -> tuple[str, tuple[str, ...]]:
    """(default language, other languages) as mkdocs.yml configures them;
    with `built_only`, only the languages the build makes (static-i18n's
    `build: false` and `build_only_locale` respected)."""
    config = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=MkDocsYamlLoader)
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "i18n" in plugin:
            options = plugin["i18n"]
            languages = options["languages"]
            if built_only and options.get("build_only_locale"):
                return options["build_only_locale"], ()
            default = next(lang["locale"] for lang in languages if lang.get("default"))
            others = tuple(
                lang["locale"]
                for lang in languages
                if lang["locale"] != default and (not built_only or lang.get("build", True))
            )
            return default, others
    raise ValueError(f"{mkdocs_yml}: no i18n plugin with languages")
