"""Translation memory: how the site already translates an English block.

Identical English blocks (the same Markdown: words, links, citations) are
often translated on more than one page ("Learn more", a campus name, a
sentence about appointments). Each current translation's units are indexed
by their English Markdown, so an export can offer the others as matches. The
placeholders of identical English blocks are numbered alike, so a match fits
the unit it is offered for.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from patient_site.content.blocks import render
from patient_site.translations.units import DESCRIPTION, Segment, Unit


@dataclass(frozen=True)
class Memory:
    origin: str  # "docs/services/hospital.es.md#learn-more/1"
    target: tuple[Segment, ...]


def english_markdown(unit: Unit) -> str:
    """The English of a unit as written (what makes two blocks identical)."""
    if unit.english is None:
        return f"{DESCRIPTION}:{''.join(s for s in unit.source if isinstance(s, str))}"
    return f"{unit.kind}:{render(unit.english.content)}"


@dataclass
class TranslationMemory:
    entries: dict[str, list[Memory]] = field(default_factory=dict)

    def add(self, path: str, units: Iterable[Unit]) -> None:
        """The translated units of one current translation (file `path`)."""
        for unit in units:
            if unit.target is not None:
                self.entries.setdefault(english_markdown(unit), []).append(Memory(f"{path}#{unit.id}", unit.target))

    def matches(self, path: str, unit: Unit) -> list[Memory]:
        """Other translations of the unit's English, each text once, none the
        unit's own."""
        found: list[Memory] = []
        for memory in self.entries.get(english_markdown(unit), []):
            if memory.origin == f"{path}#{unit.id}" or memory.target == unit.target:
                continue
            if all(memory.target != other.target for other in found):
                found.append(memory)
        return found
