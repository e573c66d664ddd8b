"""The build command: the environment is read here and only here
(SKIP_HANDOUTS, HANDOUT_PAPER), and a failed build says so after its problems."""

from __future__ import annotations

import pypdf

from patient_site.cli import build_site
from tests.support.trees import write_site

PAGE = "---\nlast_reviewed: 2017-08-15\n---\n\n# Palliative care { #home }\n\nText.\n"


def test_skip_handouts_in_the_environment_builds_no_pdf(tmp_path, capsys):
    config = write_site(tmp_path / "project", {"docs/index.md": PAGE}, languages=("en",))
    site = tmp_path / "site"
    assert build_site.main(["--config", str(config), "--site-dir", str(site), "--serial"], environ={"SKIP_HANDOUTS": "1"}) == 0
    assert (site / "index.html").is_file() and not list(site.rglob("*.pdf"))
    assert capsys.readouterr().out.strip() == f"Site built in {site}"


def test_handout_paper_in_the_environment_chooses_a4(tmp_path):
    config = write_site(tmp_path / "project", {"docs/index.md": PAGE}, languages=("en",), plugin={"handout_prefix": "care"})
    site = tmp_path / "site"
    assert build_site.main(["--config", str(config), "--site-dir", str(site), "--serial"], environ={"HANDOUT_PAPER": "a4"}) == 0
    box = pypdf.PdfReader(site / "care-home-en.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert (site / "care-booklet-en.pdf").is_file()


def test_a_failed_build_lists_its_problems_then_says_the_site_was_kept(tmp_path, capsys):
    config = write_site(tmp_path / "project", {"docs/index.md": PAGE + "\n[@nobody]\n"}, languages=("en",))
    site = tmp_path / "site"
    assert build_site.main(["--config", str(config), "--site-dir", str(site), "--no-handouts"], environ={}) == 1
    assert capsys.readouterr().err.splitlines() == [
        "docs/index.md:9: unknown citation key 'nobody' — add it to bibliography.bib or correct the key",
        "",
        f"Build failed; {site} was left as it was.",
    ]
    assert not site.exists()
