"""compare_structure on tiny pages: each kind of structural difference of a
translation from its English page, with its message and line. (The same
checks through the command line are in test_translation_tool.py.)"""

from __future__ import annotations

from patient_site.content.structure import parse_structure
from patient_site.translations.parity import compare_structure

# The body starts on line 4 of its file (after three lines of front matter):
# '# Care' is line 4, '## Who helps' line 18.
ENGLISH = """\
# Care { #care }

Text [@kelley2015] [Team](team.md#who) [Site](https://example.org).

![A team](team.png)

[[services-table]]

- one
- two

!!! note
    Ask.

## Who helps { #who-helps }

More.
"""
PATH = "docs/care.es.md"


def differences(translation: str, english: str = ENGLISH) -> list[str]:
    found = compare_structure(parse_structure(english, 4), parse_structure(translation, 4), PATH)
    return [str(problem) for problem in found]


def edited(old: str, new: str) -> str:
    assert old in ENGLISH
    return ENGLISH.replace(old, new, 1)


def test_a_translation_with_the_same_structure_has_no_differences():
    translated = (
        edited("Text", "Texto")
        .replace("More.", "Más.")
        .replace("Ask.", "Pregunte.")
        .replace("# Care {", "# Atención {")
    )
    assert differences(translated) == []


def test_a_heading_without_an_id_is_reported_at_its_line():
    assert differences(edited("More.", "### Nota\n\nMore.")) == [
        f"{PATH}:20: heading without an explicit id — add '{{ #id }}' with the English page's id"
    ]


def test_a_renamed_heading_id_is_reported_at_the_renamed_heading():
    assert differences(edited("{ #who-helps }", "{ #quien-ayuda }")) == [
        f"{PATH}:18: heading ids differ: missing 'who-helps', extra 'quien-ayuda'"
    ]


def test_a_missing_heading_is_reported_at_the_last_section():
    assert differences(edited("## Who helps { #who-helps }\n\n", "")) == [
        f"{PATH}:4: heading ids differ: missing 'who-helps', extra none"
    ]


def test_headings_in_another_order_are_reported_at_the_start_of_the_body():
    english = "# A { #a }\n\n## B { #b }\n\n## C { #c }\n"
    translation = "# A { #a }\n\n## C { #c }\n\n## B { #b }\n"
    assert differences(translation, english) == [f"{PATH}:4: headings are in a different order than in English"]


def test_a_changed_internal_link_target_is_reported_at_its_section():
    assert differences(edited("(team.md#who)", "(team.md)")) == [
        f"{PATH}:4: internal link targets differ in section '#care': missing 'team.md#who', extra 'team.md'"
    ]


def test_external_link_targets_may_differ():
    assert differences(edited("https://example.org", "https://example.org/es")) == []


def test_a_link_given_once_where_english_has_it_twice_is_reported():
    english = "# A { #a }\n\n[x](b.md) [y](b.md)\n"
    assert differences("# A { #a }\n\n[x](b.md) y\n", english) == [
        f"{PATH}:4: internal link targets differ in section '#a': missing 'b.md', extra none"
    ]


def test_a_changed_image_is_reported():
    assert differences(edited("(team.png)", "(equipo.png)")) == [
        f"{PATH}:4: images differ in section '#care': missing 'team.png', extra 'equipo.png'"
    ]


def test_a_dropped_citation_is_reported():
    assert differences(edited(" [@kelley2015]", "")) == [
        f"{PATH}:4: citation keys differ in section '#care': missing 'kelley2015', extra none"
    ]


def test_a_changed_directive_is_reported_with_its_argument():
    assert differences(edited("[[services-table]]", "[[campus-services north]]")) == [
        f"{PATH}:4: directives differ in section '#care': missing '[[services-table]]', extra '[[campus-services north]]'"
    ]


def test_a_different_number_of_list_items_is_reported():
    assert differences(edited("- two\n", "")) == [f"{PATH}:4: 1 list items in section '#care', English has 2"]


def test_a_different_number_of_admonitions_is_reported():
    assert differences(edited("!!! note\n    Ask.\n", "Ask.\n")) == [
        f"{PATH}:4: 0 admonitions in section '#care', English has 1"
    ]


def test_a_difference_before_the_first_heading_names_that_text():
    english = "[Home](index.md)\n\n# A { #a }\n"
    assert differences("Inicio\n\n# A { #a }\n", english) == [
        f"{PATH}:4: internal link targets differ in the text before the first heading: missing 'index.md', extra none"
    ]


def test_each_section_is_compared_with_its_english_section():
    # the image moved from one section to the other (one line up: '## Who helps' is now line 17)
    moved = edited("![A team](team.png)\n", "").replace("More.", "More.\n\n![A team](team.png)")
    assert differences(moved) == [
        f"{PATH}:4: images differ in section '#care': missing 'team.png', extra none",
        f"{PATH}:17: images differ in section '#who-helps': missing none, extra 'team.png'",
    ]


def test_a_duplicated_heading_id_is_reported_as_an_extra_id():
    english = "# A { #a }\n\n## B { #b }\n"
    translation = "# A { #a }\n\n## B { #b }\n\n## B again { #b }\n"
    assert any(
        "heading ids differ: missing none, extra 'b'" in problem for problem in differences(translation, english)
    )
