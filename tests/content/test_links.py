"""Internal links: every target page and anchor exists, named with the
file and line of the link and what to do."""

from __future__ import annotations

import re

from patient_site.content.links import check_links
from patient_site.content.structure import parse_structure


def check(files: dict[str, str], assets=(), pages=None) -> list[str]:
    structures = {src: parse_structure(text) for src, text in files.items()}
    english_of = {src: re.sub(r"\.(es|ar)\.md$", ".md", src) for src in files}
    return [str(problem) for problem in check_links(structures, english_of, assets, pages)]


TEAM = "# Team { #team }\n\n## Who helps { #who }\n"


def test_links_to_existing_pages_and_anchors_pass():
    files = {
        "index.md": "# Home { #home }\n\n[Team](team/work.md#who) and [here](#home).\n",
        "team/work.md": "# Work { #work }\n\n## Who { #who }\n\n[Home](../index.md)\n",
    }
    assert check(files) == []


def test_a_link_to_a_missing_page_is_reported_with_its_line():
    assert check({"index.md": "# Home { #home }\n\nSee [care](care.md).\n"}) == [
        "docs/index.md:3: link to 'care.md': there is no page docs/care.md — correct the path (relative to this file) or remove the link"
    ]


def test_a_link_is_resolved_relative_to_its_file():
    assert check({"index.md": "# Home\n", "team/work.md": "[Home](index.md)\n"}) == [
        "docs/team/work.md:1: link to 'index.md': there is no page docs/team/index.md — correct the path (relative to this file) or remove the link"
    ]


def test_an_anchor_that_does_not_exist_is_reported_with_the_ids_of_the_page():
    files = {"index.md": "# Home { #home }\n\n[Team](team.md#what)\n", "team.md": TEAM}
    assert check(files) == [
        "docs/index.md:3: link to 'team.md#what': docs/team.md has no heading with id 'what' — use one of: team, who"
    ]


def test_an_anchor_on_the_same_page_that_does_not_exist_is_reported():
    assert check({"index.md": "# Home { #home }\n\n[Up](#top)\n"}) == [
        "docs/index.md:3: link to '#top': this page has no heading with id 'top' — use one of its heading ids"
    ]


def test_an_absolute_link_is_refused():
    assert check({"index.md": "[Care](/care.md)\n", "care.md": "# Care\n"}) == [
        "docs/index.md:1: link to '/care.md' is absolute — write it relative to this file so the site works under any path"
    ]


def test_a_link_to_a_file_that_is_not_a_page_is_reported():
    assert check({"index.md": "[Care](care.html)\n"}) == [
        "docs/index.md:1: link to 'care.html': no such file — link to the page's .md file, relative to this file"
    ]


def test_a_link_to_an_asset_is_accepted():
    files = {"team/work.md": "[Handout](../handouts/care.pdf)\n"}
    assert check(files, assets=["handouts/care.pdf"]) == []


def test_external_mail_and_hospital_links_are_not_checked():
    text = "[a](https://example.org/x.md) [b](mailto:care@example.org) [c](hospital-link:appointments) [d](//cdn.example.org/x)\n"
    assert check({"index.md": text}) == []


def test_a_translation_links_to_english_page_names():
    files = {
        "index.md": "# Home { #home }\n",
        "team/work.md": "# Work { #work }\n",
        "team/work.es.md": "# Trabajo { #work }\n\n[Inicio](../index.md#home) [Arriba](#work)\n",
    }
    assert check(files) == []


def test_a_broken_link_in_a_translation_is_reported_at_the_translation():
    files = {"team/work.md": "# Work { #work }\n", "team/work.es.md": "# Trabajo { #work }\n\n[Inicio](../inicio.md)\n"}
    assert check(files) == [
        "docs/team/work.es.md:3: link to '../inicio.md': there is no page docs/inicio.md — correct the path (relative to this file) or remove the link"
    ]


def test_a_page_with_broken_front_matter_is_still_a_link_target():
    # care.md could not be parsed, so it has no structure, but it is a page
    files = {"index.md": "[Care](care.md) [Part](care.md#part)\n"}
    assert check(files, pages=["index.md", "care.md"]) == []


def test_a_page_with_citations_has_a_references_section():
    files = {
        "care.md": "# Care { #care }\n\nIt helps [@kelley2015].\n\n[Sources](#references)\n",
        "index.md": "[Sources](care.md#references)\n",
    }
    assert check(files) == []


def test_a_page_without_citations_has_no_references_section():
    files = {"index.md": "[Sources](team.md#references)\n", "team.md": TEAM}
    assert check(files) == [
        "docs/index.md:1: link to 'team.md#references': docs/team.md has no heading with id 'references' — use one of: team, who"
    ]


def test_a_percent_encoded_path_names_the_file():
    assert check({"index.md": "[Plan](care%20plan.md)\n", "care plan.md": "# Plan\n"}) == []
