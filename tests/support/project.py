"""The real project, as the tests read it (never through the code under test
where a test checks that code): its folder, languages and interface text."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from patient_site.references.style import Terms
from patient_site.translations.dates import format_partial_date
from patient_site.translations.interface_text import InterfaceText, load_interface_text
from patient_site.translations.languages import SiteLanguages, read_site_languages

PROJECT_DIR = Path(__file__).resolve().parents[2]
CONFIG_FILE = PROJECT_DIR / "mkdocs.yml"


@cache
def languages() -> SiteLanguages:
    return read_site_languages(CONFIG_FILE)


@cache
def interface_text() -> InterfaceText:
    return load_interface_text(PROJECT_DIR / "translations" / "ui", languages().all)


def terms(lang: str) -> Terms:
    """The reference style's localized words in `lang`, from the project's interface text."""
    messages = interface_text().messages(lang)
    return Terms(lang, messages["accessed"], messages["edition"], messages["expert_opinion"], format_partial_date)
