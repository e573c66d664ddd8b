"""A CAT tool's targets back into a tiny Markdown translation: placeholders
checked, the Markdown restored at each block's place, the rest untouched."""

from __future__ import annotations

from patient_site.content.front_matter import split_front_matter
from patient_site.translations.units import Tag, Unit, page_units
from patient_site.translations.xliff_file import XliffPage, XliffUnit
from patient_site.translations.xliff_import import Merged, merge, placeholder_problems

ENGLISH = """---
description: About care.
---
# Care { #care }

See [the clinics](clinics.md) and the sources, which are listed at the end of
this page. [@ref2015]

- doctors ![A doctor](doctor.png)

| Who | Where |
|-----|-------|
| Nurses | Wards |
"""
SPANISH = """---
description: Sobre la atención.
translation: draft
---
# Atención { #care }

Vea [las clínicas](clinics.md) y las fuentes, que aparecen al final de
esta página. [@ref2015]

- médicos ![Un médico](doctor.png)

| Quién | Dónde |
|-----|-------|
| Enfermeras | Salas |
"""
LINK = Tag("1", "link", content=("las clínicas",))
CITATION = Tag("2", "citation", "[@ref2015]")


def units(spanish: str = SPANISH) -> list[Unit]:
    found, problems = page_units(split_front_matter(ENGLISH), split_front_matter(spanish), True, "docs/care.es.md", "docs/care.md")
    assert problems == []
    return found


def unit(ident: str) -> Unit:
    return next(u for u in units() if u.id == ident)


def file_with(targets: dict[str, tuple | None] | None = None) -> XliffPage:
    """The exported file of SPANISH, with the targets of some units changed."""
    changed = targets or {}
    exported = tuple(XliffUnit(u.id, u.kind, u.source, changed.get(u.id, u.target), line=10 + n) for n, u in enumerate(units()))
    return XliffPage("care.md", "es", "docs/care.es.md", "sha256:t", "docs/care.md", "sha256:e", exported)


def merged(page: XliffPage, spanish: str = SPANISH) -> tuple[Merged | None, list[str]]:
    result, problems = merge(split_front_matter(spanish), spanish, units(spanish), page, "care.es.xlf")
    return result, [str(p) for p in problems]


# -- placeholders ----------------------------------------------------------------------------


def test_placeholders_may_move_within_their_unit():
    assert placeholder_problems(unit("care/1"), ("Las fuentes ", CITATION, " y ", LINK, ".")) == []


def test_a_missing_placeholder_is_named_with_the_markdown_it_stands_for():
    assert placeholder_problems(unit("care/1"), ("Vea ", LINK, ".")) == [
        "placeholder <ph id=\"2\"> ('[@ref2015]') is missing — put it back where it belongs in the text"
    ]


def test_an_altered_placeholder_says_what_it_was_and_what_it_is():
    assert placeholder_problems(unit("care/1"), (LINK, Tag("2", "citation", "[@ref2016]"))) == [
        "placeholder <ph id=\"2\"> was '[@ref2015]', is '[@ref2016]' — restore it as exported"
    ]
    assert placeholder_problems(unit("care/1"), (Tag("1", "link", "[x]"), CITATION)) == [
        "placeholder <ph id=\"1\"> was <g id=\"1\"> (the link '[…](clinics.md)') — restore it as exported"
    ]


def test_an_extra_or_doubled_placeholder_is_refused():
    assert placeholder_problems(unit("care/1"), (LINK, CITATION, Tag("7", "citation", "[@x]"))) == [
        "placeholder <ph id=\"7\"> is neither in the English nor in the translation of this block — remove it"
    ]
    assert placeholder_problems(unit("care/1"), (LINK, CITATION, CITATION)) == [
        "placeholder <ph id=\"2\"> ('[@ref2015]') appears twice — keep it once"
    ]


# -- merging ---------------------------------------------------------------------------------


def test_unchanged_targets_leave_the_file_byte_for_byte():
    result, problems = merged(file_with())
    assert problems == [] and result is not None
    assert (result.text, result.changed) == (SPANISH, ())


def test_changed_text_goes_back_at_its_place_broken_at_the_old_width():
    result, _ = merged(file_with({"care/1": ("Las fuentes, que aparecen al final de esta página, ", CITATION, " y ", LINK, " le ayudan.")}))
    assert result.changed == ("care/1",)
    assert result.text == SPANISH.replace(
        "Vea [las clínicas](clinics.md) y las fuentes, que aparecen al final de\nesta página. [@ref2015]",
        "Las fuentes, que aparecen al final de esta página, [@ref2015] y [las\nclínicas](clinics.md) le ayudan.",
    )


def test_a_line_that_would_start_a_list_is_not_made_the_text_stays_on_one_line():
    text = "Vea " + "x" * 65 + " - 1 "  # broken at the width of 70, "- 1 …" would start a list
    result, _ = merged(file_with({"care/1": (text, LINK, CITATION)}))
    assert f"\n{text}[las clínicas](clinics.md)[@ref2015]\n" in result.text


def test_a_heading_keeps_its_id_and_a_cell_its_pipes_escaped():
    result, _ = merged(file_with({"care": ("Cuidados", Tag("1", "heading-id", " { #care }")), "care/3:r2c1": ("Enfermeras | auxiliares",)}))
    assert "\n# Cuidados { #care }\n" in result.text
    assert "\n| Enfermeras \\| auxiliares | Salas |\n" in result.text


def test_an_image_s_alt_text_goes_back_into_its_image():
    result, _ = merged(file_with({"care/2:alt1": ("Una médica",)}))
    assert (result.changed, "- médicos ![Una médica](doctor.png)\n" in result.text) == (("care/2:alt1",), True)


def test_an_image_s_alt_text_and_its_block_changed_together():
    result, _ = merged(file_with({"care/2": ("médicas ", Tag("1", "image", "![](doctor.png)")), "care/2:alt1": ("Una médica",)}))
    assert "- médicas ![Una médica](doctor.png)\n" in result.text
    assert result.changed == ("care/2", "care/2:alt1")


def test_a_new_description_is_written_into_the_front_matter():
    result, _ = merged(file_with({"description": ("Sobre los cuidados.",)}))
    assert result.text == SPANISH.replace("description: Sobre la atención.", "description: Sobre los cuidados.")


def test_a_unit_without_translation_or_not_on_the_page_is_refused_naming_it():
    page = file_with({"care/1": None})
    page = XliffPage(page.page, page.lang, page.translation_file, page.translation_hash, page.english_file, page.english_hash, (*page.units, XliffUnit("gone/1", "paragraph", (), ("x",), line=40)))
    assert merged(page) == (
        None,
        [
            "care.es.xlf:40: unit 'gone/1' is not a block of docs/care.es.md — its blocks changed since the export; export it again",
            "care.es.xlf:12: unit 'care/1' has no translation — translate it, then import the file again",
        ],
    )


def test_placeholder_problems_are_reported_with_the_file_and_unit():
    assert merged(file_with({"care/1": ("Vea ", LINK)}))[1] == [
        "care.es.xlf:12: unit 'care/1': placeholder <ph id=\"2\"> ('[@ref2015]') is missing — put it back where it belongs in the text"
    ]


def test_a_translator_s_notes_are_kept_for_the_report_the_tool_s_own_are_not():
    page = file_with()
    with_notes = tuple(
        XliffUnit(u.id, u.kind, u.source, u.target, notes=(("glossary", "ours"), ("translator", "Check the dose?")) if u.id == "care" else (), line=u.line)
        for u in page.units
    )
    result, _ = merged(XliffPage(page.page, page.lang, page.translation_file, page.translation_hash, page.english_file, page.english_hash, with_notes))
    assert result.notes == ((11, "care", "translator", "Check the dose?"),)


def test_a_placeholder_without_its_kind_is_known_by_its_id():
    assert placeholder_problems(unit("care/1"), (Tag("1", "", content=("las clínicas",)), Tag("2", "", "[@ref2015]"))) == []


def test_a_file_with_windows_line_endings_keeps_them_in_rewrapped_text():
    crlf = SPANISH.replace("\n", "\r\n")
    result, problems = merged(file_with({"care/1": ("Las fuentes, que aparecen al final de esta página, ", CITATION, " y ", LINK, " le ayudan.")}), crlf)
    assert problems == []
    assert "Las fuentes, que aparecen al final de esta página, [@ref2015] y [las\r\nclínicas](clinics.md) le ayudan.\r\n" in result.text
    assert "\n" not in result.text.replace("\r\n", "")
