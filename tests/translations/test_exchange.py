"""Sending a language to an agency and taking the work back, on a copy of
the tiny fixture site and on a copy of the real site's docs/: export, a CAT
tool's edits made with translate-toolkit, import."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from translate.storage import xliff
from translate.storage.placeables import StringElem

from patient_site.content.front_matter import split_front_matter
from patient_site.project import ProjectPaths, read_project
from patient_site.translations.exchange import command_export, command_import
from patient_site.translations.glossary import load_glossary
from patient_site.translations.inventory import source_hash
from patient_site.translations.workflow import command_new
from tests.support.project import PROJECT_DIR

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "translation-project"
LANGS = ("es", "ar")
CARE_UNIT, CARE_1_UNIT = 'id="care"', 'id="care/1"'


def project(root: Path, source: Path = FIXTURE) -> ProjectPaths:
    shutil.copytree(source, root, ignore=shutil.ignore_patterns("site", "build", ".venv", "__pycache__"))
    return read_project(root / "mkdocs.yml").paths


@pytest.fixture
def site(tmp_path: Path) -> ProjectPaths:
    """The fixture site, its Spanish care page stamped as current."""
    paths = project(tmp_path / "site")
    care = paths.docs_dir / "care.es.md"
    english = (paths.docs_dir / "care.md").read_text(encoding="utf-8")
    care.write_text(care.read_text(encoding="utf-8").replace("translation: draft\n", f"translation: draft\nsource_hash: {source_hash(english)}\n"), encoding="utf-8")
    return paths


def glossary(paths: ProjectPaths):  # type: ignore[no-untyped-def]
    return load_glossary(paths.glossary, ("en", *LANGS))


def export(paths: ProjectPaths, *pages: str, lang: str = "es"):  # type: ignore[no-untyped-def]
    return command_export(paths, lang, list(pages), paths.root / "out", LANGS, glossary(paths))


def import_(paths: ProjectPaths, *files: Path, force: bool = False):  # type: ignore[no-untyped-def]
    return command_import(paths, list(files), force, LANGS, glossary(paths))


def read(paths: ProjectPaths, name: str) -> str:
    return (paths.docs_dir / name).read_text(encoding="utf-8")


def edit_targets(file: Path, edits: dict) -> None:  # type: ignore[type-arg]
    """Change units as a CAT tool does, with translate-toolkit: `edits` maps a
    unit id to a function of its rich target (a StringElem) giving the new one."""
    store = xliff.xlifffile.parsefile(str(file))
    for unit in store.getunits():
        change = edits.get(unit.xmlelement.get("id"))
        if change is not None:
            unit.rich_target = [change(unit.rich_target[0])]
    store.savefile(str(file))


# -- export ------------------------------------------------------------------------------------


def test_export_writes_one_file_per_page_with_every_unit(site):
    report = export(site, "care.md")
    assert (report.lines, report.problems) == (["wrote out/care.es.xlf (9 units, draft)"], [])
    store = xliff.xlifffile.parsefile(str(site.root / "out" / "care.es.xlf"))
    assert [(u.xmlelement.get("id"), u.target) for u in store.getunits()] == [
        ("description", "Sobre los cuidados paliativos."),
        ("care", "Cuidados paliativos { #care }"),
        ("care/1", "Mayo Clinic ofrece cuidados paliativos. [@ref2015]"),
        ("who-helps", "Quién ayuda { #who-helps }"),
        ("who-helps/1", "médicos"),
        ("who-helps/2", "enfermeras"),
        ("who-helps/3", "Pregunte a su equipo."),
        ("who-helps/4:alt1", "Un equipo"),
        ("who-helps/5", "Vea las clínicas."),
    ]


def test_export_of_a_language_writes_every_page_and_says_which_are_missing(site):
    report = export(site, lang="ar")
    assert report.lines == ["wrote out/care.ar.xlf (9 units, outdated)"]
    assert [str(p) for p in report.problems] == ["docs/clinics.ar.md:1: does not exist — start it with `translate new ar clinics.md`, then export it"]


def test_export_refuses_a_translation_whose_blocks_do_not_pair(site):
    care = site.docs_dir / "care.es.md"
    care.write_text(read(site, "care.es.md").replace("- médicos\n- enfermeras\n", "- médicos y enfermeras\n"), encoding="utf-8")
    report = export(site, "care.md")
    assert report.lines == []
    assert [str(p) for p in report.problems] == [
        "docs/care.es.md:17: section '#who-helps' has 5 blocks to translate (its heading included), the English 6: this paragraph pairs"
        " with a list item of the English (docs/care.md:13) — were two paragraphs merged, or one split? Make its blocks pair with the"
        " English ones, then export again"
    ]
    assert not (site.root / "out" / "care.es.xlf").exists()


# -- import ------------------------------------------------------------------------------------


def test_importing_an_unchanged_file_changes_nothing(site):
    export(site, "care.md")
    before = read(site, "care.es.md")
    report = import_(site, site.root / "out" / "care.es.xlf")
    assert (report.lines, report.problems) == (["imported out/care.es.xlf into docs/care.es.md: no unit of 9 changed"], [])
    assert read(site, "care.es.md") == before


def test_a_cat_tool_s_edits_come_back_at_their_places(site):
    export(site, "care.md")
    before = read(site, "care.es.md")
    file = site.root / "out" / "care.es.xlf"

    def citation_first(target: StringElem) -> StringElem:
        text, citation = target.sub[0], target.sub[1]
        return StringElem([citation, " Mayo Clinic le ofrece cuidados paliativos."]) if str(text).startswith("Mayo") else target

    edit_targets(file, {"care/1": citation_first, "who-helps/2": lambda _t: StringElem(["enfermeras y enfermeros"])})
    store = xliff.xlifffile.parsefile(str(file))
    store.getunits()[1].addnote("¿Título más corto?", origin="translator")
    store.savefile(str(file))
    report = import_(site, file)
    assert report.problems == []
    assert report.lines == [
        "imported out/care.es.xlf into docs/care.es.md: 2 of 9 units changed — stamped as a draft",
        f"out/care.es.xlf:{_line_of(file, CARE_UNIT)}: unit 'care', note from translator: ¿Título más corto?",
    ]
    text = read(site, "care.es.md")
    body = split_front_matter(text).body
    assert body == split_front_matter(before).body.replace(
        "Mayo Clinic ofrece cuidados paliativos. [@ref2015]", "[@ref2015] Mayo Clinic le ofrece cuidados paliativos."
    ).replace("- enfermeras\n", "- enfermeras y enfermeros\n")
    assert {k: v for k, v in split_front_matter(text).meta.items() if k != "source_commit"} == split_front_matter(before).meta


def _line_of(file: Path, needle: str) -> int:
    return next(n for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def test_a_cat_tool_that_drops_a_placeholder_is_refused_naming_the_unit(site):
    export(site, "care.md")
    file = site.root / "out" / "care.es.xlf"
    edit_targets(file, {"care/1": lambda _t: StringElem(["Mayo Clinic ofrece cuidados paliativos."])})
    before = read(site, "care.es.md")
    report = import_(site, file)
    assert [str(p) for p in report.problems] == [
        f"out/care.es.xlf:{_line_of(file, CARE_1_UNIT)}: unit 'care/1': placeholder <ph id=\"1\"> ('[@ref2015]') is missing"
        " — put it back where it belongs in the text"
    ]
    assert read(site, "care.es.md") == before


def test_import_refuses_a_page_changed_since_the_export_unless_forced(site):
    export(site, "care.md")
    file = site.root / "out" / "care.es.xlf"
    edit_targets(file, {"who-helps/1": lambda _t: StringElem(["médicas y médicos"])})
    care = site.docs_dir / "care.es.md"
    care.write_text(read(site, "care.es.md").replace("Pregunte a su equipo.", "Pregunte a su equipo de atención."), encoding="utf-8")
    report = import_(site, file)
    assert [str(p) for p in report.problems] == [
        "out/care.es.xlf:1: docs/care.es.md changed since this file was exported — export it again (your CAT tool's memory brings the work"
        " over), or import with --force to write the units into the changed page"
    ]
    assert "médicas" not in read(site, "care.es.md")
    # Forced, the file's units go into the changed page: its change to the note is the file's again.
    assert import_(site, file, force=True).problems == []
    assert "- médicas y médicos\n" in read(site, "care.es.md")
    assert "Pregunte a su equipo.\n" in read(site, "care.es.md")


def test_import_refuses_when_the_english_changed_since_the_export_unless_forced(site):
    export(site, "care.md")
    english = site.docs_dir / "care.md"
    english.write_text(read(site, "care.md").replace("- nurses", "- nurses and aides"), encoding="utf-8")
    report = import_(site, site.root / "out" / "care.es.xlf")
    assert [str(p) for p in report.problems] == [
        "out/care.es.xlf:1: docs/care.md changed since this file was exported — export it again to translate the current English,"
        " or import with --force (the page is then stamped as translated from the English that was exported)"
    ]


def test_importing_into_an_outdated_page_stamps_it_against_the_english_exported(site):
    care = site.docs_dir / "care.es.md"
    care.write_text(read(site, "care.es.md").replace("source_hash: sha256:", "source_hash: sha256:0000"), encoding="utf-8")
    export(site, "care.md")
    report = import_(site, site.root / "out" / "care.es.xlf")
    assert report.lines == ["imported out/care.es.xlf into docs/care.es.md: no unit of 9 changed — stamped as a draft"]
    assert split_front_matter(read(site, "care.es.md")).meta["source_hash"] == source_hash(read(site, "care.md"))


def test_after_import_the_page_is_checked(site):
    export(site, "care.md")
    file = site.root / "out" / "care.es.xlf"
    edit_targets(
        file,
        {
            "care": lambda t: StringElem(["Atención paliativa", t.sub[1]]),
            "care/1": lambda t: StringElem(["Mayo Clinic ofrece atención paliativa. ", t.sub[1]]),
        },
    )
    report = import_(site, file)
    heading = _line_of(site.docs_dir / "care.es.md", "{ #care }")
    assert [str(p) for p in report.problems] == [
        f"docs/care.es.md:{heading}: glossary: 'palliative care' in section '#care': use 'cuidados paliativos' (translations/glossary/es.yml)"
    ]
    assert "# Atención paliativa { #care }" in read(site, "care.es.md")


def test_a_file_that_cannot_be_read_is_a_problem_not_a_traceback(site):
    (site.root / "broken.xlf").write_text("<xliff", encoding="utf-8")
    report = import_(site, site.root / "broken.xlf", site.root / "none.xlf")
    assert [p.path for p in report.problems] == ["broken.xlf", "none.xlf"]
    assert report.problems[1].message == "cannot be read (No such file or directory) — give the path of an exported file"


# -- the real site ------------------------------------------------------------------------------


def test_the_round_trip_over_every_translation_of_the_real_site_is_byte_identical(tmp_path):
    paths = project(tmp_path / "site", PROJECT_DIR)
    languages = read_project(paths.root / "mkdocs.yml").languages.others
    terms = load_glossary(paths.glossary, ("en", *languages))
    before = {path: path.read_bytes() for path in paths.docs_dir.rglob("*.md")}
    started = time.perf_counter()
    files, units = [], 0
    for lang in languages:
        report = command_export(paths, lang, [], paths.root / "xliff" / lang, languages, terms)
        assert report.problems == []
        units += report.units
        files += sorted((paths.root / "xliff" / lang).rglob("*.xlf"))
    # translate-toolkit's own reader sees every unit, with its source and target.
    read = [unit for file in files for unit in xliff.xlifffile.parsefile(str(file)).getunits()]
    assert len(read) == units and all(unit.source.strip() and unit.target.strip() for unit in read)
    report = command_import(paths, files, False, languages, terms)
    assert report.problems == []
    assert all(line.endswith("changed") and ": no unit of " in line for line in report.lines)
    assert {path: path.read_bytes() for path in paths.docs_dir.rglob("*.md")} == before
    print(f"\nround trip: {len(files)} files, {units} units, {time.perf_counter() - started:.2f} s")
    assert len(files) == len(languages) * len([p for p in before if p.name.count(".") == 1])


def test_a_file_naming_a_page_outside_docs_is_refused(site):
    export(site, "care.md")
    file = site.root / "out" / "care.es.xlf"
    file.write_bytes(file.read_bytes().replace(b'original="care.md"', b'original="../mkdocs.md"'))
    (site.root / "mkdocs.md").write_text("# Not a page\n", encoding="utf-8")
    report = import_(site, file)
    assert [str(p) for p in report.problems] == [
        "out/care.es.xlf:1: is for docs/../mkdocs.md in 'es', which this site does not have — import it into the site it was exported from"
    ]


def test_a_page_started_with_new_goes_out_without_targets_and_comes_back_a_draft(site):
    command_new(site, "ar", "clinics.md", LANGS)
    report = export(site, "clinics.md", lang="ar")
    assert report.lines == ["wrote out/clinics.ar.xlf (3 units, untranslated)"]
    file = site.root / "out" / "clinics.ar.xlf"
    store = xliff.xlifffile.parsefile(str(file))
    assert [u.target for u in store.getunits()] == [None] * 3
    # Without a translation for every unit, nothing is imported.
    assert len(import_(site, file).problems) == 3
    for unit in store.getunits():
        unit.rich_target = unit.rich_source
    store.savefile(str(file))
    report = import_(site, file)
    assert (report.problems, report.lines) == ([], ["imported out/clinics.ar.xlf into docs/clinics.ar.md: no unit of 3 changed — stamped as a draft"])
    assert split_front_matter(read(site, "clinics.ar.md")).meta["translation"] == "draft"
