"""A page and its translation side by side, section by section, with the
glossary terms each English section uses."""

from __future__ import annotations

from patient_site.content.structure import parse_structure
from patient_site.translations.glossary import Entry, LanguageGlossary
from patient_site.translations.review_sections import ReviewSection, review_sections

ENGLISH = "# Care { #care }\n\nMayo Clinic offers palliative care.\n\n## Who helps { #who-helps }\n\nA team.\n"
SPANISH = "# Atención { #care }\n\nMayo Clinic ofrece cuidados paliativos.\n"
PALLIATIVE = Entry("palliative care", ("cuidados paliativos",))
MAYO = Entry("Mayo Clinic", ("Mayo Clinic",), kind="name")
GLOSSARY = LanguageGlossary("es", "translations/glossary/es.yml", (PALLIATIVE, MAYO))


def test_each_english_section_has_its_translation_and_the_terms_it_uses():
    assert review_sections(parse_structure(ENGLISH), parse_structure(SPANISH), GLOSSARY) == [
        ReviewSection("care", "# Care { #care }\n\nMayo Clinic offers palliative care.\n\n", SPANISH, (PALLIATIVE, MAYO)),
        ReviewSection("who-helps", "## Who helps { #who-helps }\n\nA team.\n", "", ()),
    ]


def test_without_a_translation_or_a_glossary_the_english_stands_alone():
    assert [(s.id, s.translation, s.terms) for s in review_sections(parse_structure(ENGLISH), None, None)] == [
        ("care", "", ()),
        ("who-helps", "", ()),
    ]
