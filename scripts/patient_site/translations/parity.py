"""Structural parity of a translation with its English page.

A translation must keep what readers navigate by and what tools rely on:
the same heading ids, internal link targets, citation keys, images,
directives, admonitions and list items, section by section. Each difference
is reported as `file:line: what differs`.
"""

from __future__ import annotations

from collections import Counter

from patient_site.content.structure import Section, Structure
from patient_site.problems import Problem


def _describe(items: list[str]) -> str:
    return ", ".join(f"'{item}'" for item in items) if items else "none"


def _directive_lines(section: Section) -> Counter[str]:
    return Counter(f"[[{name}{' ' + argument if argument else ''}]]" for name, argument, _line in section.directives)


_CHECKS = (
    ("internal link targets", lambda s: Counter(target for target, _ in s.links if "://" not in target)),
    ("images", lambda s: Counter(s.images)),
    ("citation keys", lambda s: Counter(key for key, _ in s.citations)),
    ("directives", _directive_lines),
)


def compare_structure(english: Structure, translation: Structure, path: str) -> list[Problem]:
    """Every structural difference of `translation` from `english`."""
    problems = [
        Problem(path, line, "heading without an explicit id — add '{ #id }' with the English page's id")
        for line in translation.headings_without_id
    ]
    if english.heading_ids != translation.heading_ids:
        theirs, ours = Counter(english.heading_ids), Counter(translation.heading_ids)
        missing = sorted((theirs - ours).elements())
        extra = sorted((ours - theirs).elements())
        if missing or extra:
            line = next((s.line for s in translation.sections if s.id in extra), translation.sections[-1].line)
            problems.append(
                Problem(path, line, f"heading ids differ: missing {_describe(missing)}, extra {_describe(extra)}")
            )
        else:
            problems.append(
                Problem(path, translation.sections[0].line, "headings are in a different order than in English")
            )
    by_id = {s.id: s for s in english.sections}
    for section in translation.sections:
        source = by_id.get(section.id)
        if source is None:
            continue
        where = f"section '#{section.id}'" if section.id else "the text before the first heading"
        for label, collect in _CHECKS:
            theirs, ours = collect(source), collect(section)
            if theirs != ours:
                missing = sorted((theirs - ours).elements())
                extra = sorted((ours - theirs).elements())
                problems.append(
                    Problem(path, section.line, f"{label} differ in {where}: missing {_describe(missing)}, extra {_describe(extra)}")
                )
        for label, attribute in (("admonitions", "admonitions"), ("list items", "list_items")):
            theirs, ours = getattr(source, attribute), getattr(section, attribute)
            if theirs != ours:
                problems.append(Problem(path, section.line, f"{ours} {label} in {where}, English has {theirs}"))
    return problems
