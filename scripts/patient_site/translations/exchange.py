"""Sending a language to a translation agency and taking its work back:
`translate export` and `translate import` on the project's files.

The Markdown beside each English page stays the source of truth; XLIFF is a
way in and out of it. Export writes one file per page; import writes the
targets back, refuses a file whose Markdown changed since the export (unless
forced), stamps the page as a draft of the English it was exported against,
and checks it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from patient_site.content.front_matter import Document, FrontMatterError, set_fields, split_front_matter
from patient_site.content.page_meta import DRAFT, UNTRANSLATED
from patient_site.content.source_files import SourceError, read_text
from patient_site.problems import Problem
from patient_site.project import ProjectPaths
from patient_site.translations.checks import COMMAND, parity_problems
from patient_site.translations.glossary import Glossary
from patient_site.translations.inventory import DRAFT as DRAFT_STATE
from patient_site.translations.inventory import MISSING, REVIEWED, Inventory, source_hash, take_inventory
from patient_site.translations.languages import translation_path
from patient_site.translations.translation_memory import TranslationMemory
from patient_site.translations.units import Unit, page_units
from patient_site.translations.workflow import last_commit, source_version
from patient_site.translations.xliff_export import export_page
from patient_site.translations.xliff_file import XliffError, XliffPage, read_xliff, skeleton_hash, write_xliff
from patient_site.translations.xliff_import import merge


@dataclass
class Report:
    """What a command did, and the problems that stopped part of it."""

    lines: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    units: int = 0


def _page_arg(page: str) -> str:
    return page[len("docs/") :] if page.startswith("docs/") else page


def _units(inventory: Inventory, page: str, lang: str) -> tuple[list[Unit], list[Problem]]:
    state = inventory.state(page, lang)
    english, translation = inventory.documents.get(page), inventory.documents.get(state.path)
    if english is None or translation is None:
        return [], []  # unreadable: already a problem of the inventory
    return page_units(english, translation, state.state != UNTRANSLATED, f"docs/{state.path}", f"docs/{page}")


def _memory(inventory: Inventory, lang: str) -> TranslationMemory:
    """The units of every current translation of `lang`."""
    memory = TranslationMemory()
    for page in inventory.pages:
        state = inventory.states.get((page, lang))
        if state is not None and state.state in (DRAFT_STATE, REVIEWED):
            memory.add(f"docs/{state.path}", _units(inventory, page, lang)[0])
    return memory


def xliff_name(page: str, lang: str) -> str:
    """`services/hospital.md` -> `services/hospital.es.xlf`."""
    return page[: -len(".md")] + f".{lang}.xlf"


def command_export(
    paths: ProjectPaths, lang: str, pages: list[str], out: Path | None, languages: tuple[str, ...], glossary: Glossary
) -> Report:
    """One XLIFF file per page of `lang` (every page when none is given)."""
    report = Report()
    if lang not in languages:
        report.problems.append(Problem("mkdocs.yml", 1, f"unknown language '{lang}' — use one of {', '.join(languages)}"))
        return report
    inventory = take_inventory(paths.docs_dir, languages)
    wanted = [_page_arg(page) for page in pages] or inventory.pages
    files = {f"docs/{page}" for page in wanted} | {f"docs/{translation_path(page, lang)}" for page in wanted}
    report.problems.extend(p for p in inventory.problems if p.path in files)
    out_dir = out if out is not None else paths.root / "build" / "xliff" / lang
    memory = _memory(inventory, lang)
    for page in wanted:
        if page not in inventory.pages:
            report.problems.append(Problem(f"docs/{page}", 1, "no such English page — give the English page, e.g. services/hospital.md"))
            continue
        state = inventory.states.get((page, lang))
        if state is None:
            continue  # unreadable: already a problem
        if state.state == MISSING:
            report.problems.append(
                Problem(f"docs/{state.path}", 1, f"does not exist — start it with `{COMMAND} new {lang} {page}`, then export it")
            )
            continue
        units, problems = _units(inventory, page, lang)
        if problems:
            report.problems.extend(problems)
            continue
        english_text = inventory.texts[page]
        previous = _previous_english(paths, page, inventory.documents[state.path].meta)
        xliff_page = export_page(
            state,
            units,
            glossary.languages.get(lang),
            memory,
            previous,
            skeleton_hash(inventory.texts[state.path]),
            source_hash(english_text),
        )
        target = out_dir / xliff_name(page, lang)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(write_xliff(xliff_page))
        report.units += len(units)
        report.lines.append(f"wrote {paths.display(target)} ({len(units)} units, {state.state})")
    return report


def _previous_english(paths: ProjectPaths, page: str, meta: dict) -> Document | None:
    """The English text an outdated translation was made from, when the git
    history has it (None otherwise, or when the translation is current)."""
    wanted = str(meta.get("source_hash") or "")
    english = paths.docs_dir / page
    current = english.read_text(encoding="utf-8")
    if not wanted or wanted == source_hash(current):
        return None
    found = source_version(paths.root, paths.display(english), wanted, str(meta.get("source_commit") or ""))
    if found is None:
        return None
    try:
        return split_front_matter(found[1])
    except FrontMatterError:
        return None


def _display(paths: ProjectPaths, path: Path) -> str:
    try:
        return paths.display(path)
    except ValueError:
        return str(path)


def command_import(
    paths: ProjectPaths, files: list[Path], force: bool, languages: tuple[str, ...], glossary: Glossary
) -> Report:
    """Write each file's targets back into its Markdown translation."""
    report = Report()
    imported: set[str] = set()
    for file in files:
        display = _display(paths, file)
        try:
            page = read_xliff(file.read_bytes(), display)
        except OSError as error:
            report.problems.append(Problem(display, 1, f"cannot be read ({error.strerror}) — give the path of an exported file"))
            continue
        except XliffError as error:
            report.problems.append(error.problem)
            continue
        imported_into = _import_one(paths, page, display, force, languages, report)
        if imported_into:
            imported.add(imported_into)
    if imported:
        inventory = take_inventory(paths.docs_dir, languages)
        report.problems.extend(p for p in parity_problems(inventory, glossary) if p.path in imported)
    return report


def _import_one(paths: ProjectPaths, page: XliffPage, display: str, force: bool, languages: tuple[str, ...], report: Report) -> str:
    english = paths.docs_dir / page.page
    inside = english.resolve().is_relative_to(paths.docs_dir.resolve()) and page.page.endswith(".md")
    if page.lang not in languages or not inside or not english.is_file():
        report.problems.append(Problem(display, 1, f"is for docs/{page.page} in '{page.lang}', which this site does not have — import it into the site it was exported from"))
        return ""
    expected = f"docs/{translation_path(page.page, page.lang)}"
    if page.translation_file != expected:
        report.problems.append(Problem(display, 1, f"names {page.translation_file} as its translation, not {expected} — import only files made by `{COMMAND} export`"))
        return ""
    target = paths.docs_dir / translation_path(page.page, page.lang)
    try:
        text = read_text(target, expected)
        english_text = read_text(english, f"docs/{page.page}")
    except FileNotFoundError:
        report.problems.append(Problem(expected, 1, f"does not exist — start it with `{COMMAND} new {page.lang} {page.page}`, then export again"))
        return ""
    except SourceError as error:
        report.problems.append(error.problem)
        return ""
    if not force and skeleton_hash(text) != page.translation_hash:
        report.problems.append(
            Problem(display, 1, f"{expected} changed since this file was exported — export it again (your CAT tool's memory brings the work over), or import with --force to write the units into the changed page")
        )
        return ""
    english_hash = source_hash(english_text)
    if not force and english_hash != page.english_hash:
        report.problems.append(
            Problem(display, 1, f"docs/{page.page} changed since this file was exported — export it again to translate the current English, or import with --force (the page is then stamped as translated from the English that was exported)")
        )
        return ""
    try:
        english_document, document = split_front_matter(english_text), split_front_matter(text)
    except FrontMatterError as error:
        report.problems.append(Problem(expected, error.line, error.message))
        return ""
    units, problems = page_units(english_document, document, True, expected, f"docs/{page.page}")
    if problems:
        report.problems.extend(problems)
        return ""
    merged, problems = merge(document, text, units, page, display)
    if merged is None:
        report.problems.extend(problems)
        return ""
    new_text = _stamped(paths, merged.text, document.meta, page, english, english_hash, bool(merged.changed))
    if new_text != text:
        target.write_text(new_text, encoding="utf-8")
    changed = f"{len(merged.changed)} of {len(units)} units changed" if merged.changed else f"no unit of {len(units)} changed"
    stamp = " — stamped as a draft" if new_text != text else ""
    report.lines.append(f"imported {display} into {expected}: {changed}{stamp}")
    report.lines.extend(f"{display}:{line}: unit '{ident}', note from {origin or 'the translator'}: {note}" for line, ident, origin, note in merged.notes)
    report.units += len(units)
    return expected


def _stamped(paths: ProjectPaths, text: str, meta: dict, page: XliffPage, english: Path, english_hash: str, changed: bool) -> str:
    """A translation whose text changed (or that was not current) becomes a
    draft of the English it was exported against."""
    current = meta.get("source_hash") == page.english_hash and meta.get("translation", DRAFT) != UNTRANSLATED
    if not changed and current:
        return text
    relative = paths.display(english)
    if english_hash == page.english_hash:
        commit = last_commit(paths.root, relative)
    else:
        found = source_version(paths.root, relative, page.english_hash, "")
        commit = found[0] if found else ""
    return set_fields(text, {"translation": DRAFT, "source_hash": page.english_hash, "source_commit": commit})
