"""A page and its translation section by section, for a medical reviewer who
reads no Markdown: what the review sheets lay side by side.

Sections are the English page's, in its order, each with the translation's
section of the same heading id ('' where the translation has none) and the
glossary terms and names the English section uses, so a sheet can mark them
in both languages.
"""

from __future__ import annotations

from dataclasses import dataclass

from patient_site.content.prose import prose_text
from patient_site.content.structure import Structure
from patient_site.translations.glossary import Entry, LanguageGlossary, terms_in


@dataclass(frozen=True)
class ReviewSection:
    id: str  # the heading id ('' for the text before the first heading)
    english: str  # the section's Markdown in English
    translation: str  # the same section in the translation ('' where missing)
    terms: tuple[Entry, ...]  # the glossary entries the English section uses


def review_sections(english: Structure, translation: Structure | None, glossary: LanguageGlossary | None) -> list[ReviewSection]:
    """The English page's sections with their translations and terms."""
    translated = {section.id: section.text for section in translation.sections} if translation is not None else {}
    return [
        ReviewSection(section.id, section.text, translated.get(section.id, ""), terms_in(prose_text(section.text), glossary))
        for section in english.sections
        if section.text.strip() or section.id
    ]
