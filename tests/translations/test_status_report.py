"""The status of every page in every language on a tiny inventory: the
table translators read and the JSON tools read."""

from __future__ import annotations

import json
from pathlib import Path

from patient_site.translations.inventory import Inventory, source_hash, take_inventory
from patient_site.translations.status_report import status_json, status_table
from tests.support.sign_off import signed_off

LANGS = ("es", "ar")
CARE = "# Care { #care }\n\nText.\n"
TEAM = "# Team { #team }\n\nText.\n"
HELP = "# Help { #help }\n\nText.\n"


def translation(status: str, english: str) -> str:
    return f"---\ntranslation: {status}\nsource_hash: '{source_hash(english)}'\n---\n# T\n"


FILES = {
    "care.md": CARE,
    "care.es.md": translation("draft", CARE),
    "care.ar.md": signed_off(translation("draft", "# Older\n"), "# Older\n"),  # outdated, was reviewed
    "help.md": HELP,
    "help.es.md": signed_off(translation("draft", HELP), HELP, "Dr. Ruiz"),
    "help.ar.md": translation("draft", "# Older\n"),  # outdated draft
    "team.md": TEAM,
    "team.es.md": translation("untranslated", TEAM),
    # team.ar.md: missing
    "gone.es.md": "# Ido\n",  # orphan
}


def inventory(tmp_path: Path, files: dict[str, str | bytes] = FILES) -> Inventory:
    docs = tmp_path / "docs"
    for name, content in files.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            (docs / name).write_bytes(content)
        else:
            (docs / name).write_text(content, encoding="utf-8")
    return take_inventory(docs, LANGS)


def rows(table: str) -> dict[str, list[str]]:
    """Each table line by its first word, its other cells as words."""
    return {line.split()[0]: line.split()[1:] for line in table.splitlines() if line.strip()}


# -- the table -------------------------------------------------------------------------------


def test_the_table_has_a_column_per_translation_language(tmp_path):
    assert status_table(inventory(tmp_path)).splitlines()[0].split() == ["page", "es", "ar"]


def test_each_state_is_shown_in_its_page_s_row(tmp_path):
    table = rows(status_table(inventory(tmp_path)))
    assert table["care.md"] == ["draft", "outdated", "(reviewed)"]
    assert table["help.md"] == ["reviewed", "outdated", "(draft)"]
    assert table["team.md"] == ["untranslated", "missing"]


def test_the_cells_line_up_under_their_language(tmp_path):
    lines = status_table(inventory(tmp_path)).splitlines()
    column = lines[0].index("ar")
    for line in lines[1:4]:
        assert line[column - 1] == " " and line[column] != " "


def test_an_orphan_is_listed_with_the_page_it_lacks(tmp_path):
    table = status_table(inventory(tmp_path))
    assert "orphan: docs/gone.md does not exist" in table
    orphan_line = next(line for line in table.splitlines() if "orphan:" in line)
    assert orphan_line.startswith("docs/gone.es.md")


def test_the_totals_give_each_language_s_share_and_counts(tmp_path):
    lines = status_table(inventory(tmp_path)).splitlines()
    # es: care draft + help reviewed of 3 pages = 67%; ar: nothing current = 0%
    assert lines[-2:] == [
        "es: 67% translated and current — 1 orphan, 0 missing, 1 untranslated, 0 outdated, 1 draft, 1 reviewed",
        "ar: 0% translated and current — 0 orphan, 1 missing, 0 untranslated, 2 outdated, 0 draft, 0 reviewed",
    ]


def test_a_translation_that_cannot_be_read_is_shown_as_an_error(tmp_path):
    files = {"care.md": CARE, "care.es.md": b"# Atenci\xf3n\n"}
    assert rows(status_table(inventory(tmp_path, files)))["care.md"] == ["error", "missing"]


def test_an_orphan_path_is_separated_from_its_message(tmp_path):
    table = status_table(inventory(tmp_path))
    assert "docs/gone.es.md orphan:" in " ".join(table.split())
    assert "docs/gone.es.mdorphan" not in table


def test_a_docs_folder_without_pages_still_gives_a_table(tmp_path):
    (tmp_path / "docs").mkdir()
    assert status_table(take_inventory(tmp_path / "docs", LANGS)).splitlines()[0].split() == ["page", "es", "ar"]


# -- JSON ----------------------------------------------------------------------------------


def test_the_json_lists_every_page_in_every_language_with_its_file(tmp_path):
    data = json.loads(status_json(inventory(tmp_path)))
    assert data["languages"] == ["es", "ar"]
    assert data["pages"] == [
        {"page": "care.md", "lang": "ar", "state": "outdated", "review": "reviewed", "file": "docs/care.ar.md", "sign_off": {"reviewer": "Dr. Test", "role": "", "date": "2026-11-30", "holds": True}},
        {"page": "care.md", "lang": "es", "state": "draft", "review": "draft", "file": "docs/care.es.md", "sign_off": None},
        {"page": "help.md", "lang": "ar", "state": "outdated", "review": "draft", "file": "docs/help.ar.md", "sign_off": None},
        {"page": "help.md", "lang": "es", "state": "reviewed", "review": "reviewed", "file": "docs/help.es.md", "sign_off": {"reviewer": "Dr. Ruiz", "role": "", "date": "2026-11-30", "holds": True}},
        {"page": "team.md", "lang": "ar", "state": "missing", "review": "", "file": "docs/team.ar.md", "sign_off": None},
        {"page": "team.md", "lang": "es", "state": "untranslated", "review": "", "file": "docs/team.es.md", "sign_off": None},
    ]


def test_the_json_gives_the_reviewer_s_role_and_says_when_a_sign_off_no_longer_holds(tmp_path):
    signed = signed_off(translation("draft", HELP), HELP, "Dr. Ruiz").replace("reviewed_by", "reviewer_role: MD, palliative care\nreviewed_by")
    files = {"help.md": HELP, "help.es.md": signed.replace("# T", "# T edited")}
    row = json.loads(status_json(inventory(tmp_path, files)))["pages"][1]
    assert (row["state"], row["sign_off"]) == ("draft", {"reviewer": "Dr. Ruiz", "role": "MD, palliative care", "date": "2026-11-30", "holds": False})


def test_a_draft_edited_after_its_sign_off_says_so_in_the_table(tmp_path):
    files = {"help.md": HELP, "help.es.md": signed_off(translation("draft", HELP), HELP).replace("# T", "# T edited")}
    assert rows(status_table(inventory(tmp_path, files)))["help.md"] == ["draft", "(edited)", "missing"]


def test_the_json_lists_orphans_and_problems(tmp_path):
    data = json.loads(status_json(inventory(tmp_path)))
    assert data["orphans"] == [{"file": "docs/gone.es.md", "lang": "es", "missing_page": "docs/gone.md"}]
    assert data["problems"] == [
        "docs/gone.es.md:1: translation of 'docs/gone.md', which does not exist — rename it after its English page or delete it"
    ]


def test_the_json_totals_count_each_state(tmp_path):
    totals = json.loads(status_json(inventory(tmp_path)))["totals"]
    assert totals["es"] == {"orphan": 1, "missing": 0, "untranslated": 1, "outdated": 0, "draft": 1, "reviewed": 1}
    assert totals["ar"] == {"orphan": 0, "missing": 1, "untranslated": 0, "outdated": 2, "draft": 0, "reviewed": 0}


def test_the_json_keeps_non_ascii_text_readable(tmp_path):
    files = {"care.md": CARE, "care.es.md": "---\ntranslation: hecho\n---\n# Atención\n"}
    text = status_json(inventory(tmp_path, files))
    assert "unknown translation status 'hecho' — use one of" in json.loads(text)["problems"][0]
    assert "—" in text
