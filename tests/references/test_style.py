"""The reference style: the seed's lines exactly, every entry type, the
author rule, four languages, edition labels, and hostile field values."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

import pytest
from pybtex.database import Entry, parse_string

from patient_site.references import style as bibstyle
from patient_site.references.bibliography import load_bibliography
from patient_site.references.style import HtmlBackend, PatientStyle, ReferenceRenderer, Terms, TextBackend, language_tag
from tests.support.project import interface_text
from tests.support.project import terms as project_terms

PROJECT_DIR = Path(__file__).resolve().parents[2]
SEED_LINES = (Path(__file__).parent / "fixtures" / "seed-references.txt").read_text(encoding="utf-8").splitlines()
SEED_BIBLIOGRAPHY = load_bibliography(PROJECT_DIR / "bibliography.bib")


def terms(lang: str) -> Terms:
    """The words of `lang`, from translations/ui/<lang>.yml, as the build makes them."""
    return project_terms(lang)


def entry(bib: str) -> Entry:
    return next(iter(parse_string(bib, "bibtex").entries.values()))


def as_text(bib: str, lang: str = "en") -> str:
    return PatientStyle(terms(lang)).format_entry("1", entry(bib)).text.render(TextBackend())


def as_html(bib: str, lang: str = "en") -> str:
    return PatientStyle(terms(lang)).format_entry("1", entry(bib)).text.render(HtmlBackend())


def lang_only(html: str) -> str:
    """`<bdi lang="en" …>` reduced to `<bdi lang="en">`, to read the grouping."""
    return re.sub(r'<bdi lang="([^"]*)"[^>]*>', r'<bdi lang="\1">', html)


def start_tags(html: str) -> list[str]:
    return re.findall(r"<[^/][^>]*>", html)


WELL_FORMED_TAG = re.compile(r'<(a|bdi)(\s+(href|lang|dir)="[^"<>]*")*>')

ARTICLE = """@article{smith2020,
  author = {Smith, John},
  title = {Pain in older adults},
  journal = {Journal of Palliative Medicine},
  year = {2020},
  volume = {23},
  number = {4},
  pages = {512--520},
}"""

ONLINE = """@online{capc,
  title = {Get palliative care},
  organization = {Center to Advance Palliative Care},
  urldate = {2015-10-28},
}"""


# -- the seed ------------------------------------------------------------------


def test_the_seed_bibliography_has_the_13_references_in_the_seed_order():
    assert len(SEED_BIBLIOGRAPHY.keys) == len(SEED_LINES) == 13


@pytest.mark.parametrize("number", range(1, 14))
def test_each_seed_reference_reads_exactly_as_on_the_hospital_page(number: int):
    renderer = ReferenceRenderer(SEED_BIBLIOGRAPHY.data.entries, terms)
    key = SEED_BIBLIOGRAPHY.keys[number - 1]
    assert renderer.text(key, "en") == SEED_LINES[number - 1]


def test_the_seed_references_in_english_html_are_the_seed_lines_escaped():
    renderer = ReferenceRenderer(SEED_BIBLIOGRAPHY.data.entries, terms)
    html = [renderer.html(key, "en") for key in SEED_BIBLIOGRAPHY.keys]
    assert html == [escape(line, quote=False) for line in SEED_LINES]


# -- articles -------------------------------------------------------------------


def test_an_article_gives_year_volume_issue_and_first_page():
    assert as_text(ARTICLE) == "Smith J. Pain in older adults. Journal of Palliative Medicine. 2020;23(4):512."


def test_an_article_without_an_issue_gives_year_volume_and_first_page():
    bib = ARTICLE.replace("  number = {4},\n", "")
    assert as_text(bib).endswith("Journal of Palliative Medicine. 2020;23:512.")


def test_an_article_without_a_volume_gives_year_and_page():
    bib = ARTICLE.replace("  volume = {23},\n", "").replace("  number = {4},\n", "")
    assert as_text(bib).endswith("Journal of Palliative Medicine. 2020:512.")


def test_an_article_without_pages_ends_with_its_volume():
    bib = ARTICLE.replace("  pages = {512--520},\n", "")
    assert as_text(bib).endswith("Journal of Palliative Medicine. 2020;23(4).")


@pytest.mark.parametrize("pages", ["747--755", "747-755", "747–755", "747 -- 755", "747"])
def test_a_page_range_is_cited_by_its_first_page(pages: str):
    bib = ARTICLE.replace("512--520", pages)
    assert as_text(bib).endswith(";23(4):747.")


def test_a_title_ending_with_a_question_mark_gets_no_extra_period():
    bib = ARTICLE.replace("Pain in older adults", "Is pain undertreated?")
    assert "Smith J. Is pain undertreated? Journal" in as_text(bib)


def test_an_article_with_biblatex_field_names_reads_like_a_bibtex_one():
    bib = ARTICLE.replace("journal =", "journaltitle =").replace("year = {2020}", "date = {2020-03}")
    assert as_text(bib) == as_text(ARTICLE)


def test_a_subtitle_follows_the_title_after_a_colon():
    bib = ARTICLE.replace("  year", "  subtitle = {A review},\n  year")
    assert "Smith J. Pain in older adults: A review. Journal" in as_text(bib)


# -- web pages --------------------------------------------------------------------


def test_a_web_page_gives_title_organization_and_access_date():
    assert as_text(ONLINE) == "Get palliative care. Center to Advance Palliative Care. Accessed Oct. 28, 2015."


def test_a_web_page_without_organization_gives_title_and_access_date():
    bib = ONLINE.replace("  organization = {Center to Advance Palliative Care},\n", "")
    assert as_text(bib) == "Get palliative care. Accessed Oct. 28, 2015."


def test_a_web_page_with_an_author_starts_with_the_author():
    bib = ONLINE.replace("  title", "  author = {Tomasz, R. O.},\n  title")
    assert as_text(bib) == "Tomasz RO. Get palliative care. Center to Advance Palliative Care. Accessed Oct. 28, 2015."


def test_a_web_page_url_is_printed_and_linked():
    bib = ONLINE.replace("  urldate", "  url = {https://www.capc.org/},\n  urldate")
    assert as_text(bib).endswith("Accessed Oct. 28, 2015. https://www.capc.org/")
    assert as_html(bib).endswith('<a href="https://www.capc.org/">https://www.capc.org/</a>')


@pytest.mark.parametrize(
    ("month", "written"),
    [
        ("01", "Jan."), ("02", "Feb."), ("03", "March"), ("04", "April"), ("05", "May"), ("06", "June"),
        ("07", "July"), ("08", "Aug."), ("09", "Sept."), ("10", "Oct."), ("11", "Nov."), ("12", "Dec."),
    ],
)
def test_access_dates_use_associated_press_months(month: str, written: str):
    bib = ONLINE.replace("2015-10-28", f"2015-{month}-05")
    assert as_text(bib).endswith(f"Accessed {written} 5, 2015.")


# -- books, chapters, manuals ------------------------------------------------------

BOOK = """@book{b,
  author = {Stern, T. A.},
  title = {Comprehensive Clinical Psychiatry},
  edition = {2},
  address = {Philadelphia, Pa.},
  publisher = {Saunders Elsevier},
  year = {2016},
}"""


def test_a_book_gives_edition_city_publisher_and_year():
    assert as_text(BOOK) == "Stern TA. Comprehensive Clinical Psychiatry. 2nd ed. Philadelphia, Pa.: Saunders Elsevier; 2016."


def test_a_book_without_place_or_edition_gives_its_year():
    bib = re.sub(r"  (edition|address|publisher) = .*\n", "", BOOK)
    assert as_text(bib) == "Stern TA. Comprehensive Clinical Psychiatry. 2016."


def test_a_book_with_biblatex_location_and_date_reads_like_a_bibtex_one():
    bib = BOOK.replace("address =", "location =").replace("year = {2016}", "date = {2016-05-01}")
    assert as_text(bib) == as_text(BOOK)


def test_a_book_with_only_editors_names_them_as_editors():
    bib = BOOK.replace("author = {Stern, T. A.}", "editor = {Stern, T. A. and Fava, M.}")
    assert as_text(bib).startswith("Stern TA, et al., ed. Comprehensive Clinical Psychiatry.")


def test_a_collection_is_an_edited_book():
    bib = BOOK.replace("@book", "@collection").replace("author =", "editor =")
    assert as_text(bib).startswith("Stern TA, ed. Comprehensive Clinical Psychiatry. 2nd ed.")


def test_a_manual_by_an_organization_starts_with_the_organization():
    bib = """@manual{m,
  organization = {AskMayoExpert},
  title = {Palliative care and end-of-life hospice},
  address = {Rochester, Minn.},
  publisher = {Mayo Foundation for Medical Education and Research},
  year = {2015},
}"""
    assert as_text(bib) == (
        "AskMayoExpert. Palliative care and end-of-life hospice. "
        "Rochester, Minn.: Mayo Foundation for Medical Education and Research; 2015."
    )


def test_a_chapter_gives_its_book_after_its_own_title():
    bib = """@incollection{c,
  author = {Stern, T. A. and others},
  title = {Psychiatric aspects of care at the end of life},
  booktitle = {Comprehensive Clinical Psychiatry},
  edition = {2},
  address = {Philadelphia, Pa.},
  publisher = {Saunders Elsevier},
  year = {2016},
  urldate = {2015-10-28},
}"""
    assert as_text(bib) == (
        "Stern TA, et al. Psychiatric aspects of care at the end of life. Comprehensive Clinical Psychiatry. "
        "2nd ed. Philadelphia, Pa.: Saunders Elsevier; 2016. Accessed Oct. 28, 2015."
    )


# -- internal documents and expert opinion ----------------------------------------

INTERNAL = """@unpublished{u,
  author = {Brown, A. Y.},
  title = {Allscripts EPSi},
  institution = {Mayo Clinic},
  address = {Rochester, Minn.},
  date = {2015-10-30},
}"""

OPINION = """@misc{o,
  author = {Strand, J. J.},
  howpublished = {expert opinion},
  institution = {Mayo Clinic},
  address = {Rochester, Minn.},
  date = {2015-12-08},
}"""


def test_an_internal_document_gives_institution_place_and_date():
    assert as_text(INTERNAL) == "Brown AY. Allscripts EPSi. Mayo Clinic, Rochester, Minn. Oct. 30, 2015."


def test_an_expert_opinion_without_title_names_the_expert():
    assert as_text(OPINION) == "Strand JJ (expert opinion). Mayo Clinic, Rochester, Minn. Dec. 8, 2015."


def test_an_expert_opinion_with_a_title_gives_the_title_then_the_kind():
    bib = OPINION.replace("  howpublished", "  title = {Goals of care},\n  howpublished")
    assert as_text(bib) == "Strand JJ. Goals of care. expert opinion. Mayo Clinic, Rochester, Minn. Dec. 8, 2015."


def test_a_type_the_style_does_not_know_is_refused_by_name():
    with pytest.raises(ValueError, match=r"entry 'p': the style cannot format type '@patent'"):
        as_text("@patent{p, author = {Smith, J.}, title = {T}, year = {2020}}")


# -- authors ---------------------------------------------------------------------------


def authors(value: str) -> str:
    return as_text(ARTICLE.replace("{Smith, John}", "{" + value + "}")).split(" Pain in older adults")[0]


def test_one_author_is_written_as_surname_and_initials():
    assert authors("Brown, A. Y.") == "Brown AY."


def test_two_authors_are_the_first_one_and_et_al():
    assert authors("Smith, John and Doe, Jane") == "Smith J, et al."


def test_and_others_is_et_al():
    assert authors("Kamal, A. F. and others") == "Kamal AF, et al."


def test_a_braced_corporate_author_is_kept_as_written():
    assert authors("{National Consensus Project for Quality Palliative Care}") == (
        "National Consensus Project for Quality Palliative Care."
    )


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        (r"M{\"u}ller, J{\"u}rgen", "Müller J."),
        (r"Garc{\'\i}a, Ana", "García A."),
        (r"Fran\c{c}ois, \'{E}mile", "François É."),
        (r"Aks{\i}n, {\"O}zge", "Aksın Ö."),
    ],
)
def test_latex_accents_in_names_are_decoded(written: str, shown: str):
    assert authors(written) == shown


def test_a_von_part_stays_before_the_surname():
    assert authors("van der Berg, Anna") == "van der Berg A."


def test_a_von_part_is_found_in_first_last_order_too():
    assert authors("Ludwig van Beethoven") == "van Beethoven L."


@pytest.mark.parametrize("given", ["Jean-Paul", "J.-P.", "Jean-P."])
def test_a_hyphenated_first_name_gives_both_initials(given: str):
    assert authors(f"Sartre, {given}") == "Sartre JP."


def test_middle_names_give_initials_without_periods():
    assert authors("Wordingham, Sara Elizabeth") == "Wordingham SE."


def test_a_generational_suffix_follows_the_initials():
    assert authors("King, Jr., Martin Luther") == "King ML Jr."


def test_a_name_split_over_lines_in_braces_has_no_stray_space():
    assert authors("{\n   \\c{C}}etinkaya, Bekir") == "Çetinkaya B."


# -- LaTeX in titles --------------------------------------------------------------------------


def test_latex_accents_and_escapes_in_a_title_are_decoded():
    bib = ARTICLE.replace("Pain in older adults", r"Caf{\'e} care for 50\% of {HIV} patients \& families")
    assert "Smith J. Café care for 50% of HIV patients & families. Journal" in as_text(bib)


def test_font_commands_in_a_title_keep_only_their_text():
    bib = ARTICLE.replace("Pain in older adults", r"\emph{Clostridium difficile} in \textsc{icu} care")
    assert "Smith J. Clostridium difficile in icu care. Journal" in as_text(bib)


def test_a_braced_group_broken_over_lines_leaves_one_space():
    bib = ARTICLE.replace("Pain in older adults", "Effect of saturated {\n   Pd-N}-heterocyclic carbenes")
    assert "Effect of saturated Pd-N-heterocyclic carbenes." in as_text(bib)


# -- editions ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "ordinal"),
    [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"), (21, "21st"),
     (22, "22nd"), (101, "101st"), (111, "111th")],
)
def test_english_edition_ordinals(number: int, ordinal: str):
    assert terms("en").ordinal(number) == ordinal


def test_a_numeric_edition_is_written_as_an_ordinal():
    assert " 3rd ed. " in as_text(BOOK.replace("edition = {2}", "edition = {3}"))


def test_spanish_editions_use_the_feminine_ordinal_indicator():
    assert " 3.ª ed. " in as_text(BOOK.replace("edition = {2}", "edition = {3}"), "es")


@pytest.mark.parametrize("lang", ["ar", "zh"])
def test_arabic_and_chinese_editions_use_the_label_of_the_language_file(lang: str):
    expected = interface_text().message(lang, "edition", n="3")
    assert f" {expected} " in as_text(BOOK.replace("edition = {2}", "edition = {3}"), lang)


@pytest.mark.parametrize("edition", ["Second", "2nd", "Rev. ed"])
def test_a_non_numeric_edition_is_kept_as_written(edition: str):
    assert f" {edition} ed. " in as_text(BOOK.replace("edition = {2}", "edition = {" + edition + "}"))


# -- languages ------------------------------------------------------------------------------------------


def test_spanish_localizes_the_access_date():
    assert as_text(ONLINE, "es") == (
        "Get palliative care. Center to Advance Palliative Care. Consultado el 28 de octubre de 2015."
    )


def test_arabic_localizes_the_access_date_with_the_wording_of_its_language_file():
    expected = interface_text().message("ar", "accessed", date="28 أكتوبر 2015")
    assert as_text(ONLINE, "ar").endswith(f"Center to Advance Palliative Care. {expected}")


def test_chinese_localizes_the_access_date_with_the_wording_of_its_language_file():
    expected = interface_text().message("zh", "accessed", date="2015年10月28日")
    assert as_text(ONLINE, "zh").endswith(f"Center to Advance Palliative Care. {expected}")


def test_spanish_localizes_an_internal_documents_date():
    assert as_text(INTERNAL, "es").endswith("Mayo Clinic, Rochester, Minn. 30 de octubre de 2015.")


def test_spanish_localizes_expert_opinion():
    assert as_text(OPINION, "es").startswith("Strand JJ (opinión de experto).")


@pytest.mark.parametrize("lang", ["es", "ar", "zh"])
def test_authors_et_al_titles_and_journals_stay_as_written(lang: str):
    bib = ARTICLE.replace("{Smith, John}", "{Smith, John and Doe, Jane}")
    assert as_text(bib, lang) == as_text(bib, "en")


def test_spanish_html_groups_each_kept_as_written_run_in_one_english_span():
    assert lang_only(as_html(ONLINE, "es")) == (
        '<bdi lang="en">Get palliative care. Center to Advance Palliative Care.</bdi> Consultado el 28 de octubre de 2015.'
    )


def test_arabic_html_isolates_publisher_and_year_apart_from_the_edition_label():
    html = lang_only(as_html(BOOK, "ar"))
    edition = interface_text().message("ar", "edition", n="2")
    assert html == (
        f'<bdi lang="en">Stern TA. Comprehensive Clinical Psychiatry.</bdi> {edition} '
        '<bdi lang="en">Philadelphia, Pa.: Saunders Elsevier; 2016.</bdi>'
    )


def test_arabic_html_marks_the_english_runs_left_to_right():
    assert all('dir="ltr"' in tag for tag in start_tags(as_html(ONLINE, "ar")))


def test_chinese_html_leaves_the_localized_date_outside_the_english_span():
    html = lang_only(as_html(INTERNAL, "zh"))
    assert html.startswith('<bdi lang="en">Brown AY. Allscripts EPSi. Mayo Clinic, Rochester, Minn.</bdi> 2015年10月30日')


def test_english_html_has_no_language_spans():
    assert "<bdi" not in as_html(ONLINE, "en")


def test_an_entrys_langid_names_the_language_of_its_span():
    bib = ARTICLE.replace("  year", "  langid = {german},\n  year")
    assert lang_only(as_html(bib, "es")).startswith('<bdi lang="de">Smith J.')


@pytest.mark.parametrize(
    ("langid", "tag"),
    [("", "en"), ("english", "en"), ("american", "en-US"), ("ngerman", "de"), ("French", "fr"),
     ("pt-BR", "pt-BR"), ("klingon", "und"), ('"><script>', "und")],
)
def test_babel_language_names_become_html_language_tags(langid: str, tag: str):
    assert language_tag(langid) == tag


# -- hostile input -------------------------------------------------------------------------------------------


def test_markup_in_a_title_is_escaped():
    html = as_html(ARTICLE.replace("Pain in older adults", "<script>alert(1)</script>"))
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_markup_hidden_in_latex_braces_is_escaped():
    html = as_html(ARTICLE.replace("Pain in older adults", "{<}script{>}alert(1){<}/script{>}"))
    assert "<script" not in html


def test_an_ampersand_in_a_journal_is_escaped():
    assert "Journal of Pain &amp; Symptom Management." in as_html(ARTICLE.replace("of Palliative Medicine", "of Pain & Symptom Management"))


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "data:text/html,x"])
def test_a_url_that_is_not_http_is_never_linked(url: str):
    html = as_html(ONLINE.replace("  urldate", "  url = {" + url + "},\n  urldate"))
    assert "javascript:" not in html.lower()
    assert "<a " not in html


def test_a_url_with_a_quote_never_reaches_the_html():
    url = 'https://example.org/a"onmouseover="alert(1)'
    html = as_html(ONLINE.replace("  urldate", "  url = {" + url + "},\n  urldate"))
    assert "onmouseover" not in html
    assert all(WELL_FORMED_TAG.fullmatch(tag) for tag in start_tags(html))


def test_a_doi_with_markup_is_percent_encoded_in_a_quoted_attribute():
    html = as_html(ARTICLE.replace("  year", '  doi = {10.1000/x"><script>alert(1)</script>},\n  year'))
    assert "<script" not in html
    assert '<a href="https://doi.org/10.1000/x%22%3E%3Cscript%3Ealert(1)%3C/script%3E">' in html
    assert all(WELL_FORMED_TAG.fullmatch(tag) for tag in start_tags(html))


def test_a_doi_field_holding_javascript_is_never_linked():
    html = as_html(ARTICLE.replace("  year", "  doi = {javascript:alert(1)},\n  year"))
    assert "javascript:" not in html
    assert "<a " not in html


def test_hostile_fields_stay_escaped_in_every_language():
    bib = ONLINE.replace("Get palliative care", "<img src=x onerror=alert(1)>").replace(
        "  urldate", "  url = {javascript:alert(1)},\n  urldate"
    )
    for lang in ("en", "es", "ar", "zh"):
        html = as_html(bib, lang)
        assert "<img" not in html and "javascript:" not in html
        assert all(WELL_FORMED_TAG.fullmatch(tag) for tag in start_tags(html))


# -- DOIs -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "doi", ["10.1056/NEJMra1404684", "doi:10.1056/NEJMra1404684", "https://doi.org/10.1056/NEJMra1404684",
            "http://dx.doi.org/10.1056/NEJMra1404684"],
)
def test_a_doi_links_to_doi_org(doi: str):
    html = as_html(ARTICLE.replace("  year", "  doi = {" + doi + "},\n  year"))
    link = "https://doi.org/10.1056/NEJMra1404684"
    assert html.endswith(f'2020;23(4):512. <a href="{link}">{link}</a>')


def test_a_doi_is_preferred_to_a_url():
    bib = ARTICLE.replace("  year", "  doi = {10.1056/x},\n  url = {https://example.org/},\n  year")
    assert as_text(bib).endswith(":512. https://doi.org/10.1056/x")


# -- rendering once ---------------------------------------------------------------------------------------------


def test_the_renderer_formats_each_entry_once_per_language(monkeypatch: pytest.MonkeyPatch):
    calls: list[tuple[str, str]] = []
    original = PatientStyle.format_entry

    def counting(self: PatientStyle, label: str, entry: Entry, bib_data: object = None):  # type: ignore[no-untyped-def]
        calls.append((entry.key, self.terms.lang))
        return original(self, label, entry, bib_data)

    monkeypatch.setattr(PatientStyle, "format_entry", counting)
    renderer = ReferenceRenderer(SEED_BIBLIOGRAPHY.data.entries, terms)
    for _ in range(3):
        for lang in ("en", "es"):
            renderer.html("capc2015get", lang)
            renderer.text("capc2015get", lang)
    assert sorted(calls) == [("capc2015get", "en"), ("capc2015get", "es")]


def test_the_renderer_reuses_one_html_backend(monkeypatch: pytest.MonkeyPatch):
    made: list[HtmlBackend] = []

    class CountingBackend(HtmlBackend):
        def __init__(self) -> None:
            super().__init__()
            made.append(self)

    monkeypatch.setattr(bibstyle, "HtmlBackend", CountingBackend)
    renderer = ReferenceRenderer(SEED_BIBLIOGRAPHY.data.entries, terms)
    for lang in ("en", "es", "ar", "zh"):
        for key in SEED_BIBLIOGRAPHY.keys:
            renderer.html(key, lang)
    assert len(made) == 1
