"""A page's structure: sections cut at headings with ids, and in each the
links, images, citations, directives, admonitions and list items, with their
lines in the file."""

from __future__ import annotations

from patient_site.content.structure import h1_title, parse_structure

PAGE = "Intro.\n\n# Care { #care }\n\nText.\n\n## Who helps { #who-helps }\n\nMore.\n"


def test_sections_are_cut_at_headings_with_ids():
    structure = parse_structure(PAGE)
    assert [(s.id, s.line) for s in structure.sections] == [("", 1), ("care", 3), ("who-helps", 7)]
    assert structure.heading_ids == ["care", "who-helps"]


def test_lines_count_from_the_first_line_of_the_body_in_its_file():
    structure = parse_structure(PAGE, first_line=5)
    assert [s.line for s in structure.sections] == [5, 7, 11]


def test_the_text_before_the_first_heading_is_the_section_without_id():
    first = parse_structure(PAGE).sections[0]
    assert (first.id, first.text) == ("", "Intro.\n\n")


def test_a_section_keeps_its_text_as_written_code_included():
    structure = parse_structure("# Care { #care }\n\nType `ls`.\n")
    assert structure.sections[1].text == "# Care { #care }\n\nType `ls`.\n"


def test_a_heading_without_an_id_is_recorded_and_stays_in_the_section_above():
    structure = parse_structure("# Care { #care }\n\n## Plain heading\n\n[Team](team.md)\n")
    assert structure.headings_without_id == [3]
    assert structure.heading_ids == ["care"]
    assert structure.sections[1].links == [("team.md", 5)]


def test_the_id_is_found_among_other_attributes():
    assert parse_structure("## Two { .wide #two data-x=1 }\n").heading_ids == ["two"]


def test_a_heading_inside_code_is_not_a_heading():
    structure = parse_structure("```\n# Not a heading { #not }\n## Nor this\n```\n")
    assert structure.heading_ids == []
    assert structure.headings_without_id == []


def test_links_are_recorded_with_their_file_line():
    body = '# Care { #care }\n\nSee [the team](team.md#who) and\n[home](index.md "Home").\n'
    assert parse_structure(body, first_line=4).sections[1].links == [("team.md#who", 6), ("index.md", 7)]


def test_links_in_the_text_before_the_first_heading_have_their_line():
    assert parse_structure("\n[Home](index.md)\n", first_line=3).sections[0].links == [("index.md", 4)]


def test_an_image_is_an_image_not_a_link():
    section = parse_structure("![A team](team.png)\n").sections[0]
    assert (section.images, section.links) == (["team.png"], [])


def test_links_and_images_inside_code_are_ignored():
    section = parse_structure("`[a](a.md)`\n\n```\n[b](b.md) ![c](c.png)\n```\n").sections[0]
    assert (section.links, section.images) == ([], [])


def test_citations_are_recorded_key_by_key_with_their_line():
    body = "# Care { #care }\n\nText [@kelley2015; @capc2015].\n\n[@smith2020]\n"
    assert parse_structure(body, first_line=3).sections[1].citations == [
        ("kelley2015", 5),
        ("capc2015", 5),
        ("smith2020", 7),
    ]


def test_directives_are_recorded_with_argument_and_line():
    section = parse_structure("[[services-table]]\n[[campus-services north]]\n", first_line=2).sections[0]
    assert section.directives == [("services-table", "", 2), ("campus-services", "north", 3)]


def test_admonitions_of_each_form_are_counted():
    body = '!!! note\n    One.\n\n??? tip "More"\n    Two.\n\n???+ warning\n    Three.\n\nNot !!! one.\n'
    assert parse_structure(body).sections[0].admonitions == 3


def test_list_items_of_each_marker_are_counted():
    body = "- a\n* b\n+ c\n1. d\n2) e\n    - nested\n\nNot -an item, nor 3.x\n"
    assert parse_structure(body).sections[0].list_items == 6


def test_each_section_counts_only_its_own_items():
    structure = parse_structure("- a\n\n# Care { #care }\n\n- b\n- c\n\n!!! note\n    x\n")
    assert [(s.list_items, s.admonitions) for s in structure.sections] == [(1, 0), (2, 1)]


# -- the page title -----------------------------------------------------------------------


def test_the_title_is_the_first_level_one_heading_without_its_id():
    assert h1_title("Intro.\n\n## Sub\n\n# Palliative care { #care }\n\n# Second\n") == "Palliative care"


def test_a_level_one_heading_inside_code_is_not_the_title():
    assert h1_title("```\n# Not the title\n```\n# The title\n") == "The title"


def test_a_page_without_a_level_one_heading_has_no_title():
    assert h1_title("## Only a sub-heading\n\nText.\n") == ""
