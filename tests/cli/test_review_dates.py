"""The review report, as the command prints it."""

from __future__ import annotations

import json

from patient_site.cli import review_dates
from tests.support.trees import write_site


def test_the_report_lists_each_page_and_counts_those_overdue(tmp_path, capsys):
    config = write_site(tmp_path / "project", {
        "docs/index.md": "---\nlast_reviewed: 2017-08-15\n---\n\n# A { #a }\n",
        "docs/new.md": "---\nlast_reviewed: 2026-01-10\n---\n\n# B { #b }\n",
        "docs/old.md": "# C { #c }\n",
    }, languages=("en",), plugin={"review_cycle_years": 2})
    assert review_dates.main(["--config", str(config), "--today", "2026-12-01"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Medical review dates on 2026-12-01 (review due 2 years after the last one)"
    assert "docs/index.md: last reviewed 2017-08-15, due 2019-08-15 — OVERDUE by 2665 days" in out
    assert "docs/new.md: last reviewed 2026-01-10, due 2028-01-10 — current" in out
    assert "docs/old.md: no last_reviewed date — add one to its front matter" in out
    assert out[-1] == "1 of 3 pages are overdue for medical review."


def test_the_report_as_json(tmp_path, capsys):
    config = write_site(tmp_path / "project", {"docs/index.md": "---\nlast_reviewed: 2017-08-15\n---\n\n# A { #a }\n"}, languages=("en",))
    assert review_dates.main(["--config", str(config), "--json", "--today", "2020-08-16"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"file": "docs/index.md", "last_reviewed": "2017-08-15", "due": "2020-08-15", "overdue_days": 1}
    ]
