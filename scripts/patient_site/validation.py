"""Everything a build reads, loaded and checked before any page is rendered.

`load_inputs` reads the site's sources once — every page and its front
matter (the translation inventory), the bibliography, the glossary, the
interface text, the campus data — and collects every problem instead of
stopping at the first. `check_sources` then checks what the pages refer to:
internal links and anchors, citation keys, directives and their arguments,
hospital-link keys. Every problem names its file and line; one broken page
never causes problems to be reported about others.

The build's parent process runs both before it starts the language
processes; a plain `mkdocs build` runs them in the plugin.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from patient_site.content.directives import unknown_directive
from patient_site.content.hospital_links import SCHEME, unknown_key
from patient_site.content.links import check_links
from patient_site.content_memo import ContentMemo
from patient_site.pages.campus_data import CampusServices, load_campus_services
from patient_site.problems import Problem, ProblemsFound, unique_sorted
from patient_site.project import ProjectPaths
from patient_site.references.bibliography import Bibliography, load_bibliography
from patient_site.translations.glossary import Glossary, load_glossary
from patient_site.translations.interface_text import REQUIRED_MESSAGES, InterfaceText, load_interface_text
from patient_site.translations.inventory import Inventory, take_inventory
from patient_site.translations.languages import SiteLanguages

# The directives pages may use, and which of them take a campus id.
DIRECTIVES = ("bibliography", "campus-services", "campus-services-table", "handouts")


@dataclass
class Inputs:
    """The site's sources, read once; a part that could not be read is None."""

    inventory: Inventory
    bibliography: Bibliography | None = None
    glossary: Glossary | None = None
    interface_text: InterfaceText | None = None
    campus_data: CampusServices | None = None
    problems: list[Problem] = field(default_factory=list)


def load_inputs(paths: ProjectPaths, languages: SiteLanguages, memo: ContentMemo | None = None) -> Inputs:
    """Read every source; `memo` keeps what was parsed from unchanged files
    (across `mkdocs serve` rebuilds)."""
    memo = memo or ContentMemo()
    inventory = take_inventory(paths.docs_dir, languages.others)
    inputs = Inputs(inventory, problems=list(inventory.problems))

    def load(what: str, path: Path, loader, *args):  # type: ignore[no-untyped-def]
        # Kept by what is loaded and how (the languages asked for), then by content.
        try:
            return memo.get(f"{what}{(path, *args)}", [path], lambda: loader(path, *args))
        except ProblemsFound as found:
            inputs.problems.extend(found.problems)
            return None

    if paths.bibliography.is_file():
        inputs.bibliography = load("bibliography", paths.bibliography, load_bibliography, paths.display(paths.bibliography))
    inputs.glossary = load("glossary", paths.glossary, load_glossary, languages.all, paths.display(paths.glossary))
    inputs.interface_text = load(
        "interface text", paths.interface_text, load_interface_text, languages.all, paths.display(paths.interface_text), tuple(sorted(REQUIRED_MESSAGES))
    )
    if paths.campus_data.is_file():
        inputs.campus_data = load("campus data", paths.campus_data, load_campus_services, languages.all, paths.display(paths.campus_data))
    return inputs


def _directive_problem(name: str, argument: str, campus_data: CampusServices | None) -> str | None:
    if name not in DIRECTIVES:
        return unknown_directive(name, DIRECTIVES)
    if name.startswith("campus-services") and campus_data is None:
        return f"[[{name}]] needs the campus data file (docs/_data/campus-services.yml) — add it or remove this line"
    if name == "campus-services":
        known = [campus.id for campus in campus_data.campuses] if campus_data else []
        if argument not in known:
            return f"[[campus-services {argument}]]: unknown campus '{argument}' — use one of {', '.join(known)}"
    return None


def check_sources(
    inputs: Inputs,
    assets: Iterable[str],
    hospital_links: Mapping[str, object],
    bibliography_name: str = "bibliography.bib",
    bibliography_unreadable: bool = False,
) -> list[Problem]:
    """What the pages refer to, checked against what exists. (A bibliography
    that could not be read has its own problems: its keys are not checked.)"""
    inventory = inputs.inventory
    structures = inventory.structures()
    english_of = {src: inventory.english_of(src) for src in structures}
    problems = check_links(structures, english_of, assets, inventory.pages)
    keys = inputs.bibliography.data.entries if inputs.bibliography is not None else {}
    for src, structure in structures.items():
        path = f"docs/{src}"
        for section in structure.sections:
            for key, line in section.citations:
                if key not in keys and not bibliography_unreadable:
                    problems.append(
                        Problem(path, line, f"unknown citation key '{key}' — add it to {bibliography_name} or correct the key")
                    )
            for name, argument, line in section.directives:
                message = _directive_problem(name, argument, inputs.campus_data)
                if message:
                    problems.append(Problem(path, line, message))
            for target, line in section.links:
                if target.startswith(SCHEME) and target[len(SCHEME):] not in hospital_links:
                    problems.append(Problem(path, line, unknown_key(target[len(SCHEME):], hospital_links)))
    return problems


def validate(
    paths: ProjectPaths,
    languages: SiteLanguages,
    assets: Iterable[str],
    hospital_links: Mapping[str, object],
    memo: ContentMemo | None = None,
) -> tuple[Inputs, list[Problem]]:
    """Load and check everything; the inputs and every problem, each once."""
    inputs = load_inputs(paths, languages, memo)
    unreadable = inputs.bibliography is None and paths.bibliography.is_file()
    checked = check_sources(inputs, assets, hospital_links, paths.display(paths.bibliography), unreadable)
    return inputs, unique_sorted([*inputs.problems, *checked])
