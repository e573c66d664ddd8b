"""A page's Markdown with everything the site adds: the hospital's calls to
action, the generated blocks ([[bibliography]], [[handouts]],
[[campus-services x]], [[campus-services-table]]), citations numbered with
the References section, and each problem returned with its line."""

from __future__ import annotations

import dataclasses

import pytest
from pybtex.database import parse_string

from patient_site.pages.campus_data import Campus, CampusServices, Service
from patient_site.pages.page_markdown import PageInfo, SiteData, expand_markdown
from patient_site.references.style import ReferenceRenderer
from tests.support.project import terms
from tests.support.trees import BIBLIOGRAPHY as TREE_BIBLIOGRAPHY

BIBLIOGRAPHY = parse_string(TREE_BIBLIOGRAPHY, "bibtex")  # the tiny trees' references
RENDERER = ReferenceRenderer(BIBLIOGRAPHY.entries, terms)
CAMPUSES = CampusServices(
    campuses=(
        Campus("arizona", "campuses/arizona.md", {"en": "Arizona", "es": "Arizona"}),
        Campus("florida", "campuses/florida.md", {"en": "Florida", "es": "Florida"}),
    ),
    services=(
        Service("hospital", "services/hospital.md", {"en": "Hospital care", "es": "Atención hospitalaria"}, (("arizona", "this-campus"),)),
    ),
)
DATA = SiteData(
    hospital_links={"appointments": "https://example.org/appointments", "patient-stories": ""},
    renderer=RENDERER,
    bibliography_keys=("kelley2015seriously", "capc2015get"),
    campus_data=CAMPUSES,
    titles={
        ("index.md", "en"): "Home",
        ("index.md", "es"): "Inicio",
        ("services/hospital.md", "en"): "Hospital care",
        ("services/hospital.md", "es"): "Atención hospitalaria",
    },
    default_lang="en",
    handout_prefix="palliative-care",
    handouts_built=True,
    translated={"index.md": {"es"}},
)
# The text language's interface text (tiny: each word can be recognised).
MESSAGES = {
    "references_heading": "Referencias",
    "back_to_text": "Volver al texto",
    "citation_label": "Referencia {n}",
    "booklet_link": "Todo en un folleto (PDF)",
    "handout_file_type": "(PDF)",
    "large_print_link": "Letra grande",
    "bilingual_link": "Bilingüe",
    "no_bilingual": "Sin edición bilingüe.",
    "services_by_campus_caption": "Servicios por sede",
    "service_column": "Servicio",
    "status_this_campus": "Aquí",
    "status_no_campus_named": "En Mayo Clinic",
    "status_not_stated": "No consta",
    "not_stated_note": "Nota.",
    "campus_services_intro": "En esta sede:",
    "campus_services_unnamed_intro": "En Mayo Clinic, sin sede:",
    "campus_services_none": "Ninguno nombrado.",
    "see_all_campuses": "Comparar sedes",
}
SPANISH_PAGE = PageInfo("campuses/arizona.md", "es", "es", "es/campuses/arizona/")


def expand(markdown: str, page: PageInfo = SPANISH_PAGE) -> tuple[str, list[tuple[int, str]]]:
    return expand_markdown(markdown, page, DATA, MESSAGES)


def expanded(markdown: str, page: PageInfo = SPANISH_PAGE) -> str:
    text, problems = expand(markdown, page)
    assert problems == []
    return text


# -- the hospital's calls to action ----------------------------------------------


def test_a_call_to_action_with_an_address_links_to_it():
    assert expanded("[Pida una cita](hospital-link:appointments).\n") == "[Pida una cita](https://example.org/appointments).\n"


def test_a_call_to_action_without_an_address_yet_is_plain_text():
    assert expanded("[Historias de pacientes](hospital-link:patient-stories)\n") == "Historias de pacientes\n"


def test_an_unknown_hospital_link_is_reported_at_its_line():
    _, problems = expand("# Título\n\n[Visite](hospital-link:visit)\n")
    assert problems == [
        (3, "unknown hospital link 'visit' — use one of appointments, patient-stories (mkdocs.yml, hospital_links of the patient-site plugin)")
    ]


# -- generated blocks ---------------------------------------------------------------


def test_an_unknown_directive_is_reported_at_its_line_with_the_directives_known():
    _, problems = expand("# Título\n\n[[campus-list]]\n")
    assert problems == [
        (3, "unknown directive '[[campus-list]]' — use one of [[bibliography]], [[campus-services]], [[campus-services-table]], [[handouts]]")
    ]


def test_a_campus_list_for_an_unknown_campus_is_reported_at_its_line():
    _, problems = expand("Intro.\n[[campus-services texas]]\n")
    assert problems == [(2, "[[campus-services texas]]: unknown campus 'texas' — use one of arizona, florida")]


def test_every_problem_of_a_page_is_returned_at_once():
    _, problems = expand("[Visite](hospital-link:visit)\n\n[[campus-list]]\n")
    assert [line for line, _message in problems] == [1, 3]


def test_an_unknown_citation_key_is_reported_at_its_line():
    _, problems = expand("# Título\n\nVer [@kelley2015seriously; @nobody2020].\n")
    assert problems == [(3, "unknown citation key 'nobody2020' — add it to the bibliography or correct the key")]


def test_a_page_with_problems_gets_no_references_section():
    text, problems = expand("Ver [@kelley2015seriously].\n\n[[campus-list]]\n")
    assert problems
    assert "## Referencias" not in text


def test_the_bibliography_lists_every_entry_in_the_given_order_in_the_texts_language():
    assert expanded("[[bibliography]]\n") == (
        '<ol class="references">\n'
        f'<li id="ref-kelley2015seriously">{RENDERER.html("kelley2015seriously", "es")}</li>\n'
        f'<li id="ref-capc2015get">{RENDERER.html("capc2015get", "es")}</li>\n'
        "</ol>\n"
    )


def test_the_bibliography_of_an_english_text_is_formatted_in_english():
    english = PageInfo("references.md", "en", "en", "references/")
    assert RENDERER.html("capc2015get", "en") in expanded("[[bibliography]]\n", english)
    assert RENDERER.html("capc2015get", "en") != RENDERER.html("capc2015get", "es")


def test_the_handouts_list_gives_the_readers_pdfs_and_booklet_relative_to_the_page():
    page = PageInfo("handouts.md", "es", "es", "es/handouts/")
    assert expanded("[[handouts]]\n", page) == (
        '<p><a href="../palliative-care-booklet-es.pdf">Todo en un folleto (PDF)</a></p>\n\n'
        '<ul class="handouts">\n'
        '<li><a href="../palliative-care-home-es.pdf">Inicio</a> (PDF)'
        ' · <a href="../palliative-care-home-es-large-print.pdf">Letra grande</a>'
        ' · <a href="../palliative-care-home-en-es.pdf">Bilingüe</a></li>\n'
        '<li><a href="../services/hospital/palliative-care-services-hospital-es.pdf">Atención hospitalaria</a> (PDF)'
        ' · <a href="../services/hospital/palliative-care-services-hospital-es-large-print.pdf">Letra grande</a>'
        ' · <span class="no-bilingual">Sin edición bilingüe.</span></li>\n'
        "</ul>\n"
    )


def test_a_build_without_handouts_says_so_instead_of_linking_to_missing_pdfs():
    page = PageInfo("handouts.md", "es", "es", "es/handouts/")
    data = dataclasses.replace(DATA, handouts_built=False)
    markdown, problems = expand_markdown("[[handouts]]\n", page, data, {**MESSAGES, "handouts_not_built": "Sin hojas en esta versión."})
    assert (markdown, problems) == ('<p class="handouts-not-built">Sin hojas en esta versión.</p>\n', [])


def test_the_handouts_list_on_a_fallback_page_still_lists_the_readers_language():
    page = PageInfo("handouts.md", "en", "es", "es/handouts/")
    text = expanded("[[handouts]]\n", page)
    assert "../palliative-care-home-es.pdf" in text and ">Inicio<" in text
    assert "-en.pdf" not in text


def test_a_campus_list_gives_the_services_the_source_names_there():
    assert expanded("[[campus-services arizona]]\n") == (
        "En esta sede:\n\n- [Atención hospitalaria](../services/hospital.md)\n\n"
        "[Comparar sedes](index.md#services-by-campus)\n"
    )


def test_the_campus_table_has_a_row_per_service_in_the_texts_language():
    page = PageInfo("campuses/index.md", "en", "en", "campuses/")
    assert expanded("[[campus-services-table]]\n", page) == (
        "Servicios por sede\n\n"
        "| Servicio | [Arizona](arizona.md) | [Florida](florida.md) |\n"
        "|---|---|---|\n"
        "| [Hospital care](../services/hospital.md) | Aquí | No consta |\n\n"
        "Nota.\n"
    )


# -- citations -----------------------------------------------------------------------


def test_citations_are_numbered_and_the_page_ends_with_its_references():
    text = expanded("La atención ayuda [@kelley2015seriously]. Vea [@capc2015get; @kelley2015seriously].\n")
    assert text == (
        'La atención ayuda <sup class="citation"><a href="#ref-kelley2015seriously" id="cite-kelley2015seriously" '
        'aria-label="Referencia 1">1</a></sup>. Vea <sup class="citation"><a href="#ref-capc2015get" id="cite-capc2015get" '
        'aria-label="Referencia 2">2</a>,<a href="#ref-kelley2015seriously" aria-label="Referencia 1">1</a></sup>.'
        "\n\n## Referencias { #references }\n\n"
        '<ol class="references">\n'
        f'<li id="ref-kelley2015seriously" value="1">{RENDERER.html("kelley2015seriously", "es")} '
        '<a class="citation-back" href="#cite-kelley2015seriously" aria-label="Volver al texto">↩</a></li>\n'
        f'<li id="ref-capc2015get" value="2">{RENDERER.html("capc2015get", "es")} '
        '<a class="citation-back" href="#cite-capc2015get" aria-label="Volver al texto">↩</a></li>\n'
        "</ol>\n"
    )


def test_a_page_without_citations_gets_no_references_section():
    assert expanded("# Título\n\nSin fuentes.\n") == "# Título\n\nSin fuentes.\n"


@pytest.mark.parametrize("markdown", ["`[[bibliography]]`\n", "```\n[[campus-list]]\n```\n"])
def test_a_directive_written_as_code_is_left_as_written(markdown):
    assert expanded(markdown) == markdown
