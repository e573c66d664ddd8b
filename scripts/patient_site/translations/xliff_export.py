"""A page's units as the XLIFF file a CAT tool gets: the current translation
as each unit's target, its state, the glossary terms it uses, and how the
rest of the site already translates the same English.

States: `translated` (a current draft), `signed-off` (a medical reviewer
signed the page off), `needs-review-translation` (the English of the unit
changed since the translation was stamped — or, where the English the
translation was made from is not at hand, every unit of an outdated page); an
untranslated page's units have no target.
"""

from __future__ import annotations

from patient_site.content.blocks import page_blocks, render
from patient_site.content.front_matter import Document
from patient_site.translations.glossary import Entry, LanguageGlossary, terms_in
from patient_site.translations.inventory import OUTDATED, REVIEWED, UNTRANSLATED, TranslationState
from patient_site.translations.translation_memory import TranslationMemory
from patient_site.translations.units import DESCRIPTION, Unit, english_words, unit_id
from patient_site.translations.xliff_file import (
    ENGLISH_BEFORE_NOTE,
    GLOSSARY_NOTE,
    NEEDS_REVIEW,
    SIGNED_OFF,
    TRANSLATED,
    Match,
    XliffPage,
    XliffUnit,
)

FILE_NOTE = (
    "Patient information about palliative care, for patients and their families. "
    "Translate the text of each unit; keep every tag: a tag stands for a link, a citation, a heading id or other markup, "
    "and may move within its unit but not be changed or left out. "
    "Each unit's notes give the glossary's terms for it. "
    "Units in state needs-review-translation: the English changed since this translation was made."
)


def glossary_note(entry: Entry) -> str:
    """A unit's note for one glossary term or name it uses."""
    label = "Name" if entry.kind == "name" else "Glossary"
    note = f"{label}: {entry.english} → {entry.accept[0]}"
    if len(entry.accept) > 1:
        note += f" (also: {', '.join(entry.accept[1:])})"
    if entry.explain:
        note += f". At its first mention on the page, explain: {entry.explain}"
    return note


def previous_english(document: Document | None) -> dict[str, str]:
    """Unit id -> the English Markdown of each block of the English text a
    translation was made from (empty when that text is not at hand)."""
    if document is None:
        return {}
    blocks, _errors = page_blocks(document.body, document.body_start_line)
    previous = {unit_id(block): render(block.content) for block in blocks}
    description = document.meta.get("description")
    if isinstance(description, str):
        previous[DESCRIPTION] = description
    return previous


def _english(unit: Unit) -> str:
    return render(unit.english.content) if unit.english is not None else "".join(s for s in unit.source if isinstance(s, str))


def unit_state(state: TranslationState, unit: Unit, previous: dict[str, str]) -> str:
    if unit.target is None or state.state == UNTRANSLATED:
        return ""
    if state.state == OUTDATED and previous.get(unit.id) != _english(unit):
        return NEEDS_REVIEW
    return SIGNED_OFF if state.review == REVIEWED else TRANSLATED


def export_page(
    state: TranslationState,
    units: list[Unit],
    glossary: LanguageGlossary | None,
    memory: TranslationMemory,
    previous: Document | None,
    translation_hash: str,
    english_hash: str,
) -> XliffPage:
    """The XLIFF page of one translation's units."""
    path = f"docs/{state.path}"
    before = previous_english(previous)
    exported = []
    for unit in units:
        unit_state_value = unit_state(state, unit, before)
        notes = [(GLOSSARY_NOTE, glossary_note(entry)) for entry in terms_in(english_words(unit), glossary)]
        if unit_state_value == NEEDS_REVIEW and unit.id in before:
            notes.append((ENGLISH_BEFORE_NOTE, f"The English was: {before[unit.id]}"))
        matches = tuple(Match(m.origin, m.target) for m in memory.matches(path, unit))
        exported.append(
            XliffUnit(unit.id, unit.kind, unit.source, unit.target, unit_state_value, tuple(notes), f"{path}:{unit.line}", matches)
        )
    return XliffPage(
        state.page,
        state.lang,
        path,
        translation_hash,
        f"docs/{state.page}",
        english_hash,
        tuple(exported),
        FILE_NOTE,
    )
