"""The services-by-campus data: which service the source places where, in
three states (this campus / no campus named / not stated),
checked with each problem at its line, and rendered as the overview table
and each campus's list."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from patient_site.content.directives import DirectiveError
from patient_site.pages.campus_data import (
    NO_CAMPUS_NAMED,
    NOT_STATED,
    THIS_CAMPUS,
    Campus,
    CampusServices,
    load_campus_services,
)
from patient_site.problems import ProblemsFound

DISPLAY = "docs/_data/campus-services.yml"
LANGUAGES = ("en", "es")

DATA = """\
campuses:
  - id: arizona
    page: campuses/arizona.md
    organization: Mayo Clinic
    places: [{city: Phoenix, state: Arizona}]
    name: {en: Arizona, es: Arizona}
  - id: florida
    page: campuses/florida.md
    name: {en: Florida, es: Florida}
services:
  - id: hospital
    page: services/hospital.md
    name: {en: Hospital care, es: Atención hospitalaria}
    stated: {arizona: this-campus, florida: no-campus-named}
  - id: outpatient
    page: services/outpatient.md
    name: {en: Outpatient care, es: Atención ambulatoria}
    stated: {arizona: this-campus}
"""

# The interface text the Markdown takes its words from (tiny, so each cell
# can be recognised).
TEXT = {
    "services_by_campus_caption": "Servicios por sede",
    "service_column": "Servicio",
    "status_this_campus": "Aquí",
    "status_no_campus_named": "En Mayo Clinic",
    "status_not_stated": "No consta",
    "not_stated_note": "«No consta» no quiere decir que no se ofrezca.",
    "campus_services_intro": "En esta sede:",
    "campus_services_unnamed_intro": "En Mayo Clinic, sin sede:",
    "campus_services_none": "La fuente no nombra servicios aquí.",
    "see_all_campuses": "Comparar sedes",
}


def load(tmp_path: Path, text: str, languages: tuple[str, ...] = LANGUAGES) -> CampusServices:
    path = tmp_path / "campus-services.yml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_campus_services(path, languages)


def problems(tmp_path: Path, text: str, languages: tuple[str, ...] = LANGUAGES) -> list[str]:
    with pytest.raises(ProblemsFound) as raised:
        load(tmp_path, text, languages)
    return [str(problem) for problem in raised.value.problems]


# -- loading ---------------------------------------------------------------


def test_campuses_are_read_with_their_names_page_and_facts(tmp_path):
    data = load(tmp_path, DATA)
    assert data.campuses[0] == Campus(
        "arizona", "campuses/arizona.md", {"en": "Arizona", "es": "Arizona"}, "Mayo Clinic", (("Phoenix", "Arizona"),)
    )
    assert data.campuses[1] == Campus("florida", "campuses/florida.md", {"en": "Florida", "es": "Florida"})


def test_services_are_read_in_the_files_order(tmp_path):
    data = load(tmp_path, DATA)
    assert [(s.id, s.page, s.name["es"]) for s in data.services] == [
        ("hospital", "services/hospital.md", "Atención hospitalaria"),
        ("outpatient", "services/outpatient.md", "Atención ambulatoria"),
    ]


def test_a_service_the_source_names_at_a_campus_is_there(tmp_path):
    hospital = load(tmp_path, DATA).services[0]
    assert hospital.state_at("arizona") == THIS_CAMPUS


def test_a_service_the_source_places_at_no_named_campus_is_no_campus_named(tmp_path):
    hospital = load(tmp_path, DATA).services[0]
    assert hospital.state_at("florida") == NO_CAMPUS_NAMED


def test_a_campus_the_source_is_silent_about_is_not_stated(tmp_path):
    outpatient = load(tmp_path, DATA).services[1]
    assert outpatient.state_at("florida") == NOT_STATED


def test_a_campus_is_found_by_its_page(tmp_path):
    data = load(tmp_path, DATA)
    assert data.campus_of_page("campuses/florida.md") is data.campuses[1]
    assert data.campus_of_page("services/hospital.md") is None


def test_an_unknown_campus_id_names_the_known_ones(tmp_path):
    with pytest.raises(DirectiveError) as raised:
        load(tmp_path, DATA).campus("texas")
    assert str(raised.value) == "unknown campus 'texas' — use one of arizona, florida"


# -- problems, each at its line ---------------------------------------------------


def test_a_service_at_an_unknown_campus_is_reported_at_the_services_line(tmp_path):
    text = DATA.replace("florida: no-campus-named}", "texas: no-campus-named}")
    assert problems(tmp_path, text) == [
        f"{DISPLAY}:11: service 'hospital' names unknown campus 'texas' — use one of arizona, florida"
    ]


def test_an_unknown_state_is_reported_with_the_states_allowed(tmp_path):
    text = DATA.replace("{arizona: this-campus}", "{arizona: offered}")
    assert problems(tmp_path, text) == [
        f"{DISPLAY}:15: service 'outpatient' at 'arizona': unknown state 'offered' — use one of this-campus, no-campus-named"
    ]


def test_a_name_missing_in_a_language_is_reported_at_its_entry(tmp_path):
    text = DATA.replace("name: {en: Outpatient care, es: Atención ambulatoria}", "name: {en: Outpatient care}")
    assert problems(tmp_path, text) == [f"{DISPLAY}:15: 'outpatient' has no name in es — add name.es"]


def test_a_campus_name_missing_in_several_languages_names_them_all(tmp_path):
    assert problems(tmp_path, DATA, ("en", "es", "ar", "zh")) == [
        f"{DISPLAY}:2: 'arizona' has no name in ar, zh — add name.ar",
        f"{DISPLAY}:7: 'florida' has no name in ar, zh — add name.ar",
        f"{DISPLAY}:11: 'hospital' has no name in ar, zh — add name.ar",
        f"{DISPLAY}:15: 'outpatient' has no name in ar, zh — add name.ar",
    ]


def test_a_campus_without_a_page_is_reported_at_its_line(tmp_path):
    text = DATA.replace("    page: campuses/florida.md\n", "")
    assert problems(tmp_path, text) == [
        f"{DISPLAY}:7: a campus without page — add them",
        # The campus left out, the service placed there names an unknown campus.
        f"{DISPLAY}:10: service 'hospital' names unknown campus 'florida' — use one of arizona",
    ]


def test_a_service_without_page_and_name_names_both(tmp_path):
    text = DATA.replace(
        "    page: services/outpatient.md\n    name: {en: Outpatient care, es: Atención ambulatoria}\n", ""
    )
    assert problems(tmp_path, text) == [f"{DISPLAY}:15: a service without page, name — add them"]


