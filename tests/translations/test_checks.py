"""What `translate check` and `translate status --check` report, on a tiny
inventory: structural and glossary differences of every existing
translation, and with --strict every page still to translate."""

from __future__ import annotations

from pathlib import Path

from patient_site.translations.checks import gate_problems, parity_problems
from patient_site.translations.glossary import Entry, Glossary, LanguageGlossary
from patient_site.translations.inventory import Inventory, source_hash, take_inventory
from tests.support.sign_off import signed_off

LANGS = ("es", "ar")
CARE = "---\ndescription: About care.\n---\n# Care { #care }\n\nWe offer palliative care.\n"
TEAM = "# Team { #team }\n\nOur team.\n"
GLOSSARY = Glossary(
    {
        "es": LanguageGlossary(
            "es", "translations/glossary/es.yml", (Entry("palliative care", ("cuidados paliativos",)),)
        )
    }
)


def translation(body: str, status: str = "draft", english: str = CARE) -> str:
    return f"---\ntranslation: {status}\nsource_hash: '{source_hash(english)}'\n---\n{body}"


GOOD_ES = translation("# Atención { #care }\n\nOfrecemos cuidados paliativos.\n")


def inventory(tmp_path: Path, files: dict[str, str]) -> Inventory:
    docs = tmp_path / "docs"
    for name, text in {"care.md": CARE, **files}.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, encoding="utf-8")
    return take_inventory(docs, LANGS)


def parity(tmp_path: Path, files: dict[str, str]) -> list[str]:
    return [str(problem) for problem in parity_problems(inventory(tmp_path, files), GLOSSARY)]


# -- parity_problems ---------------------------------------------------------------------


def test_a_faithful_translation_has_no_problems(tmp_path):
    assert parity(tmp_path, {"care.es.md": GOOD_ES}) == []


def test_a_structural_difference_is_reported_at_its_line_in_the_file(tmp_path):
    files = {"care.es.md": translation("# Atención { #atencion }\n\nOfrecemos cuidados paliativos.\n")}
    assert parity(tmp_path, files) == ["docs/care.es.md:5: heading ids differ: missing 'care', extra 'atencion'"]


def test_a_glossary_term_rendered_otherwise_is_reported(tmp_path):
    files = {"care.es.md": translation("# Atención { #care }\n\nOfrecemos atención paliativa.\n")}
    assert parity(tmp_path, files) == [
        "docs/care.es.md:5: glossary: 'palliative care' in section '#care': use 'cuidados paliativos' (translations/glossary/es.yml)"
    ]


def test_an_untranslated_scaffold_is_not_compared(tmp_path):
    # English words and a changed id: both would be reported in a translation
    files = {"care.es.md": translation("# Care { #other }\n\nWe offer care.\n", status="untranslated")}
    assert parity(tmp_path, files) == []


def test_an_outdated_translation_is_still_compared(tmp_path):
    files = {"care.ar.md": translation("# الرعاية { #ayuda }\n\nنقدم الرعاية.\n", english="# Old\n")}
    assert parity(tmp_path, files) == ["docs/care.ar.md:5: heading ids differ: missing 'care', extra 'ayuda'"]


def test_a_translation_that_cannot_be_read_is_left_to_the_inventory_problems(tmp_path):
    assert parity(tmp_path, {"care.es.md": "---\ntranslation: draft\n# Atención { #x }\n"}) == []


def test_problems_of_every_translation_are_sorted_by_file_line_and_message(tmp_path):
    files = {
        "care.es.md": translation("# Atención { #care }\n\nOfrecemos cuidados paliativos.\n\n![x](x.png)\n\n- uno\n"),
        "care.ar.md": translation("# B { #b }\n"),
    }
    assert parity(tmp_path, files) == [
        "docs/care.ar.md:5: heading ids differ: missing 'care', extra 'b'",
        "docs/care.es.md:5: 1 list items in section '#care', English has 0",
        "docs/care.es.md:5: images differ in section '#care': missing none, extra 'x.png'",
    ]


# -- gate_problems ---------------------------------------------------------------------------


INCOMPLETE = {
    "care.es.md": GOOD_ES,  # current draft: fine
    "care.ar.md": translation("# الرعاية { #care }\n\nنص.\n", english="# Old\n"),  # outdated
    "team.md": TEAM,
    "team.es.md": translation(TEAM, status="untranslated", english=TEAM),
    # team.ar.md missing
    "old.es.md": "# Viejo\n",  # orphan
}
ORPHAN = "docs/old.es.md:1: translation of 'docs/old.md', which does not exist — rename it after its English page or delete it"


def test_the_relaxed_gate_fails_on_problems_but_not_on_incomplete_work(tmp_path):
    assert gate_problems(inventory(tmp_path, INCOMPLETE), GLOSSARY, strict=False) == [ORPHAN]


def test_the_relaxed_gate_includes_parity_problems(tmp_path):
    files = {"care.es.md": translation("# Atención { #atencion }\n\nOfrecemos cuidados paliativos.\n")}
    assert gate_problems(inventory(tmp_path, files), GLOSSARY, strict=False) == [
        "docs/care.es.md:5: heading ids differ: missing 'care', extra 'atencion'"
    ]


def test_the_strict_gate_adds_each_incomplete_page_with_the_command_to_run(tmp_path):
    assert gate_problems(inventory(tmp_path, INCOMPLETE), GLOSSARY, strict=True) == [
        ORPHAN,
        "docs/care.ar.md: outdated — see `translate diff ar care.md`, update the translation, then `translate stamp ar care.md`",
        "docs/team.ar.md: missing — start it with `translate new ar team.md`",
        "docs/team.es.md: untranslated — translate it, then `translate stamp`",
    ]


def test_a_complete_site_passes_the_strict_gate(tmp_path):
    files = {"care.es.md": GOOD_ES, "care.ar.md": signed_off(translation("# الرعاية { #care }\n\nنص.\n"), CARE)}
    assert gate_problems(inventory(tmp_path, files), GLOSSARY, strict=True) == []


def test_translation_reviewed_without_a_sign_off_fails_the_gate(tmp_path):
    files = {"care.es.md": GOOD_ES.replace("translation: draft", "translation: reviewed")}
    assert gate_problems(inventory(tmp_path, files), GLOSSARY, strict=False) == [
        "docs/care.es.md:2: 'translation: reviewed' without the sign-off that records what was reviewed"
        " — readers see a draft until a medical reviewer signs it off with `translate sign-off`"
    ]
