"""What one whole build (every language it makes) knows and collects.

Created in `on_config` of the outermost build and dropped at its end, so a
`mkdocs serve` rebuild starts from nothing (what was parsed from unchanged
files is kept, by content, in the plugin's ContentMemo).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from patient_site.handouts.documents import HandoutSource
from patient_site.pages.page_markdown import SiteData
from patient_site.problems import Problem
from patient_site.project import ProjectPaths
from patient_site.references.style import ReferenceRenderer
from patient_site.translations.interface_text import InterfaceText
from patient_site.translations.inventory import OUTDATED, UNTRANSLATED, TranslationState
from patient_site.translations.languages import SiteLanguages
from patient_site.validation import Inputs


@dataclass
class BuildState:
    paths: ProjectPaths
    languages: SiteLanguages
    inputs: Inputs
    text: InterfaceText
    site_data: SiteData
    today: dt.date
    review_cycle_years: int
    english_names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # by build language
    about: tuple[str, str] | None = None  # (schema.org type, English name) of the site's subject
    language_tags: dict[str, str] = field(default_factory=dict)  # zh -> zh-Hans

    def tag(self, lang: str) -> str:
        """The BCP 47 tag pages in `lang` declare."""
        return self.language_tags.get(lang, lang)
    # English page -> the translation languages whose text readers get.
    translated: dict[str, set[str]] = field(default_factory=dict)
    # Build language -> {page source: position in the navigation}.
    nav_positions: dict[str, dict[str, int]] = field(default_factory=dict)
    handouts: list[HandoutSource] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    not_found_pages: dict[str, str] = field(default_factory=dict)
    # Build language -> its pages' search entries (Material's, one per section).
    search_entries: dict[str, list[dict]] = field(default_factory=dict)

    @property
    def renderer(self) -> ReferenceRenderer | None:
        return self.site_data.renderer

    def translation(self, english_src: str, lang: str) -> TranslationState | None:
        """The state of a page's translation (None in the default language)."""
        return self.inputs.inventory.states.get((english_src, lang))

    def text_language(self, english_src: str, build_lang: str, file_locale: str | None) -> str:
        """The language a page's text is written in: a missing translation's
        fallback and an untranslated scaffold hold the default language's text."""
        state = self.translation(english_src, build_lang)
        if state is not None and (state.state == UNTRANSLATED or file_locale != state.lang):
            return self.languages.default
        return build_lang

    def is_outdated(self, english_src: str, lang: str) -> bool:
        state = self.translation(english_src, lang)
        return state is not None and state.state == OUTDATED

    def title(self, english_src: str, lang: str) -> str:
        return self.site_data.titles.get((english_src, lang), "")
