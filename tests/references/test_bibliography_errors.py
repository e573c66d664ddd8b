"""Bad bibliography input is reported as `bibliography.bib:LINE: message —
what to do`, on the line an author must fix, every problem at once; and the
biblatex project's hard cases load and render."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from patient_site.problems import ProblemsFound
from patient_site.references.bibliography import Bibliography, load_bibliography
from patient_site.references.style import ReferenceRenderer, Terms
from tests.support.project import terms as project_terms

FIXTURES = Path(__file__).parent / "fixtures" / "bib"
MESSAGE_FORM = re.compile(r"bibliography\.bib:\d+: \S.* — \S.*")

GOOD = """@article{kelley2015seriously,
  author       = {Kelley, A. S. and others},
  title        = {Palliative care for the seriously ill},
  journal      = {New England Journal of Medicine},
  year         = {2015},
  volume       = {373},
  pages        = {747},
}
"""

WEB_PAGE = """@online{capc2015get,
  title        = {Get palliative care},
  organization = {Center to Advance Palliative Care},
  urldate      = {2015-10-28},
}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """Every problem reported for `text` saved as bibliography.bib."""
    path = tmp_path / "bibliography.bib"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProblemsFound) as raised:
        load_bibliography(path)
    return [str(problem) for problem in raised.value.problems]


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    lines = [number for number, line in enumerate(text.splitlines(), 1) if needle in line]
    return lines[occurrence - 1]


def terms(lang: str) -> Terms:
    return project_terms(lang)


# -- syntax ------------------------------------------------------------------------------


def test_an_unclosed_brace_names_the_fields_line_not_the_end_of_the_file(tmp_path: Path):
    text = GOOD.replace("{New England Journal of Medicine},", "{New England Journal of Medicine,") + "\n" + WEB_PAGE
    assert problems(tmp_path, text) == [
        f"bibliography.bib:{line_of(text, 'journal')}: entry 'kelley2015seriously': unclosed brace in field 'journal'"
        " — add the missing '}'"
    ]


def test_an_unclosed_brace_in_the_last_entry_of_the_file_names_its_field(tmp_path: Path):
    text = WEB_PAGE + "\n" + GOOD.replace("{Palliative care for the seriously ill},", "{Palliative care for {the} seriously ill,")
    assert problems(tmp_path, text) == [
        f"bibliography.bib:{line_of(text, 'seriously ill')}: entry 'kelley2015seriously': unclosed brace in field 'title'"
        " — add the missing '}'"
    ]


def test_an_unclosed_brace_in_an_entrys_last_field_names_that_field(tmp_path: Path):
    text = GOOD.replace("  pages        = {747},\n", "  pages        = {747,\n")
    assert problems(tmp_path, text) == [
        f"bibliography.bib:{line_of(text, 'pages')}: entry 'kelley2015seriously': unclosed brace in field 'pages'"
        " — add the missing '}'"
    ]


def test_an_entry_without_its_closing_brace_names_the_entrys_line(tmp_path: Path):
    text = GOOD.replace("  pages        = {747},\n}\n", "  pages        = {747},\n") + "\n" + WEB_PAGE
    assert problems(tmp_path, text) == [
        "bibliography.bib:1: entry 'kelley2015seriously' is not closed — add '}' after field 'pages'"
    ]


def test_a_missing_comma_between_fields_names_the_line_before_it(tmp_path: Path):
    text = GOOD.replace("{Palliative care for the seriously ill},", "{Palliative care for the seriously ill}")
    assert problems(tmp_path, text) == [
        f"bibliography.bib:{line_of(text, 'title')}: entry 'kelley2015seriously': missing comma after field 'title'"
        " — add ',' at the end of its value"
    ]


def test_a_missing_comma_after_the_key_names_the_entrys_line(tmp_path: Path):
    text = WEB_PAGE + "\n" + GOOD.replace("@article{kelley2015seriously,", "@article{kelley2015seriously")
    assert problems(tmp_path, text) == [
        f"bibliography.bib:{line_of(text, '@article')}: '@article' entry has no key followed by a comma"
        " — write '@article{key,'"
    ]


def test_an_at_sign_in_a_comment_is_reported_on_its_line(tmp_path: Path):
    text = "% Questions: web-team@example.org\n\n" + GOOD
    assert problems(tmp_path, text) == [
        "bibliography.bib:1: '@' outside an entry: BibTeX reads it as the start of an entry, even in a comment"
        " — start entries on their own line and remove '@' from comments"
    ]


# -- keys, types and fields ---------------------------------------------------------------------


def test_a_duplicate_key_is_reported_on_both_lines(tmp_path: Path):
    text = GOOD + "\n" + WEB_PAGE + "\n" + GOOD
    first, second = line_of(text, "@article", 1), line_of(text, "@article", 2)
    assert problems(tmp_path, text) == [
        f"bibliography.bib:{first}: duplicate key 'kelley2015seriously' (also on line {second})"
        " — rename or remove one of the two entries",
        f"bibliography.bib:{second}: duplicate key 'kelley2015seriously' (also on line {first})"
        " — rename or remove one of the two entries",
    ]


def test_keys_differing_only_in_case_are_duplicates(tmp_path: Path):
    text = GOOD + "\n" + GOOD.replace("kelley2015seriously", "Kelley2015Seriously")
    assert [problem.split(": ")[1] for problem in problems(tmp_path, text)] == [
        "duplicate key 'kelley2015seriously' (also on line 10) — rename or remove one of the two entries",
        "duplicate key 'Kelley2015Seriously' (also on line 1) — rename or remove one of the two entries",
    ]


def test_an_unknown_entry_type_names_the_key_its_line_and_the_known_types(tmp_path: Path):
    text = WEB_PAGE + "\n" + GOOD.replace("@article", "@jounral")
    (problem,) = problems(tmp_path, text)
    assert problem.startswith(
        f"bibliography.bib:{line_of(text, '@jounral')}: entry 'kelley2015seriously': unknown entry type '@jounral'"
        " — use one of @article, @online, @book,"
    )


def test_a_missing_required_field_names_the_key_and_the_entrys_line(tmp_path: Path):
    text = WEB_PAGE + "\n" + GOOD.replace("  journal      = {New England Journal of Medicine},\n", "")
    assert problems(tmp_path, text) == [
        f"bibliography.bib:{line_of(text, '@article')}: entry 'kelley2015seriously': missing field 'journal' or"
        " 'journaltitle' — add it or change the entry type"
    ]


def test_a_missing_web_page_access_date_is_reported(tmp_path: Path):
    text = WEB_PAGE.replace("  urldate      = {2015-10-28},\n", "")
    assert problems(tmp_path, text) == [
        "bibliography.bib:1: entry 'capc2015get': missing field 'urldate' — add it or change the entry type"
    ]


def test_a_field_given_twice_is_reported_on_its_second_line(tmp_path: Path):
    text = GOOD.replace("  year         = {2015},\n", "  year         = {2015},\n  year         = {2016},\n")
    assert problems(tmp_path, text) == [
        f"bibliography.bib:{line_of(text, '2016')}: entry 'kelley2015seriously': field 'year' is given twice"
        f" (also on line {line_of(text, '2015},')}) — keep one of them"
    ]


def test_a_name_with_too_many_commas_is_reported_on_its_line(tmp_path: Path):
    text = GOOD.replace("{Kelley, A. S. and others}", "{Kelley, A. S. and\n                  Morrison, R., S., Jr.}")
    assert problems(tmp_path, text) == [
        f"bibliography.bib:{line_of(text, 'Morrison')}: entry 'kelley2015seriously': too many commas in the name"
        " 'Morrison, R., S., Jr.' in field 'author' — write 'Last, First' (or 'Last, Jr., First') and separate"
        " people with ' and '"
    ]


def test_an_undefined_string_macro_is_reported_on_its_line(tmp_path: Path):
    text = "@string{nejm = {New England Journal of Medicine}}\n\n" + GOOD.replace(
        "{New England Journal of Medicine}", "nejn"
    )
    assert problems(tmp_path, text) == [
        f"bibliography.bib:{line_of(text, 'nejn')}: entry 'kelley2015seriously': field 'journal' uses 'nejn',"
        " which no @string defines above it — add @string{nejn = {...}} before this entry, or write the value"
        " in braces: {nejn}"
    ]


def test_an_unbraced_value_that_is_not_a_number_is_reported_on_its_line(tmp_path: Path):
    text = WEB_PAGE.replace("  urldate", "  date         = 2015-10,\n  urldate")
    assert problems(tmp_path, text) == [
        "bibliography.bib:4: entry 'capc2015get': field 'date' = 2015-10 needs braces — write {2015-10}"
    ]


def test_a_crossref_to_a_missing_entry_is_reported_on_its_line(tmp_path: Path):
    text = """@incollection{chapter,
  author    = {Stern, T. A.},
  title     = {Care at the end of life},
  booktitle = {Comprehensive Clinical Psychiatry},
  year      = {2016},
  crossref  = {psychiatry2016},
}
"""
    assert problems(tmp_path, text) == [
        "bibliography.bib:6: entry 'chapter': crossref 'psychiatry2016' is not in the file"
        " — add that entry or remove the crossref"
    ]


# -- field values ----------------------------------------------------------------------------------


def test_an_unescaped_percent_is_reported_on_its_own_line(tmp_path: Path):
    text = GOOD.replace(
        "{Palliative care for the seriously ill}", "{Palliative care for the\n                  seriously ill (40% of)}"
    )
    assert problems(tmp_path, text) == [
        f"bibliography.bib:{line_of(text, '40%')}: entry 'kelley2015seriously': unescaped '%' in field 'title'"
        " cuts the rest of the field — write '\\%'"
    ]


def test_an_escaped_percent_and_a_percent_in_a_url_are_accepted(tmp_path: Path):
    text = GOOD.replace("seriously ill}", "seriously ill (40\\% of)},\n  url = {https://example.org/a%20b}")
    path = tmp_path / "bibliography.bib"
    path.write_text(text, encoding="utf-8")
    assert load_bibliography(path).keys == ["kelley2015seriously"]


@pytest.mark.parametrize("date", ["28 Oct 2015", "2015-10-32", "2015-02-30", "10/28/2015"])
def test_a_date_that_is_not_an_iso_date_is_reported_on_its_line(tmp_path: Path, date: str):
    text = GOOD + "\n" + WEB_PAGE.replace("2015-10-28", date)
    assert problems(tmp_path, text) == [
        f"bibliography.bib:{line_of(text, 'urldate')}: entry 'capc2015get': field 'urldate' = '{date}' is not a date"
        " — write YYYY-MM-DD"
    ]


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "ftp://example.org/file", "www.capc.org", "https://example.org/a\"onclick=\"x",
     "https://example.org/<script>"],
)
def test_a_url_that_is_not_a_plain_http_address_is_reported_on_its_line(tmp_path: Path, url: str):
    text = WEB_PAGE.replace("  urldate", "  url          = {" + url + "},\n  urldate")
    assert problems(tmp_path, text) == [
        "bibliography.bib:4: entry 'capc2015get': field 'url' is not an http(s) address"
        " — write a full http:// or https:// address without spaces, quotes or angle brackets"
    ]


def test_a_doi_that_is_not_a_doi_is_reported_on_its_line(tmp_path: Path):
    text = GOOD.replace("  volume", "  doi          = {javascript:alert(1)},\n  volume")
    assert problems(tmp_path, text) == [
        f"bibliography.bib:{line_of(text, 'doi')}: entry 'kelley2015seriously': field 'doi' = 'javascript:alert(1)'"
        " is not a DOI — write it as 10.NNNN/suffix"
    ]


# -- every problem at once ------------------------------------------------------------------------------


BROKEN = GOOD.replace("{2015}", "{2015}\n  note = {first}") + "\n" + WEB_PAGE.replace("@online", "@webpage") + "\n" + GOOD


def test_every_problem_of_a_file_is_reported_together_in_line_order(tmp_path: Path):
    reported = [problem.split(" — ")[0] for problem in problems(tmp_path, BROKEN)]
    assert reported == [
        "bibliography.bib:1: duplicate key 'kelley2015seriously' (also on line 17)",
        "bibliography.bib:5: entry 'kelley2015seriously': missing comma after field 'year'",
        "bibliography.bib:11: entry 'capc2015get': unknown entry type '@webpage'",
        "bibliography.bib:17: duplicate key 'kelley2015seriously' (also on line 1)",
    ]


def test_every_message_says_file_line_what_and_what_to_do(tmp_path: Path):
    assert all(MESSAGE_FORM.fullmatch(problem) for problem in problems(tmp_path, BROKEN))


def test_the_exception_lists_one_problem_per_line(tmp_path: Path):
    path = tmp_path / "bibliography.bib"
    path.write_text(BROKEN, encoding="utf-8")
    with pytest.raises(ProblemsFound) as raised:
        load_bibliography(path)
    assert str(raised.value).splitlines() == [str(problem) for problem in raised.value.problems]


def test_messages_use_the_display_path_when_given(tmp_path: Path):
    path = tmp_path / "refs.bib"
    path.write_text(WEB_PAGE.replace("@online", "@webpage"), encoding="utf-8")
    with pytest.raises(ProblemsFound, match=r"^docs/refs\.bib:1: entry 'capc2015get': unknown entry type"):
        load_bibliography(path, display_path="docs/refs.bib")


def test_a_file_that_is_not_utf8_is_reported(tmp_path: Path):
    path = tmp_path / "bibliography.bib"
    path.write_bytes(GOOD.replace("Kelley", "K\xe9lley").encode("latin-1"))
    with pytest.raises(ProblemsFound, match=r"^bibliography\.bib:2: byte 0xe9 at column 20 is not UTF-8 — save the file as UTF-8"):
        load_bibliography(path)


# -- the biblatex project's hard cases ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def biblatex() -> Bibliography:
    return load_bibliography(FIXTURES / "biblatex-excerpt.bib")


@pytest.fixture(scope="module")
def rendered(biblatex: Bibliography) -> ReferenceRenderer:
    return ReferenceRenderer(biblatex.data.entries, terms)


def test_the_biblatex_excerpt_loads_with_every_entry_and_its_line(biblatex: Bibliography):
    assert biblatex.lines == {
        "westfahl:space": 9, "aksin": 24, "angenendt": 38, "bertram": 53, "westfahl:frontier": 68, "ctan": 83,
    }


def test_string_macros_are_expanded(rendered: ReferenceRenderer):
    assert "J.\xa0Organomet. Chem. 2006;691(13):3027." in rendered.text("aksin", "en")


def test_a_long_author_list_with_latex_accents_gives_the_first_author_and_et_al(rendered: ReferenceRenderer):
    assert rendered.text("aksin", "en").startswith(
        "Aksın Ö, et al. Effect of immobilization on catalytic characteristics of saturated Pd-N-heterocyclic"
        " carbenes in Mizoroki-Heck reactions."
    )


def test_accents_and_dashes_in_titles_and_journals_are_decoded(rendered: ReferenceRenderer):
    assert rendered.text("angenendt", "en") == (
        "Angenendt A. In Honore Salvatoris\xa0– Vom Sinn und Unsinn der Patrozinienkunde."
        " Revue d'Histoire Ecclésiastique. 2002;97:431."
    )


def test_a_crossref_child_takes_its_book_from_the_parent(rendered: ReferenceRenderer):
    assert rendered.text("westfahl:space", "en") == (
        "Westfahl G. The True Frontier: Confronting and Avoiding the Realities of Space in American Science Fiction"
        " Films. Space and Beyond: The Frontier Theme in Science Fiction. Westport, Conn. and London: Greenwood; 2000."
    )


def test_a_collection_is_listed_under_its_editor(rendered: ReferenceRenderer):
    assert rendered.text("westfahl:frontier", "en").startswith("Westfahl G, ed. Space and Beyond: The Frontier")


def test_a_biblatex_web_page_gives_subtitle_access_date_and_link(rendered: ReferenceRenderer):
    assert rendered.html("ctan", "en") == (
        'CTAN: The Comprehensive TeX Archive Network. Accessed Oct. 1, 2006. <a href="http://www.ctan.org">'
        "http://www.ctan.org</a>"
    )


def test_a_german_entry_is_marked_german_on_other_language_pages(rendered: ReferenceRenderer):
    assert rendered.html("angenendt", "ar").startswith('<bdi lang="de"')


@pytest.mark.parametrize("lang", ["en", "es", "ar", "zh"])
def test_every_biblatex_entry_renders_in_every_language_without_latex_left(
    biblatex: Bibliography, rendered: ReferenceRenderer, lang: str
):
    for key in biblatex.keys:
        html = rendered.html(key, lang)
        assert html and not re.search(r"[\\{}]", html), (key, html)


def test_biblatex_types_the_style_does_not_format_get_the_unknown_type_error():
    with pytest.raises(ProblemsFound) as raised:
        load_bibliography(FIXTURES / "biblatex-unsupported.bib", display_path="bibliography.bib")
    reported = [(problem.line, problem.message.split(" — ")[0]) for problem in raised.value.problems]
    assert reported == [
        (5, "entry 'stdmodel': unknown entry type '@set'"),
        (11, "entry 'knuth:ct': unknown entry type '@mvbook'"),
        (26, "entry 'salam': unknown entry type '@inproceedings'"),
        (41, "entry 'kowalik': unknown entry type '@patent'"),
        (57, "entry 'loh': unknown entry type '@thesis'"),
    ]
