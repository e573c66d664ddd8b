"""Rendering handouts: a failure names the page and language and leaves no
PDF; links work on paper; page numbers and paper size follow the reader."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from patient_site.handouts import documents as handouts
from patient_site.handouts import rendering as handouts_build
from tests.support.project import interface_text


def read(path: Path) -> pypdf.PdfReader:
    return pypdf.PdfReader(path)



def _source(body: str, lang: str = "es") -> handouts.HandoutSource:
    return handouts.HandoutSource(
        page="services/hospital.md",
        lang=lang,
        text_lang=lang,
        title="Prueba",
        body_html=body,
        url=f"{lang}/services/hospital/",
        site_name="Cuidados paliativos",
        site_url="https://palliative-care.example.org/",
        file_prefix="palliative-care",  # the project's handout_prefix (mkdocs.yml)
    )


def _build(tmp_path: Path, sources: list[handouts.HandoutSource], paper: str = "letter") -> list[str]:
    """The problems of rendering `sources` (one worker, in this process)."""
    _results, problems = handouts_build.build_handouts(tmp_path / "site", sources, "en", interface_text(), paper, workers=1)
    return [str(problem) for problem in problems]


def test_a_glyph_no_font_can_draw_fails_the_build(tmp_path):
    problems = _build(tmp_path, [_source("<h1>Prueba</h1><p>Texto \U000f0000 con un carácter privado.</p>")])
    # The page's handout, and the Spanish booklet that holds the page.
    assert [p.split(": ")[0] for p in problems] == ["docs/services/hospital.md:1", "es/palliative-care-booklet-es.pdf:1"]
    assert "the handout in 'es': .notdef glyph rendered" in problems[0]
    assert "the booklet in 'es': .notdef glyph rendered" in problems[1]
    assert not list((tmp_path / "site").rglob("*hospital-es.pdf"))


def test_a_missing_font_fails_the_build(tmp_path, monkeypatch):
    monkeypatch.setitem(handouts_build.FONTS, "es", ("No Such Font Family",))
    handouts_build.missing_fonts.cache_clear()
    try:
        problems = _build(tmp_path, [_source("<h1>Prueba</h1><p>Texto.</p>")])
    finally:
        handouts_build.missing_fonts.cache_clear()
    assert problems == [
        "docs/services/hospital.md:1: the handout in 'es': font 'No Such Font Family' is not installed — run `bash scripts/setup.sh build`",
        "es/palliative-care-booklet-es.pdf:1: the booklet in 'es': font 'No Such Font Family' is not installed — run `bash scripts/setup.sh build`",
    ]


def test_a_handout_never_fetches_from_the_network(tmp_path):
    problems = _build(tmp_path, [_source('<h1>Prueba</h1><img src="https://tracker.example.com/pixel.png" alt="">')])
    assert problems and problems[0].startswith("docs/services/hospital.md:1: the handout in 'es':")
    assert all("not fetched (handouts use no network): https://tracker.example.com/pixel.png" in p for p in problems)


def test_relative_links_become_web_addresses_on_paper():
    html = handouts.absolute_links(
        '<a href="../outpatient/">x</a> <a href="#ref-a">1</a> <a href="https://a.example/">y</a>',
        "es/services/hospital/",
        "https://palliative-care.example.org/",
    )
    assert 'href="https://palliative-care.example.org/es/services/outpatient/"' in html
    assert 'href="#ref-a"' in html and 'href="https://a.example/"' in html


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", '"Page " counter(page) " of " counter(pages)'),
    ("zh", '"第 " counter(page) " 页，共 " counter(pages) " 页"'),
])
def test_page_numbers_are_worded_in_the_handout_language(lang, expected):
    assert handouts.page_counter_css(interface_text().messages(lang)) == expected


def test_a4_paper_can_be_chosen(tmp_path):
    assert _build(tmp_path, [_source("<h1>Prueba</h1><p>Texto.</p>")], paper="a4") == []
    pdf = next((tmp_path / "site").rglob("*hospital-es.pdf"))
    box = read(pdf).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


# -- plan_jobs: what is rendered, before any PDF ----------------------------------


def _plan(tmp_path: Path) -> list[handouts_build.Job]:
    sources = [
        _source("<h1>Prueba</h1>"),
        handouts.HandoutSource(
            page="index.md", lang="es", text_lang="es", title="Inicio", body_html="<h1>Inicio</h1>" + "<p>Texto largo.</p>" * 50,
            url="es/", site_name="Cuidados paliativos", site_url="https://palliative-care.example.org/",
            file_prefix="palliative-care",
        ),
        handouts.HandoutSource(
            page="index.md", lang="en", text_lang="en", title="Home", body_html="<h1>Home</h1>",
            url="", site_name="Palliative care", site_url="https://palliative-care.example.org/",
            file_prefix="palliative-care",
        ),
    ]
    return handouts_build.plan_jobs(tmp_path / "site", sources, "en", interface_text(), "letter")


def test_plan_jobs_makes_one_handout_per_source_and_one_booklet_per_language(tmp_path):
    assert sorted(job.label for job in _plan(tmp_path)) == [
        "booklet (en)",
        "booklet (es)",
        "docs/index.md (en)",
        "docs/index.md (es)",
        "docs/services/hospital.md (es)",
    ]


def test_plan_jobs_names_each_booklet_by_its_file(tmp_path):
    booklets = {job.lang: job for job in _plan(tmp_path) if job.label.startswith("booklet")}
    assert booklets["es"].source == "es/palliative-care-booklet-es.pdf"
    assert booklets["en"].source == "palliative-care-booklet-en.pdf"
    assert booklets["es"].output == str(tmp_path / "site" / "es" / "palliative-care-booklet-es.pdf")
    assert booklets["en"].output == str(tmp_path / "site" / "palliative-care-booklet-en.pdf")


def test_plan_jobs_names_each_handout_by_its_page_and_stores_it_beside_the_page(tmp_path):
    job = next(job for job in _plan(tmp_path) if job.label == "docs/services/hospital.md (es)")
    assert job.source == "docs/services/hospital.md"
    assert job.output == str(tmp_path / "site" / "es" / "services" / "hospital" / "palliative-care-services-hospital-es.pdf")
    assert job.base_url == "https://palliative-care.example.org/es/services/hospital/"
    assert '<html lang="es" dir="ltr">' in job.html


def test_plan_jobs_puts_the_longest_documents_first(tmp_path):
    lengths = [len(job.html) for job in _plan(tmp_path)]
    assert lengths == sorted(lengths, reverse=True)
    assert _plan(tmp_path)[0].label == "booklet (es)"  # both Spanish pages, the long one included
