"""The translators' workflow on a tiny project: new, stamp, sign-off and
diff, each refusal with its reason and what to do instead. (diff reads the
git history: these tests make a tiny repository with git.)"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from patient_site.content.front_matter import split_front_matter
from patient_site.project import ProjectPaths, project_paths
from patient_site.translations.inventory import REVIEWED, source_hash, take_inventory, translation_hash
from patient_site.translations.workflow import (
    WorkflowError,
    command_diff,
    command_new,
    command_sign_off,
    command_stamp,
)
from tests.support.git import isolate_git

LANGS = ("es", "ar")
CARE = "---\ndescription: About care.\n---\n# Care { #care }\n\nText.\n"
CARE_V2 = "---\ndescription: About care.\n---\n# Care { #care }\n\nNew text.\n"


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ProjectPaths:
    isolate_git(monkeypatch, tmp_path)
    root = tmp_path / "site"
    (root / "docs").mkdir(parents=True)
    (root / "mkdocs.yml").write_text("site_name: Test\n", encoding="utf-8")
    (root / "docs" / "care.md").write_text(CARE, encoding="utf-8")
    return project_paths(root / "mkdocs.yml", "docs", {})


def git(paths: ProjectPaths, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=paths.root, check=True, capture_output=True, text=True).stdout.strip()


def commit(paths: ProjectPaths, message: str) -> str:
    git(paths, "add", "-A")
    git(paths, "commit", "-q", "-m", message)
    return git(paths, "rev-parse", "HEAD")


def write(paths: ProjectPaths, name: str, text: str) -> None:
    (paths.docs_dir / name).write_text(text, encoding="utf-8")


def meta(paths: ProjectPaths, name: str) -> dict:
    return split_front_matter((paths.docs_dir / name).read_text(encoding="utf-8")).meta


def translated(paths: ProjectPaths, status: str, english: str = CARE) -> None:
    write(
        paths,
        "care.es.md",
        f"---\ntranslation: {status}\nsource_hash: '{source_hash(english)}'\n---\n# Atención {{ #care }}\n\nTexto.\n",
    )


def refusal(call, *args) -> str:
    with pytest.raises(WorkflowError) as error:
        call(*args)
    return str(error.value)


# -- new -----------------------------------------------------------------------------------


def test_new_creates_an_untranslated_copy_that_records_the_english_text(paths):
    message = command_new(paths, "es", "care.md", LANGS)
    assert message == (
        "created docs/care.es.md: translate the text (keep heading ids, links and citations), then run `translate stamp es care.md`"
    )
    document = split_front_matter((paths.docs_dir / "care.es.md").read_text(encoding="utf-8"))
    assert document.meta == {
        "description": "About care.",
        "translation": "untranslated",
        "source_hash": source_hash(CARE),
        "source_commit": "",  # not a git checkout
    }
    assert document.body == "# Care { #care }\n\nText.\n"


def test_new_accepts_the_page_with_its_docs_folder(paths):
    command_new(paths, "ar", "docs/care.md", LANGS)
    assert (paths.docs_dir / "care.ar.md").is_file()


def test_new_records_the_last_commit_of_the_english_page(paths):
    git(paths, "init", "-q")
    sha = commit(paths, "English page")
    command_new(paths, "es", "care.md", LANGS)
    assert meta(paths, "care.es.md")["source_commit"] == sha


def test_new_refuses_to_overwrite_a_translation(paths):
    write(paths, "care.es.md", "# Mine\n")
    assert refusal(command_new, paths, "es", "care.md", LANGS) == (
        "docs/care.es.md already exists — edit it, or delete it first to start over"
    )
    assert (paths.docs_dir / "care.es.md").read_text(encoding="utf-8") == "# Mine\n"


def test_an_unknown_language_is_refused_with_the_site_s_languages(paths):
    assert refusal(command_new, paths, "fr", "care.md", LANGS) == "unknown language 'fr' — use one of es, ar"


def test_a_page_that_does_not_exist_is_refused_with_an_example(paths):
    assert refusal(command_new, paths, "es", "nope.md", LANGS) == (
        "docs/nope.md does not exist — give the English page, e.g. services/hospital.md"
    )


# -- stamp -----------------------------------------------------------------------------------


def test_stamp_refuses_a_translation_that_does_not_exist(paths):
    assert refusal(command_stamp, paths, "es", "care.md", LANGS) == (
        "docs/care.es.md does not exist — start it with `translate new es care.md`"
    )


def test_stamping_a_scaffold_makes_it_a_draft(paths):
    command_new(paths, "es", "care.md", LANGS)
    assert command_stamp(paths, "es", "care.md", LANGS) == (
        "stamped docs/care.es.md as translated from the current English page — now a draft"
    )
    assert meta(paths, "care.es.md")["translation"] == "draft"


def test_stamping_records_the_current_english_text_and_keeps_the_translation(paths):
    translated(paths, "draft")
    write(paths, "care.md", CARE_V2)
    assert (
        command_stamp(paths, "es", "care.md", LANGS)
        == "stamped docs/care.es.md as translated from the current English page"
    )
    assert meta(paths, "care.es.md") == {
        "translation": "draft",
        "source_hash": source_hash(CARE_V2),
        "source_commit": "",
    }
    assert (paths.docs_dir / "care.es.md").read_text(encoding="utf-8").endswith("---\n# Atención { #care }\n\nTexto.\n")


def test_stamping_a_reviewed_translation_sets_it_back_to_draft(paths):
    translated(paths, "draft")
    command_sign_off(paths, "es", "care.md", "Dr. Ruiz", LANGS)
    assert command_stamp(paths, "es", "care.md", LANGS) == (
        "stamped docs/care.es.md as translated from the current English page"
        " — set back to draft until a medical reviewer signs it off"
    )
    assert meta(paths, "care.es.md")["translation"] == "draft"


def test_stamp_refuses_broken_front_matter_with_its_line(paths):
    write(paths, "care.es.md", "---\ntranslation: draft\ndescription: [Sobre\n---\n# Atención\n")
    assert "docs/care.es.md:3" in refusal(command_stamp, paths, "es", "care.md", LANGS)


# -- sign-off ---------------------------------------------------------------------------------


def test_sign_off_records_the_reviewer_the_day_and_what_was_reviewed(paths):
    translated(paths, "draft")
    text = (paths.docs_dir / "care.es.md").read_text(encoding="utf-8")
    assert (
        command_sign_off(paths, "es", "care.md", "Dr. Ruiz", LANGS, today=dt.date(2026, 5, 4))
        == "signed off docs/care.es.md as reviewed by Dr. Ruiz"
    )
    assert meta(paths, "care.es.md") == {
        "translation": "reviewed",
        "source_hash": source_hash(CARE),
        "reviewed_by": "Dr. Ruiz",
        "reviewed_on": "2026-05-04",
        "reviewed_source_hash": source_hash(CARE),
        "reviewed_translation_hash": translation_hash(split_front_matter(text)),
    }
    assert (paths.docs_dir / "care.es.md").read_text(encoding="utf-8").endswith("---\n# Atención { #care }\n\nTexto.\n")


def test_a_signed_off_translation_is_reviewed(paths):
    translated(paths, "draft")
    command_sign_off(paths, "es", "care.md", "Dr. Ruiz", LANGS)
    assert take_inventory(paths.docs_dir, LANGS).state("care.md", "es").state == REVIEWED


def test_sign_off_records_the_reviewer_s_role(paths):
    translated(paths, "draft")
    assert command_sign_off(paths, "es", "care.md", "Dr. Ruiz", LANGS, role="MD, palliative medicine") == (
        "signed off docs/care.es.md as reviewed by Dr. Ruiz (MD, palliative medicine)"
    )
    assert meta(paths, "care.es.md")["reviewer_role"] == "MD, palliative medicine"


def test_a_new_sign_off_replaces_the_last_one_role_included(paths):
    translated(paths, "draft")
    command_sign_off(paths, "es", "care.md", "Dr. Ruiz", LANGS, role="MD", today=dt.date(2026, 5, 4))
    command_sign_off(paths, "es", "care.md", "Dr. Chen", LANGS, today=dt.date(2026, 6, 1))
    fields = meta(paths, "care.es.md")
    assert (fields["reviewed_by"], fields["reviewer_role"], fields["reviewed_on"]) == ("Dr. Chen", "", "2026-06-01")
    assert take_inventory(paths.docs_dir, LANGS).state("care.md", "es").state == REVIEWED


def test_sign_off_refuses_an_empty_reviewer_name(paths):
    translated(paths, "draft")
    assert refusal(command_sign_off, paths, "es", "care.md", "  ", LANGS) == (
        'the reviewer\'s name is empty — give it with --reviewer "Name, credentials"'
    )


def test_sign_off_refuses_a_translation_that_does_not_exist(paths):
    assert refusal(command_sign_off, paths, "es", "care.md", "Dr. Ruiz", LANGS) == "docs/care.es.md does not exist"


def test_sign_off_refuses_an_untranslated_page(paths):
    command_new(paths, "es", "care.md", LANGS)
    assert refusal(command_sign_off, paths, "es", "care.md", "Dr. Ruiz", LANGS) == (
        "this page is not translated yet — translate and stamp it first"
    )


def test_sign_off_refuses_an_outdated_translation(paths):
    translated(paths, "draft")
    write(paths, "care.md", CARE_V2)
    assert refusal(command_sign_off, paths, "es", "care.md", "Dr. Ruiz", LANGS) == (
        "this translation is outdated — update it and run `translate stamp es care.md` first"
    )
    assert meta(paths, "care.es.md")["translation"] == "draft"


# -- diff --------------------------------------------------------------------------------------


def test_diff_refuses_a_translation_that_does_not_exist(paths):
    assert refusal(command_diff, paths, "es", "care.md", LANGS) == "docs/care.es.md does not exist"


def test_diff_of_a_current_translation_says_the_english_has_not_changed(paths):
    translated(paths, "draft")
    assert (
        command_diff(paths, "es", "care.md", LANGS) == "docs/care.md has not changed since docs/care.es.md was stamped."
    )


def test_diff_without_the_old_english_in_git_says_to_compare_by_hand(paths):
    translated(paths, "draft")
    write(paths, "care.md", CARE_V2)
    assert refusal(command_diff, paths, "es", "care.md", LANGS) == (
        "the English text this translation was made from is not in the git history "
        "(it was never committed) — compare the pages by hand, then stamp"
    )


def test_diff_shows_what_changed_in_english_since_the_translation(paths):
    git(paths, "init", "-q")
    first = commit(paths, "English page")
    command_new(paths, "es", "care.md", LANGS)
    write(paths, "care.md", CARE_V2)
    commit(paths, "English edited")
    diff = command_diff(paths, "es", "care.md", LANGS).splitlines()
    assert diff[:2] == [f"--- docs/care.md (translated from, {first[:12]})", "+++ docs/care.md (now)"]
    assert [line for line in diff[2:] if line.startswith(("-", "+"))] == ["-Text.", "+New text."]


def test_diff_compares_with_the_english_text_not_yet_committed(paths):
    git(paths, "init", "-q")
    commit(paths, "English page")
    command_new(paths, "es", "care.md", LANGS)
    write(paths, "care.md", CARE_V2)
    assert "+New text." in command_diff(paths, "es", "care.md", LANGS).splitlines()


def test_diff_finds_the_old_english_by_its_hash_when_the_recorded_commit_is_gone(paths):
    git(paths, "init", "-q")
    first = commit(paths, "English page")
    write(
        paths, "care.es.md", f"---\nsource_hash: '{source_hash(CARE)}'\nsource_commit: '{'0' * 40}'\n---\n# Atención\n"
    )
    write(paths, "care.md", CARE_V2)
    commit(paths, "English edited")
    assert (
        command_diff(paths, "es", "care.md", LANGS).splitlines()[0]
        == f"--- docs/care.md (translated from, {first[:12]})"
    )
