"""A page and its translation as translation units: ids from heading ids and
positions, placeholders numbered in the English order, and blocks that do
not pair reported with their file and line."""

from __future__ import annotations

from patient_site.content.front_matter import split_front_matter
from patient_site.translations.units import Markup, Tag, Unit, page_units, segment_text

ENGLISH = """---
description: About care.
---
# Care { #care }

See [the clinics](clinics.md) and the sources. [@ref2015]

## Who helps { #who-helps }

- doctors
- nurses
"""
SPANISH = """---
description: Sobre los cuidados.
translation: draft
---
# Atención { #care }

Vea las fuentes [@ref2015] y [las clínicas](clinics.md).

## Quién ayuda { #who-helps }

- médicos
- <span lang="en">nurses</span>
"""


def units(translation: str = SPANISH, translated: bool = True) -> tuple[list[Unit], list[str]]:
    found, problems = page_units(split_front_matter(ENGLISH), split_front_matter(translation), translated, "docs/care.es.md", "docs/care.md")
    return found, [str(p) for p in problems]


def test_each_block_is_a_unit_named_by_its_section_and_place_the_description_first():
    found, problems = units()
    assert problems == []
    assert [(u.id, u.kind, u.line, u.english_line) for u in found] == [
        ("description", "description", 2, 2),
        ("care", "heading", 5, 4),
        ("care/1", "paragraph", 7, 6),
        ("who-helps", "heading", 9, 8),
        ("who-helps/1", "list-item", 11, 10),
        ("who-helps/2", "list-item", 12, 11),
    ]


def test_placeholders_are_numbered_in_english_order_and_keep_their_number_when_moved():
    paragraph = units()[0][2]
    assert segment_text(paragraph.source) == "See <link 1>the clinics</link> and the sources. <citation 2/>"
    assert segment_text(paragraph.target) == "Vea las fuentes <citation 2/> y <link 1>las clínicas</link>."
    assert paragraph.markup == {
        "1": Markup("link", True, "[", "](clinics.md)"),
        "2": Markup("citation", False, "[@ref2015]", fixed="[@ref2015]"),
    }
    assert (paragraph.source_ids, paragraph.target_ids) == (("1", "2"), ("2", "1"))


def test_markup_only_the_translation_has_gets_a_number_of_its_own():
    nurses = units()[0][5]
    assert nurses.source == ("nurses",)
    assert nurses.target == (Tag("1", "html", '<span lang="en">'), "nurses", Tag("2", "html", "</span>"))
    assert (nurses.source_ids, nurses.target_ids) == ((), ("1", "2"))


def test_an_untranslated_scaffold_gives_the_places_of_its_units_but_no_targets():
    found, _problems = units(ENGLISH.replace("---\n#", "translation: untranslated\n---\n#"), translated=False)
    assert [u.target for u in found] == [None] * 6
    assert found[2].block is not None and found[2].block.line == 7


def test_two_paragraphs_merged_into_one_are_reported_at_the_translation_s_line():
    merged = SPANISH.replace("- médicos\n- <span lang=\"en\">nurses</span>\n", "- médicos y enfermeras\n")
    assert units(merged) == (
        [],
        [
            "docs/care.es.md:11: section '#who-helps' has 2 blocks to translate (its heading included), the English 3: the English list item at docs/care.md:11"
            " has no translation — were two paragraphs merged, or one split? Make its blocks pair with the English ones, then export again"
        ],
    )


def test_a_block_split_in_two_is_reported_at_the_extra_block():
    split = SPANISH.replace("y [las clínicas](clinics.md).", "y [las clínicas](clinics.md).\n\nMás.")
    assert units(split)[1] == [
        "docs/care.es.md:9: section '#care' has 3 blocks to translate (its heading included), the English 2: this paragraph has no English"
        " counterpart — were two paragraphs merged, or one split? Make its blocks pair with the English ones, then export again"
    ]


def test_a_block_of_another_kind_is_reported_with_the_english_one():
    listed = SPANISH.replace("Vea las fuentes", "- Vea las fuentes")
    assert units(listed)[1] == [
        "docs/care.es.md:7: this list item pairs with a paragraph of the English (docs/care.md:6) — give section '#care'"
        " the English blocks, one for one, then export again"
    ]


def test_sections_that_differ_are_left_to_the_structure_check():
    renamed = SPANISH.replace("{ #who-helps }", "{ #quien-ayuda }")
    assert units(renamed)[1] == [
        "docs/care.es.md:5: the sections (heading ids) differ from docs/care.md's — make them match (see `translate check`), then export again"
    ]
