"""`translate review` on a tiny site in a tiny git repository: a sheet per
translated page as HTML and a landscape PDF, read back; an untranslated page
is named and skipped; what changed in the English comes from the history."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pypdf
import pytest

from patient_site.build.review_sheets import make_review_sheets
from patient_site.build.site import BuildFailed
from patient_site.cli import translation_tool
from tests.build.test_check_project import HOME, HOME_ES, TEAM
from tests.support.git import isolate_git
from tests.support.trees import write_site


def make_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A two-language site, committed: the home page translated, the team page not."""
    isolate_git(monkeypatch, tmp_path)
    config = write_site(tmp_path / "site", {"docs/index.md": HOME, "docs/team.md": TEAM, "docs/index.es.md": HOME_ES})
    commit(config.parent, "the site")
    return config


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return make_site(tmp_path, monkeypatch)


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Every sheet of the tiny site in Spanish, HTML and PDF (made once)."""
    tmp = tmp_path_factory.mktemp("review")
    with pytest.MonkeyPatch.context() as monkeypatch:
        config = make_site(tmp, monkeypatch)
        report = make_review_sheets(config, "es", [], tmp / "out")
    return report, tmp / "out", config


def commit(root: Path, message: str) -> None:
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", message]):
        subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(path).pages).split())


def test_each_translated_page_gets_a_sheet_in_html_and_landscape_pdf(sheets):
    report, out, _config = sheets
    assert report.rendered == 1
    assert sorted(path.name for path in report.written) == ["review-home-es.html", "review-home-es.pdf"]
    assert report.skipped == ["docs/team.md: not translated into 'es' yet — nothing to review"]
    assert report.problems == []
    page = pypdf.PdfReader(out / "review-home-es.pdf").pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height), "landscape"
    text = pdf_text(out / "review-home-es.pdf")
    assert "helps you and your family." in text and "Le ayudan." in text
    assert "The English page has not changed since this translation was made." in text
    assert "translate sign-off es index.md" in text


def test_what_changed_in_the_english_since_the_translation_is_on_the_sheet(site, tmp_path):
    english = site.parent / "docs" / "index.md"
    english.write_text(english.read_text(encoding="utf-8").replace("you and your family", "you, your family and friends"), encoding="utf-8")
    commit(site.parent, "English edited")
    make_review_sheets(site, "es", ["index.md"], tmp_path / "out", pdf=False)
    html = (tmp_path / "out" / "review-home-es.html").read_text(encoding="utf-8")
    assert "What changed in the English since this translation was made" in html
    passage = html.split('<div class="changes">', 1)[1].split("</div>", 1)[0]
    assert re.search(r"<ins>[^<]*friends\.?</ins>", passage) and "<del>" in passage
    assert "See the team." in passage, "context after the change"
    assert "Outdated: the English page changed after this translation was made" in html


def test_an_unknown_page_is_named(site, tmp_path):
    with pytest.raises(BuildFailed) as failed:
        make_review_sheets(site, "es", ["docs/nursing.md"], tmp_path / "out")
    assert [str(p) for p in failed.value.problems] == [
        "docs/nursing.md:1: no such English page — give it relative to docs/, e.g. services/hospital.md"
    ]


def test_the_default_language_has_nothing_to_review(site, tmp_path):
    with pytest.raises(BuildFailed) as failed:
        make_review_sheets(site, "en", [], tmp_path / "out")
    assert "'en' is not a translation language of this site — use one of es" in str(failed.value.problems[0])


def test_the_command_writes_the_sheets_and_says_where(site, tmp_path, capsys):
    out = tmp_path / "sheets"
    assert translation_tool.main(["--config", str(site), "review", "es", "--out", str(out), "--no-pdf"]) == 0
    assert capsys.readouterr().out.strip() == f"1 file(s) written in {out}"
    assert (out / "review-home-es.html").is_file()


def test_the_sheet_pdf_marks_the_glossary_terms_and_lists_them(sheets):
    _report, out, _config = sheets
    text = pdf_text(out / "review-home-es.pdf")
    assert "1 palliative care → cuidados paliativos" in text
    assert "Glossary terms on this sheet" in text


def test_a_sheet_whose_content_did_not_change_is_not_rendered_again(sheets, tmp_path):
    """Its PDF is kept beside the handouts' (.cache/handouts) and copied."""
    first, out, config = sheets
    again = make_review_sheets(config, "es", [], tmp_path / "again")
    assert again.rendered == 0 and again.problems == []
    assert (tmp_path / "again" / "review-home-es.pdf").read_bytes() == (out / "review-home-es.pdf").read_bytes()
    assert [path.name for path in again.written] == [path.name for path in first.written]


def test_an_edited_translation_gets_its_sheet_rendered_again(site, tmp_path):
    make_review_sheets(site, "es", [], tmp_path / "first")
    translation = site.parent / "docs" / "index.es.md"
    translation.write_text(translation.read_text(encoding="utf-8").replace("Le ayudan.", "Le ayudan a usted."), encoding="utf-8")
    report = make_review_sheets(site, "es", [], tmp_path / "edited")
    assert report.rendered == 1
    assert "Le ayudan a usted." in pdf_text(tmp_path / "edited" / "review-home-es.pdf")
