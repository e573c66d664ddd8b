"""Rendering handouts on a tiny set of pages: every edition is planned, a PDF
that lost text or cannot be drawn fails the build naming the page, language
and edition, a kept PDF is never stale, and the QR code decodes to the page.

PDFs here are real (WeasyPrint), read back with pypdf, poppler and zbar."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from patient_site.handouts import documents, rendering
from patient_site.handouts.documents import HandoutSource, PrintSettings
from patient_site.pages.handout_files import BILINGUAL, BOOKLET, LARGE_PRINT, STANDARD
from patient_site.pages.status import Notice
from tests.support.project import interface_text

SITE = "https://palliative-care.example.org/"
SETTINGS = PrintSettings("letter", {"zh": "zh-Hans"}, {"en": "English", "es": "Español", "ar": "العربية", "zh": "简体中文"})


def source(lang: str = "es", body: str = "<h1>Prueba</h1><p>Texto.</p>", page: str = "services/hospital.md", **fields) -> HandoutSource:
    values = {
        "text_lang": lang,
        "title": "Prueba",
        "body_html": body,
        "url": ("" if lang == "en" else f"{lang}/") + page[: -len(".md")] + "/",
        "site_name": "Cuidados paliativos",
        "site_url": SITE,
        "file_prefix": "palliative-care",
        **fields,
    }
    return HandoutSource(page=page, lang=lang, **values)


def build(tmp_path: Path, sources: list[HandoutSource], settings: PrintSettings = SETTINGS, cache: str = "cache"):  # type: ignore[no-untyped-def]
    """(results, problems as text) of rendering `sources` (one worker, here)."""
    results, problems = rendering.build_handouts(
        tmp_path / "site", sources, "en", interface_text(), settings, tmp_path / cache, workers=1
    )
    return results, [str(problem) for problem in problems]


def pdf_of(tmp_path: Path, name: str) -> bytes:
    return next((tmp_path / "site").rglob(name)).read_bytes()


# -- what is planned -------------------------------------------------------------------------


def plan(tmp_path: Path, sources: list[HandoutSource]) -> list[rendering.Job]:
    return rendering.plan_jobs(tmp_path / "site", sources, "en", interface_text(), SETTINGS)


def test_every_page_gets_its_handout_and_large_print_and_a_translation_its_bilingual_edition(tmp_path):
    jobs = plan(tmp_path, [source("en"), source("es"), source("ar", text_lang="en")])
    assert sorted((job.lang, job.edition, job.output) for job in jobs) == [
        ("ar", BOOKLET, "ar/palliative-care-booklet-ar.pdf"),
        ("ar", LARGE_PRINT, "ar/services/hospital/palliative-care-services-hospital-ar-large-print.pdf"),
        ("ar", STANDARD, "ar/services/hospital/palliative-care-services-hospital-ar.pdf"),
        ("en", BOOKLET, "palliative-care-booklet-en.pdf"),
        ("en", LARGE_PRINT, "services/hospital/palliative-care-services-hospital-en-large-print.pdf"),
        ("en", STANDARD, "services/hospital/palliative-care-services-hospital-en.pdf"),
        ("es", BILINGUAL, "es/services/hospital/palliative-care-services-hospital-en-es.pdf"),
        ("es", BOOKLET, "es/palliative-care-booklet-es.pdf"),
        ("es", LARGE_PRINT, "es/services/hospital/palliative-care-services-hospital-es-large-print.pdf"),
        ("es", STANDARD, "es/services/hospital/palliative-care-services-hospital-es.pdf"),
    ], "the Arabic page is English text (not translated): no bilingual edition"


def test_a_job_names_its_page_or_booklet_and_its_edition(tmp_path):
    jobs = {(job.lang, job.edition): job for job in plan(tmp_path, [source("en"), source("es")])}
    assert jobs["es", LARGE_PRINT].label == "docs/services/hospital.md (es, large-print)"
    assert jobs["es", BOOKLET].source == "es/palliative-care-booklet-es.pdf"
    assert jobs["es", STANDARD].base_url == f"{SITE}es/services/hospital/"


def test_the_longest_documents_are_rendered_first_and_every_key_differs(tmp_path):
    jobs = plan(tmp_path, [source("en"), source("es", "<h1>Inicio</h1>" + "<p>Texto largo.</p>" * 50, page="index.md"), source("es")])
    assert [len(job.html) for job in jobs] == sorted((len(job.html) for job in jobs), reverse=True)
    assert len({job.key for job in jobs}) == len(jobs)


# -- a PDF that cannot be whole fails the build -----------------------------------------------


def test_a_glyph_no_font_can_draw_fails_the_build_and_leaves_no_pdf(tmp_path):
    _results, problems = build(tmp_path, [source(body="<h1>Prueba</h1><p>Texto \U000f0000 con un carácter privado.</p>")])
    assert [p.split(": ")[0] for p in problems] == ["docs/services/hospital.md:1"] * 2 + ["es/palliative-care-booklet-es.pdf:1"]
    assert any("the large-print handout in 'es': .notdef glyph rendered" in p for p in problems)
    assert any("the standard handout in 'es': .notdef glyph rendered" in p for p in problems)
    assert "the booklet in 'es': .notdef glyph rendered" in problems[2]
    assert not list((tmp_path / "site").rglob("*.pdf"))


def test_a_missing_font_fails_the_build(tmp_path, monkeypatch):
    monkeypatch.setitem(rendering.FONTS, "es", ("No Such Font Family",))
    _results, problems = build(tmp_path, [source()])
    assert problems[0] == (
        "docs/services/hospital.md:1: the large-print handout in 'es': font 'No Such Font Family' is not installed"
        " — run `bash scripts/setup.sh build`"
    )
    assert len(problems) == 3


def test_a_handout_never_fetches_from_the_network(tmp_path):
    _results, problems = build(tmp_path, [source(body='<h1>Prueba</h1><img src="https://tracker.example.com/pixel.png" alt="">')])
    assert problems and all("not fetched (handouts use no network): https://tracker.example.com/pixel.png" in p for p in problems)


def test_a4_paper_can_be_chosen(tmp_path):
    _results, problems = build(tmp_path, [source()], PrintSettings("a4"))
    assert problems == []
    box = pypdf.PdfReader(next((tmp_path / "site").rglob("*hospital-es.pdf"))).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


# -- hard content: nothing may be cut off, in any language ---------------------------------------

WORDS = {"en": "Palliative", "es": "Paliativos", "ar": "التلطيفية", "zh": "姑息治疗"}


def hard_cases(lang: str) -> dict[str, str]:
    """Content that used to be cut off; each case holds its own marker word."""
    word = WORDS[lang]
    columns = "".join(f"<th>{word} heading{i}</th>" for i in range(6))
    cells = "".join(f"<td>Tablecell{i}{'q' * 30} {word} {word}</td>" for i in range(6))
    return {
        "long word": f"<p>{word} Longword{'z' * 1900}</p>",
        "web address": f'<p><a href="https://www.example.org/{"path/" * 30}">https://www.example.org/Webaddress{"/path" * 30}</a></p>',
        "wide table": f"<table><thead><tr>{columns}</tr></thead><tbody><tr>{cells}</tr></tbody></table>",
        "nested lists": f"<ul><li>{word}<ul><li>Nested {word} {word} {word}<ol><li>Deepitem {' '.join([word] * 12)}</li></ol></li></ul></li></ul>",
        "right-to-left with Latin": f'<p dir="rtl" lang="ar">الرعاية التلطيفية في Mayo Clinic Rochester Minnesota Latinrun{"w" * 60} مايو كلينك</p>',
    }


MARKERS = {"long word": "longword", "web address": "webaddress", "wide table": "tablecell", "nested lists": "deepitem", "right-to-left with Latin": "latinrun"}
# The print template's protections taken away: no wrapping inside the page's text.
UNPROTECTED = "<style>.part * { white-space: nowrap !important; overflow-wrap: normal !important; } .part table { table-layout: auto !important; width: auto !important; }</style></head>"


def job_for(tmp_path: Path, lang: str, body: str, edition: str = STANDARD) -> rendering.Job:
    jobs = plan(tmp_path, [source(lang, f"<h1>{WORDS[lang]}</h1>" + body, title=WORDS[lang])])
    return next(job for job in jobs if job.edition == edition)


@pytest.mark.parametrize("edition", [STANDARD, LARGE_PRINT])
@pytest.mark.parametrize("lang", ["en", "es", "ar", "zh"])
def test_hard_content_is_printed_whole(tmp_path, lang, edition):
    pdf, error = rendering.render_pdf(job_for(tmp_path, lang, "".join(hard_cases(lang).values()), edition))
    assert error == "" and pdf


@pytest.mark.parametrize("case", list(MARKERS))
@pytest.mark.parametrize("lang", ["en", "es", "ar", "zh"])
def test_text_cut_off_fails_naming_what_was_lost(tmp_path, lang, case):
    job = job_for(tmp_path, lang, hard_cases(lang)[case])
    broken = rendering.Job(**{**job.__dict__, "html": job.html.replace("</head>", UNPROTECTED, 1)})
    pdf, error = rendering.render_pdf(broken)
    assert pdf is None
    assert "reach beyond the page's content area (page 1: '" in error
    assert MARKERS[case] in error.lower()


def test_a_failure_in_the_build_names_page_language_edition_and_what_was_lost(tmp_path, monkeypatch):
    template = tmp_path / "templates"
    shutil.copytree(documents.TEMPLATES, template)
    html = (template / "handout.html").read_text(encoding="utf-8")
    (template / "handout.html").write_text(html.replace("</style>", UNPROTECTED.replace("<style>", "").replace("</head>", ""), 1), encoding="utf-8")
    monkeypatch.setattr(documents, "TEMPLATES", template)
    documents._environment.cache_clear()
    try:
        _results, problems = build(tmp_path, [source("ar", f"<h1>{WORDS['ar']}</h1>" + hard_cases("ar")["long word"])])
    finally:
        documents._environment.cache_clear()
    standard = next(p for p in problems if "standard" in p)
    assert standard.startswith("docs/services/hospital.md:1: the standard handout in 'ar': 1 piece(s) reach beyond the page's content area (page 1: '")
    assert "longwordzzz" in standard.lower()
    assert standard.endswith("— the layout cut text off: check wide tables, long words and the print CSS")
    assert sorted(p.split(": the ")[1].split(" in ")[0] for p in problems) == ["booklet", "large-print handout", "standard handout"]


# -- the QR code ---------------------------------------------------------------------------------------


def decode_qr_codes(pdf: Path) -> list[str]:
    """What a phone would read: the PDF's pages as images, read by zbar."""
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(pdf.with_suffix(""))], check=True)
    images = sorted(str(p) for p in pdf.parent.glob(pdf.stem + "-*.png"))
    result = subprocess.run(["zbarimg", "--quiet", "--raw", *images], capture_output=True, text=True)
    return result.stdout.split()


@pytest.mark.parametrize("lang", ["es", "ar", "zh"])
def test_the_qr_code_decodes_to_the_pages_address(tmp_path, lang):
    _results, problems = build(tmp_path, [source(lang, f"<h1>{WORDS[lang]}</h1><p>{WORDS[lang]}</p>")])
    assert problems == []
    handout = next((tmp_path / "site").rglob(f"*hospital-{lang}.pdf"))
    assert decode_qr_codes(handout) == [f"{SITE}{lang}/services/hospital/"]


# -- kept PDFs: reused when nothing changed, never stale ---------------------------------------------


def test_a_second_build_with_nothing_changed_renders_nothing_and_gives_the_same_files(tmp_path):
    sources = [source("en"), source("es")]
    first, _ = build(tmp_path, sources)
    before = {path.name: path.read_bytes() for path in (tmp_path / "site").rglob("*.pdf")}
    shutil.rmtree(tmp_path / "site")
    second, problems = build(tmp_path, sources)
    assert problems == [] and not any(r.cached for r in first) and all(r.cached for r in second)
    assert {path.name: path.read_bytes() for path in (tmp_path / "site").rglob("*.pdf")} == before


CHANGES = {
    "the page's text": lambda s: HandoutSource(**{**s.__dict__, "body_html": "<h1>Prueba</h1><p>Texto nuevo.</p>"}),
    "its notices": lambda s: HandoutSource(**{**s.__dict__, "notices": (Notice("draft", "Borrador."),)}),
    "its review line": lambda s: HandoutSource(**{**s.__dict__, "last_reviewed": "Revisado: 2026"}),
    "the site's address (QR code)": lambda s: HandoutSource(**{**s.__dict__, "site_url": "https://care.example.net/"}),
    "the site's name": lambda s: HandoutSource(**{**s.__dict__, "site_name": "Otro nombre"}),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_changing_an_input_renders_the_pdf_again(tmp_path, change):
    build(tmp_path, [source()])
    before = pdf_of(tmp_path, "*hospital-es.pdf")
    results, problems = build(tmp_path, [CHANGES[change](source())])
    assert problems == []
    assert not next(r for r in results if r.output.endswith("hospital-es.pdf")).cached
    assert pdf_of(tmp_path, "*hospital-es.pdf") != before


def test_changing_the_paper_renders_the_pdf_again(tmp_path):
    build(tmp_path, [source()])
    before = pdf_of(tmp_path, "*hospital-es.pdf")
    results, _ = build(tmp_path, [source()], PrintSettings("a4"))
    assert not any(r.cached for r in results) and pdf_of(tmp_path, "*hospital-es.pdf") != before


def test_changing_the_print_template_renders_the_pdf_again(tmp_path, monkeypatch):
    build(tmp_path, [source()])
    before = pdf_of(tmp_path, "*hospital-es.pdf")
    template = tmp_path / "templates"
    shutil.copytree(documents.TEMPLATES, template)
    html = (template / "handout.html").read_text(encoding="utf-8")
    (template / "handout.html").write_text(html.replace("color: #111;", "color: #222;", 1), encoding="utf-8")
    monkeypatch.setattr(documents, "TEMPLATES", template)
    documents._environment.cache_clear()
    try:
        results, _ = build(tmp_path, [source()])
    finally:
        documents._environment.cache_clear()
    assert not any(r.cached for r in results) and pdf_of(tmp_path, "*hospital-es.pdf") != before


def test_changing_an_image_the_handout_shows_renders_it_again(tmp_path):
    image = tmp_path / "site" / "assets" / "map.svg"
    image.parent.mkdir(parents=True)
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="{}"/></svg>'
    image.write_text(svg.format("#000"), encoding="utf-8")
    body = '<h1>Prueba</h1><p><img src="../../../assets/map.svg" alt="Mapa"></p>'
    build(tmp_path, [source(body=body)])
    before = pdf_of(tmp_path, "*hospital-es.pdf")
    image.write_text(svg.format("#c00"), encoding="utf-8")
    results, _ = build(tmp_path, [source(body=body)])
    assert not next(r for r in results if r.output.endswith("hospital-es.pdf")).cached
    assert pdf_of(tmp_path, "*hospital-es.pdf") != before


def test_another_renderer_or_font_renders_everything_again(tmp_path, monkeypatch):
    build(tmp_path, [source()])
    monkeypatch.setattr(rendering, "renderer_fingerprint", lambda: "another WeasyPrint, Pango or font file")
    results, _ = build(tmp_path, [source()])
    assert results and not any(r.cached for r in results)


def test_the_renderer_fingerprint_covers_the_font_files_bytes(tmp_path, monkeypatch):
    font = tmp_path / "font.ttf"
    font.write_bytes(b"font version 1")
    monkeypatch.setattr(rendering, "_font_file", lambda family: f"{family}\t{font}")
    rendering.renderer_fingerprint.cache_clear()
    try:
        first = rendering.renderer_fingerprint()
        font.write_bytes(b"font version 2")
        rendering.renderer_fingerprint.cache_clear()
        assert rendering.renderer_fingerprint() != first
    finally:
        rendering.renderer_fingerprint.cache_clear()


def test_editing_one_page_renders_only_that_pages_pdfs_and_the_booklet(tmp_path):
    pages = ["index.md", "services/hospital.md", "costs.md"]
    sources = [source(lang, f"<h1>{page}</h1><p>{lang}</p>", page=page) for page in pages for lang in ("en", "es")]
    build(tmp_path, sources)
    edited = [HandoutSource(**{**s.__dict__, "body_html": s.body_html + "<p>Nuevo.</p>"}) if s.page == "costs.md" and s.lang == "es" else s for s in sources]
    results, _ = build(tmp_path, edited)
    assert sorted(r.output for r in results if not r.cached) == [
        "es/costs/palliative-care-costs-en-es.pdf",
        "es/costs/palliative-care-costs-es-large-print.pdf",
        "es/costs/palliative-care-costs-es.pdf",
        "es/palliative-care-booklet-es.pdf",
    ]
