"""Every bad input is found before any page is rendered, each reported once
with its file, line and what to do — on tiny trees, checked in-process by
the same function the build command runs first."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from patient_site.build.site import check_project
from patient_site.translations.inventory import source_hash
from tests.support.project import PROJECT_DIR
from tests.support.trees import write_site

HOME = """\
---
last_reviewed: 2017-08-15
---

# Palliative care { #home }

Palliative care helps you and your family. [@capc2015get]

See [the team](team.md).
"""
TEAM = """\
---
last_reviewed: 2017-08-15
---

# Our team { #team }

The team works with you. Back [home](index.md).
"""


def translation(english: str, body: str, **fields: str) -> str:
    meta = {"last_reviewed": "2017-08-15", "translation": "draft", "source_hash": source_hash(english), **fields}
    front = "".join(f"{key}: {value}\n" for key, value in meta.items())
    return f"---\n{front}---\n\n{body}"


HOME_ES = translation(HOME, "# Cuidados paliativos { #home }\n\nLe ayudan. [@capc2015get]\n\nVea [el equipo](team.md).\n")
TEAM_ES = translation(TEAM, "# Nuestro equipo { #team }\n\nEl equipo trabaja con usted. Volver al [inicio](index.md).\n")
GOOD = {"docs/index.md": HOME, "docs/team.md": TEAM, "docs/index.es.md": HOME_ES, "docs/team.es.md": TEAM_ES}


def problems(tmp_path: Path, files: dict[str, str], **config: object) -> list[str]:
    config_file = write_site(tmp_path / "site", {**GOOD, **files}, **config)
    return [str(problem) for problem in check_project(config_file).problems]


def test_the_good_tree_has_no_problem(tmp_path):
    assert problems(tmp_path, {}) == []


def test_an_unknown_citation_key_only_in_a_translation_is_one_message(tmp_path):
    body = "# Cuidados paliativos { #home }\n\nLe ayudan. [@zhmissing2020]\n\nVea [el equipo](team.md).\n"
    assert problems(tmp_path, {"docs/index.es.md": translation(HOME, body)}) == [
        "docs/index.es.md:9: unknown citation key 'zhmissing2020' — add it to bibliography.bib or correct the key"
    ]


def test_a_date_that_is_not_a_date_in_a_translation_names_its_own_line(tmp_path):
    page = translation(TEAM, "# Nuestro equipo { #team }\n\nTexto. Volver al [inicio](index.md).\n", last_reviewed="not-a-date")
    assert problems(tmp_path, {"docs/team.es.md": page}) == [
        "docs/team.es.md:2: last_reviewed 'not-a-date' is not a date — write YYYY-MM-DD"
    ]


def test_an_unknown_translation_status_names_its_own_line(tmp_path):
    page = translation(TEAM, "# Nuestro equipo { #team }\n\nTexto. Volver al [inicio](index.md).\n", translation="done")
    assert problems(tmp_path, {"docs/team.es.md": page}) == [
        "docs/team.es.md:3: unknown translation status 'done' — use one of untranslated, draft, reviewed"
    ]


def test_an_unclosed_quote_is_reported_at_its_line_and_breaks_no_other_page(tmp_path):
    broken = '---\ndescription: "Our team\nlast_reviewed: 2017-08-15\n---\n\n# Our team { #team }\n'
    assert problems(tmp_path, {"docs/team.md": broken}) == [
        "docs/team.md:2: front matter: the quotation mark opened on this line is never closed — add the closing quote"
    ]


def test_a_page_that_is_not_utf8_names_the_file_line_and_column(tmp_path):
    root = tmp_path / "site"
    write_site(root, GOOD)
    (root / "docs" / "team.es.md").write_bytes(TEAM_ES.replace("Volver", "Volvér").encode("latin-1"))
    found = [str(problem) for problem in check_project(root / "mkdocs.yml").problems]
    line = TEAM_ES.splitlines().index(next(line for line in TEAM_ES.splitlines() if "Volver" in line)) + 1
    column = next(line for line in TEAM_ES.splitlines() if "Volver" in line).index("Volver") + 5
    assert found == [
        f"docs/team.es.md:{line}: byte 0xe9 at column {column} is not UTF-8 — "
        "save the file as UTF-8 (in most editors: Save with Encoding → UTF-8)"
    ]


def test_an_empty_bibliography_says_it_is_empty(tmp_path):
    assert problems(tmp_path, {"bibliography.bib": ""}) == [
        "bibliography.bib:1: the file is empty — add the references the pages cite (one @type{key, …} entry each)"
    ]


def test_a_bibliography_with_only_comments_has_no_entries(tmp_path):
    assert problems(tmp_path, {"bibliography.bib": "% nothing yet\n"}) == [
        "bibliography.bib:1: the file has no entries — add the references the pages cite (one @type{key, …} entry each)"
    ]


def test_a_broken_bibliography_entry_is_reported_once_and_its_citations_are_not_unknown(tmp_path):
    broken = "@online{capc2015get,\n  title = {Get palliative care,\n  urldate = {2015-10-28},\n}\n"
    found = problems(tmp_path, {"bibliography.bib": broken})
    assert len(found) == 1 and found[0].startswith("bibliography.bib:"), found
    assert "unknown citation key" not in found[0]


def test_a_broken_link_names_file_and_line(tmp_path):
    page = HOME.replace("See [the team](team.md).", "See [the team](staff.md).")
    assert problems(tmp_path, {"docs/index.md": page}) == [
        "docs/index.md:9: link to 'staff.md': there is no page docs/staff.md — correct the path (relative to this file) or remove the link"
    ]


def test_an_orphaned_translation_is_refused(tmp_path):
    assert problems(tmp_path, {"docs/nursing.es.md": "# Enfermería { #nursing }\n"}) == [
        "docs/nursing.es.md:1: translation of 'docs/nursing.md', which does not exist — rename it after its English page or delete it"
    ]


def test_an_unknown_directive_and_an_unknown_hospital_link_are_both_reported(tmp_path):
    page = HOME.replace("See [the team](team.md).", "[[campus-map]]\n\n[Book](hospital-link:book) or see [the team](team.md).")
    assert problems(tmp_path, {"docs/index.md": page}) == [
        "docs/index.md:9: unknown directive '[[campus-map]]' — use one of [[bibliography]], [[campus-services]], "
        "[[campus-services-table]], [[handouts]]",
        "docs/index.md:11: unknown hospital link 'book' — use one of appointments "
        "(mkdocs.yml, hospital_links of the patient-site plugin)",
    ]


def interface_text_without(tmp_path: Path, key: str, *langs: str) -> Path:
    """A copy of the project's interface text with `key` removed from `langs`."""
    ui = tmp_path / "ui"
    shutil.copytree(PROJECT_DIR / "translations" / "ui", ui)
    for lang in langs:
        path = ui / f"{lang}.yml"
        path.write_text("".join(line for line in path.read_text(encoding="utf-8").splitlines(True) if not line.startswith(f"{key}:")), encoding="utf-8")
    return ui


def test_interface_text_missing_a_message_names_the_file(tmp_path):
    ui = interface_text_without(tmp_path, "handout_scan", "es")
    assert problems(tmp_path, {}, plugin={"interface_text": str(ui)}) == [
        f"{ui}/es.yml:1: no message 'handout_scan' — add it (see {ui}/en.yml)"
    ]


def test_a_message_the_site_uses_must_be_in_the_reference_language(tmp_path):
    # Without it, the reviewed notice would print nothing (a template's missing key is empty).
    ui = interface_text_without(tmp_path, "translation_reviewed", "en", "es")
    assert problems(tmp_path, {}, plugin={"interface_text": str(ui)}) == [
        f"{ui}/en.yml:1: no message 'translation_reviewed' — the pages and handouts use it; add it"
    ]


@pytest.mark.parametrize(
    ("links", "message"),
    [
        ({"appointments": "javascript:alert(1)"}, "hospital_links.appointments: 'javascript:alert(1)' is not an http(s) address"),
        ({"appointments": "www.example.org"}, "hospital_links.appointments: 'www.example.org' is not an http(s) address"),
    ],
)
def test_a_hospital_link_that_is_not_an_address_names_mkdocs_yml_and_its_line(tmp_path, links, message):
    config_file = write_site(tmp_path / "site", GOOD, plugin={"hospital_links": links})
    found = [str(problem) for problem in check_project(config_file).problems]
    line = next(n for n, text in enumerate(config_file.read_text().splitlines(), 1) if text.strip().startswith("appointments:"))
    assert len(found) == 1 and found[0].startswith(f"mkdocs.yml:{line}: "), found
    assert message in found[0]


def test_an_unclosed_brace_in_the_bibliography_names_the_entry_and_field(tmp_path):
    broken = (
        "@article{kelley2015seriously,\n  author = {Kelley, Amy S.},\n  title = {Palliative care for the seriously ill},\n"
        "  journal = {New England Journal of Medicine,\n  year = {2015},\n}\n"
    )
    found = problems(tmp_path, {"bibliography.bib": broken, "docs/index.md": HOME.replace("capc2015get", "kelley2015seriously")})
    assert found == ["bibliography.bib:4: entry 'kelley2015seriously': unclosed brace in field 'journal' — add the missing '}'"]


def test_front_matter_that_is_not_yaml_is_reported_not_rendered(tmp_path):
    page = TEAM_ES.replace("translation: draft", "translation: [draft")
    assert problems(tmp_path, {"docs/team.es.md": page}) == [
        "docs/team.es.md:3: front matter: the '[' opened on this line is never closed — add the closing ']'"
    ]
