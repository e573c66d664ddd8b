"""What a CAT tool gets for each unit: its state, the glossary's terms for
it, the English it was translated from where that changed, and matches."""

from __future__ import annotations

from patient_site.content.front_matter import split_front_matter
from patient_site.translations.glossary import Entry, LanguageGlossary
from patient_site.translations.inventory import TranslationState
from patient_site.translations.translation_memory import TranslationMemory
from patient_site.translations.units import Unit, page_units
from patient_site.translations.xliff_export import export_page, glossary_note

ENGLISH = "---\ndescription: About care.\n---\n# Care { #care }\n\nWe offer palliative care.\n\nAsk your team.\n"
SPANISH = "---\ndescription: Sobre la atención.\n---\n# Atención { #care }\n\nOfrecemos cuidados paliativos.\n\nPregunte a su equipo.\n"
GLOSSARY = LanguageGlossary(
    "es",
    "translations/glossary/es.yml",
    (
        Entry("palliative care", ("cuidados paliativos", "atención paliativa"), explain="Atención para vivir mejor."),
        Entry("Mayo Clinic", ("Mayo Clinic",), kind="name"),
    ),
)


def units(english: str = ENGLISH, spanish: str = SPANISH, translated: bool = True) -> list[Unit]:
    found, problems = page_units(split_front_matter(english), split_front_matter(spanish), translated, "docs/care.es.md", "docs/care.md")
    assert problems == []
    return found


def state(kind: str, review: str = "draft") -> TranslationState:
    return TranslationState("care.md", "es", kind, "care.es.md", review)


def export(kind: str, review: str = "draft", previous: str | None = None, memory: TranslationMemory | None = None, translated: bool = True):  # type: ignore[no-untyped-def]
    return export_page(
        state(kind, review),
        units(translated=translated),
        GLOSSARY,
        memory or TranslationMemory(),
        split_front_matter(previous) if previous else None,
        "sha256:t",
        "sha256:e",
    )


def test_a_current_draft_s_units_are_translated_and_a_reviewed_page_s_signed_off():
    assert [u.state for u in export("draft").units] == ["translated"] * 4
    assert [u.state for u in export("reviewed", "reviewed").units] == ["signed-off"] * 4


def test_an_untranslated_page_s_units_have_no_target_and_no_state():
    page = export("untranslated", "", translated=False)
    assert [(u.target, u.state) for u in page.units] == [(None, "")] * 4


def test_units_whose_english_changed_since_the_stamp_need_review_with_the_english_before():
    before = ENGLISH.replace("Ask your team.", "Ask your care team.")
    page = export("outdated", previous=before)
    assert [u.state for u in page.units] == ["translated", "translated", "translated", "needs-review-translation"]
    assert page.units[3].notes == (("english-before", "The English was: Ask your care team."),)


def test_without_the_english_before_every_unit_of_an_outdated_page_needs_review():
    assert {u.state for u in export("outdated").units} == {"needs-review-translation"}


def test_each_unit_names_the_glossary_terms_its_english_uses():
    notes = [u.notes for u in export("draft").units]
    assert notes[2] == (
        ("glossary", "Glossary: palliative care → cuidados paliativos (also: atención paliativa). At its first mention on the page, explain: Atención para vivir mejor."),
    )
    assert notes[1] == notes[3] == ()


def test_a_name_is_a_name_in_its_note():
    assert glossary_note(Entry("Mayo Clinic", ("Mayo Clinic",), kind="name")) == "Name: Mayo Clinic → Mayo Clinic"


def test_the_same_english_translated_on_another_page_is_a_match():
    memory = TranslationMemory()
    memory.add("docs/team.es.md", units(spanish=SPANISH.replace("Pregunte a su equipo.", "Consulte a su equipo.")))
    page = export("draft", memory=memory)
    assert [(m.origin, m.target) for m in page.units[3].matches] == [("docs/team.es.md#care/2", ("Consulte a su equipo.",))]
    assert page.units[2].matches == ()  # the same translation: nothing to offer


def test_the_page_records_its_files_hashes_and_each_unit_s_place():
    page = export("draft")
    assert (page.page, page.lang, page.translation_file, page.translation_hash, page.english_file, page.english_hash) == (
        "care.md", "es", "docs/care.es.md", "sha256:t", "docs/care.md", "sha256:e",
    )
    assert [u.location for u in page.units] == ["docs/care.es.md:2", "docs/care.es.md:4", "docs/care.es.md:6", "docs/care.es.md:8"]
