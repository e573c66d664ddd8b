"""The inventory of a tiny docs/ tree: every English page in every
translation language in one state, unreadable files as problems with their
line, the content hash, titles and structures."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from patient_site.content.front_matter import split_front_matter
from patient_site.translations.inventory import (
    DRAFT,
    MISSING,
    ORPHAN,
    OUTDATED,
    REVIEWED,
    UNTRANSLATED,
    TranslationState,
    source_hash,
    take_inventory,
    translation_hash,
)
from tests.support.sign_off import signed_off

LANGS = ("es", "ar")
CARE = "---\ndescription: About care.\n---\n# Palliative care { #care }\n\nIt helps.\n"
TEAM = "# Your team { #team }\n\nDoctors and nurses.\n"
HASH = source_hash(CARE)


def translation(status: str | None, hashed: str, title: str) -> str:
    fields = (f"translation: {status}\n" if status else "") + f"source_hash: '{hashed}'\n"
    return f"---\n{fields}---\n# {title} {{ #care }}\n\nTexto.\n"


def write(docs: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = docs / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return docs


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    return write(
        tmp_path / "docs",
        {
            "care.md": CARE,
            "care.es.md": signed_off(translation("draft", HASH, "Cuidados paliativos"), CARE, "Dr. Ruiz"),
            "care.ar.md": translation("draft", "sha256:0000000000000000", "الرعاية التلطيفية"),
            "team/work.md": TEAM,
            "team/work.es.md": "---\ntranslation: untranslated\n---\n" + TEAM,
            "_data/notes.md": "# Not a page\n",
        },
    )


def state(docs: Path, page: str, lang: str) -> TranslationState:
    return take_inventory(docs, LANGS).state(page, lang)


# -- pages and states ---------------------------------------------------------------------


def test_the_english_pages_are_every_markdown_file_but_translations_and_data(docs):
    assert take_inventory(docs, LANGS).pages == ["care.md", "team/work.md"]


def test_a_translation_that_does_not_exist_is_missing(docs):
    assert state(docs, "team/work.md", "ar") == TranslationState("team/work.md", "ar", MISSING, "team/work.ar.md")


def test_a_scaffold_not_yet_translated_is_untranslated(docs):
    assert state(docs, "team/work.md", "es") == TranslationState("team/work.md", "es", UNTRANSLATED, "team/work.es.md")


def test_a_signed_off_translation_of_the_current_english_is_reviewed_with_its_sign_off(docs):
    result = state(docs, "care.md", "es")
    assert (result.state, result.review) == (REVIEWED, REVIEWED)
    assert (result.sign_off.reviewer, result.sign_off.role, result.sign_off.date) == ("Dr. Ruiz", "", dt.date(2026, 11, 30))


def test_a_translation_of_an_older_english_text_is_outdated_and_keeps_its_review_state(docs):
    assert state(docs, "care.md", "ar") == TranslationState("care.md", "ar", OUTDATED, "care.ar.md", DRAFT)


def test_a_reviewed_translation_becomes_outdated_when_the_english_changes(docs):
    write(docs, {"care.md": CARE + "\nA new paragraph.\n"})
    assert (state(docs, "care.md", "es").state, state(docs, "care.md", "es").review) == (OUTDATED, REVIEWED)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Texto.", "Texto corregido."),  # the text
        ("Cuidados paliativos {", "Cuidados {"),  # a heading
        ("---\ntranslation", "---\ndescription: Sobre los cuidados.\ntranslation"),  # what search results show
    ],
)
def test_an_edit_after_the_sign_off_returns_the_translation_to_draft(docs, old, new):
    text = (docs / "care.es.md").read_text(encoding="utf-8")
    write(docs, {"care.es.md": text.replace(old, new, 1)})
    result = state(docs, "care.md", "es")
    assert (result.state, result.review, result.sign_off.reviewer) == (DRAFT, DRAFT, "Dr. Ruiz")
    assert take_inventory(docs, LANGS).problems == []  # editing a reviewed page is work, not a mistake


def test_trailing_spaces_and_blank_lines_added_after_the_sign_off_keep_it(docs):
    text = (docs / "care.es.md").read_text(encoding="utf-8")
    write(docs, {"care.es.md": text.replace("Texto.", "Texto.   \n\n")})
    assert state(docs, "care.md", "es").state == REVIEWED


def test_a_sign_off_of_another_english_text_does_not_hold(docs):
    # Restamped by hand against the current English without a new review.
    text = (docs / "care.es.md").read_text(encoding="utf-8")
    write(docs, {"care.md": CARE + "\nMore.\n"})
    write(docs, {"care.es.md": text.replace(HASH, source_hash(CARE + "\nMore.\n"), 1)})
    assert (state(docs, "care.md", "es").state, state(docs, "care.md", "es").review) == (DRAFT, DRAFT)


def test_translation_reviewed_written_by_hand_is_a_draft_and_a_problem_at_its_line(docs):
    write(docs, {"care.es.md": translation("reviewed", HASH, "Cuidados paliativos")})
    inventory = take_inventory(docs, LANGS)
    assert (inventory.state("care.md", "es").state, inventory.state("care.md", "es").sign_off) == (DRAFT, None)
    assert [str(p) for p in inventory.problems] == [
        "docs/care.es.md:2: 'translation: reviewed' without the sign-off that records what was reviewed"
        " — readers see a draft until a medical reviewer signs it off with `translate sign-off`"
    ]


@pytest.mark.parametrize("status", ["draft", None])
def test_a_current_translation_that_is_not_reviewed_is_a_draft(docs, status):
    write(docs, {"care.ar.md": translation(status, HASH, "الرعاية")})
    assert state(docs, "care.md", "ar") == TranslationState("care.md", "ar", DRAFT, "care.ar.md", DRAFT)


def test_a_translation_without_its_english_page_is_an_orphan_and_a_problem(docs):
    write(docs, {"old.es.md": "# Viejo\n"})
    inventory = take_inventory(docs, LANGS)
    assert inventory.orphans == [TranslationState("old.md", "es", ORPHAN, "old.es.md")]
    assert [str(p) for p in inventory.problems] == [
        "docs/old.es.md:1: translation of 'docs/old.md', which does not exist — rename it after its English page or delete it"
    ]


def test_only_usable_translations_give_readers_their_text(docs):
    assert take_inventory(docs, LANGS).translated() == {"care.md": {"es", "ar"}, "team/work.md": set()}


def test_totals_count_each_state_per_language(docs):
    write(docs, {"old.es.md": "# Viejo\n"})
    totals = take_inventory(docs, LANGS).totals("es")
    assert totals == {ORPHAN: 1, MISSING: 0, UNTRANSLATED: 1, OUTDATED: 0, DRAFT: 0, REVIEWED: 1}


# -- files that cannot be read -------------------------------------------------------------


def test_a_page_that_is_not_utf8_is_a_problem_not_an_exception(docs):
    write(
        docs, {"care.es.md": "---\ntranslation: draft\n---\n# Atenci\xf3n\n".encode("latin-1")}
    )  # ó: line 4, column 9
    inventory = take_inventory(docs, LANGS)
    assert [str(p) for p in inventory.problems] == [
        "docs/care.es.md:4: byte 0xf3 at column 9 is not UTF-8 — save the file as UTF-8 (in most editors: Save with Encoding → UTF-8)"
    ]
    assert ("care.md", "es") not in inventory.states


def test_broken_front_matter_is_a_problem_at_its_line_not_an_exception(docs):
    write(docs, {"care.es.md": "---\ntranslation: draft\n# Cuidados\n"})
    inventory = take_inventory(docs, LANGS)
    assert [str(p) for p in inventory.problems] == [
        "docs/care.es.md:1: front matter is not closed — add a line '---' after it"
    ]
    assert "care.es.md" not in inventory.documents


def test_a_field_value_the_site_cannot_use_is_a_problem_at_its_line(docs):
    write(docs, {"care.es.md": f"---\nsource_hash: '{HASH}'\ntranslation: done\n---\n# Cuidados\n"})
    assert [str(p) for p in take_inventory(docs, LANGS).problems] == [
        "docs/care.es.md:3: unknown translation status 'done' — use one of untranslated, draft, reviewed"
    ]


def test_an_impossible_date_in_front_matter_is_a_problem_not_an_exception(docs):
    write(docs, {"care.es.md": "---\nlast_reviewed: 2024-02-30\n---\n# Cuidados\n"})
    inventory = take_inventory(docs, LANGS)
    assert [p.line for p in inventory.problems] == [2]


# -- the content hash ----------------------------------------------------------------------


def test_a_translation_s_hash_leaves_out_the_fields_the_tool_writes():
    body = "---\ndescription: Sobre.\n---\n# Atención\n"
    tooled = (
        "---\ndescription: Sobre.\ntranslation: reviewed\nsource_hash: x\nsource_commit: y\nreviewed_by: Dr. Ruiz\n"
        "reviewer_role: MD\nreviewed_on: 2026-01-02\nreviewed_source_hash: z\nreviewed_translation_hash: w\n---\n# Atención\n"
    )
    assert translation_hash(split_front_matter(tooled)) == translation_hash(split_front_matter(body))


def test_a_translation_s_hash_sees_its_body_and_its_other_fields():
    base = translation_hash(split_front_matter("---\ndescription: Sobre.\n---\n# Atención\n"))
    assert translation_hash(split_front_matter("---\ndescription: Sobre.\n---\n# Cuidado\n")) != base
    assert translation_hash(split_front_matter("---\ndescription: Acerca.\n---\n# Atención\n")) != base


def test_the_hash_is_a_short_sha256_of_the_text():
    assert source_hash("# Care\nText.") == "sha256:" + hashlib.sha256(b"# Care\nText.").hexdigest()[:16]


def test_the_hash_is_blind_to_trailing_spaces_blank_lines_and_line_endings():
    text = "# Care\n\nIt helps.\n- one\n"
    assert source_hash("# Care   \n\n\n\nIt helps.\t\n- one\n\n") == source_hash(text)
    assert source_hash(text.replace("\n", "\r\n")) == source_hash(text)


def test_the_hash_sees_indentation_and_words():
    text = "- one\n- two\n"
    assert source_hash("- one\n    - two\n") != source_hash(text)
    assert source_hash("- one\n- three\n") != source_hash(text)


# -- titles and structures -------------------------------------------------------------------


def test_titles_come_from_each_usable_file_and_the_english_elsewhere(docs):
    titles = take_inventory(docs, LANGS).titles("en")
    assert titles == {
        ("care.md", "en"): "Palliative care",
        ("care.md", "es"): "Cuidados paliativos",
        ("care.md", "ar"): "الرعاية التلطيفية",
        ("team/work.md", "en"): "Your team",
        ("team/work.md", "es"): "Your team",  # untranslated
        ("team/work.md", "ar"): "Your team",  # missing
    }


def test_a_structure_is_parsed_once_with_the_file_s_line_numbers(docs):
    inventory = take_inventory(docs, LANGS)
    structure = inventory.structure("care.md")
    assert inventory.structure("care.md") is structure
    assert [(s.id, s.line) for s in structure.sections] == [("", 4), ("care", 4)]
    assert inventory.structures()["care.md"] is structure


def test_the_english_page_of_a_translation(docs):
    inventory = take_inventory(docs, LANGS)
    assert (inventory.english_of("team/work.es.md"), inventory.english_of("care.md")) == ("team/work.md", "care.md")
