"""The services-by-campus data: which service the source places where.

Renders the overview table and each campus's list from one data file
(`docs/_data/campus-services.yml`) in the reader's language. Each service is,
at each campus, in one of three states, as the source says it:

- `this-campus`: the source names the service at this campus;
- `mayo-clinic`: the source says Mayo Clinic offers it, naming no campus;
- not listed: the source does not say — "not stated", never "not offered".
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from markdown_directives import DirectiveError


@dataclass(frozen=True)
class Campus:
    id: str
    page: str
    name: dict[str, str]
    organization: str = ""
    places: tuple[tuple[str, str], ...] = ()  # (city, state)


THIS_CAMPUS = "this-campus"
MAYO_CLINIC = "mayo-clinic"
NOT_STATED = "not-stated"
STATES = (THIS_CAMPUS, MAYO_CLINIC)  # what the data file may say
_CELL_TEXT = {THIS_CAMPUS: "status_this_campus", MAYO_CLINIC: "status_mayo_clinic", NOT_STATED: "status_not_stated"}


@dataclass(frozen=True)
class Service:
    id: str
    page: str
    name: dict[str, str]
    stated: tuple[tuple[str, str], ...]  # (campus id, state), for the campuses the source speaks of

    def state_at(self, campus_id: str) -> str:
        return dict(self.stated).get(campus_id, NOT_STATED)


@dataclass(frozen=True)
class CampusServices:
    campuses: tuple[Campus, ...]
    services: tuple[Service, ...]

    def campus_of_page(self, page: str) -> Campus | None:
        return next((c for c in self.campuses if c.page == page), None)

    def campus(self, campus_id: str) -> Campus:
        for campus in self.campuses:
            if campus.id == campus_id:
                return campus
        known = ", ".join(c.id for c in self.campuses)
        raise DirectiveError(f"unknown campus '{campus_id}' — use one of {known}")


@lru_cache(maxsize=8)
def load_campus_services(path: Path, languages: tuple[str, ...]) -> CampusServices:
    """Read and check the data file: every name in every language, every
    campus and state known."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    problems = []
    campuses = tuple(
        Campus(
            c["id"],
            c["page"],
            dict(c["name"]),
            c.get("organization", ""),
            tuple((p["city"], p["state"]) for p in c.get("places") or ()),
        )
        for c in data["campuses"]
    )
    campus_ids = {c.id for c in campuses}
    services = tuple(
        Service(s["id"], s["page"], dict(s["name"]), tuple((s.get("stated") or {}).items()))
        for s in data["services"]
    )
    for item in (*campuses, *services):
        missing = [lang for lang in languages if not item.name.get(lang)]
        if missing:
            problems.append(f"'{item.id}' has no name in {', '.join(missing)} — add name.{missing[0]}")
    for service in services:
        for campus_id, state in service.stated:
            if campus_id not in campus_ids:
                problems.append(f"service '{service.id}' names unknown campus '{campus_id}'")
            if state not in STATES:
                problems.append(
                    f"service '{service.id}' at '{campus_id}': unknown state '{state}' — use one of {', '.join(STATES)}"
                )
    if problems:
        raise ValueError("\n".join(f"{path}: {problem}" for problem in problems))
    return CampusServices(campuses, services)


def _link(target: str, from_page: str) -> str:
    """A Markdown link target from the page `from_page` (an English src path)."""
    page, _, fragment = target.partition("#")
    relative = posixpath.relpath(page, posixpath.dirname(from_page) or ".")
    return relative + (f"#{fragment}" if fragment else "")


def services_table(data: CampusServices, lang: str, from_page: str, text: dict[str, str]) -> str:
    """The overview table as Markdown, one row per service."""
    header = [text["service_column"]] + [
        f"[{c.name[lang]}]({_link(c.page, from_page)})" for c in data.campuses
    ]
    rows = []
    for service in data.services:
        cells = [f"[{service.name[lang]}]({_link(service.page, from_page)})"]
        for campus in data.campuses:
            cells.append(text[_CELL_TEXT[service.state_at(campus.id)]])
        rows.append(cells)
    lines = [
        text["services_by_campus_caption"],
        "",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
        *("| " + " | ".join(row) + " |" for row in rows),
        "",
        text["not_stated_note"],
    ]
    return "\n".join(lines)


def campus_services(data: CampusServices, campus_id: str, lang: str, from_page: str, text: dict[str, str]) -> str:
    """What the source says is offered at one campus, as a Markdown list."""
    campus = data.campus(campus_id)
    overview = f"[{text['see_all_campuses']}]({_link('campuses/index.md#services-by-campus', from_page)})"
    parts = []
    for state, intro in ((THIS_CAMPUS, "campus_services_intro"), (MAYO_CLINIC, "campus_services_unnamed_intro")):
        services = [s for s in data.services if s.state_at(campus.id) == state]
        if services:
            items = "\n".join(f"- [{s.name[lang]}]({_link(s.page, from_page)})" for s in services)
            parts.append(f"{text[intro]}\n\n{items}")
    if not parts:
        parts.append(text["campus_services_none"])
    return "\n\n".join([*parts, overview])
