"""Every internal link and anchor in the Markdown sources resolves.

MkDocs warns about broken links without a line number; this check reads the
sources of every language and names file, line and what to do. Translations
link to English paths (`team/teamwork.md`), which static-i18n maps to the
reader's language, so targets resolve against the English page names.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from urllib.parse import unquote

from patient_site.content.structure import Structure
from patient_site.problems import Problem

# Sections the build appends to a page (the citations' reference list).
GENERATED_IDS = {"references"}


def _target_ids(structure: Structure) -> set[str]:
    ids = set(structure.heading_ids)
    if any(section.citations for section in structure.sections):
        ids |= GENERATED_IDS
    return ids


def check_links(
    structures: dict[str, Structure],
    english_of: dict[str, str],
    assets: Iterable[str] = (),
    pages: Iterable[str] | None = None,
) -> list[Problem]:
    """`structures` maps each readable Markdown source (relative to docs/) to
    its parsed structure; `english_of` maps each source to its English page;
    `pages` are all the English pages, readable or not (a page with broken
    front matter is still a page: links to it are not broken)."""
    readable = {src for src in structures if english_of.get(src) == src}
    pages = set(pages) if pages is not None else readable
    ids = {src: _target_ids(structures[src]) for src in readable}
    known_assets = set(assets)
    problems = []
    for src, structure in structures.items():
        english = english_of.get(src, src)
        for section in structure.sections:
            for target, line in section.links:
                problem = _check(target, english, pages, ids, known_assets, structure)
                if problem:
                    problems.append(Problem(f"docs/{src}", line, problem))
    return problems


def _check(target, english, pages, ids, assets, structure) -> str | None:  # type: ignore[no-untyped-def]
    if ":" in target.split("/")[0] or target.startswith(("//", "mailto:")):
        return None  # another scheme: external, hospital-link:, mailto:
    path, _, fragment = target.partition("#")
    path = unquote(path)
    if not path:
        if fragment and fragment not in _target_ids(structure):
            return f"link to '#{fragment}': this page has no heading with id '{fragment}' — use one of its heading ids"
        return None
    if path.startswith("/"):
        return f"link to '{target}' is absolute — write it relative to this file so the site works under any path"
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(english), path))
    if resolved in assets:
        return None
    if resolved not in pages:
        if not resolved.endswith(".md"):
            return f"link to '{target}': no such file — link to the page's .md file, relative to this file"
        return f"link to '{target}': there is no page docs/{resolved} — correct the path (relative to this file) or remove the link"
    if fragment and resolved in ids and fragment not in ids[resolved]:
        choices = ", ".join(sorted(ids[resolved]))
        return f"link to '{target}': docs/{resolved} has no heading with id '{fragment}' — use one of: {choices}"
    return None
