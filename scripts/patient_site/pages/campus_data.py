"""The services-by-campus data: which service the source places where.

Renders the overview table and each campus's list from one data file
(`docs/_data/campus-services.yml`) in the reader's language. Each service is,
at each campus, in one of three states, as the source says it:

- `this-campus`: the source names the service at this campus;
- `no-campus-named`: the source says the organization offers it, naming no campus;
- not listed: the source does not say — "not stated", never "not offered".
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path

import yaml

from patient_site.content.directives import DirectiveError
from patient_site.content.source_files import SourceError, read_text
from patient_site.content.yaml_errors import error_line, error_message
from patient_site.problems import Problem, ProblemsFound


@dataclass(frozen=True)
class Campus:
    id: str
    page: str
    name: dict[str, str]
    organization: str = ""
    places: tuple[tuple[str, str], ...] = ()  # (city, state)


THIS_CAMPUS = "this-campus"
NO_CAMPUS_NAMED = "no-campus-named"
NOT_STATED = "not-stated"
STATES = (THIS_CAMPUS, NO_CAMPUS_NAMED)  # what the data file may say
_CELL_TEXT = {THIS_CAMPUS: "status_this_campus", NO_CAMPUS_NAMED: "status_no_campus_named", NOT_STATED: "status_not_stated"}


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


def _item_lines(text: str) -> dict[tuple[str, int], int]:
    """(section, index) -> the line where each listed campus or service starts."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    lines: dict[tuple[str, int], int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(value, yaml.SequenceNode):
                for index, item in enumerate(value.value):
                    lines[(str(key.value), index)] = item.start_mark.line + 1
    return lines


def _entry_problems(item: object, kind: str, languages: tuple[str, ...]) -> list[str]:
    if not isinstance(item, dict):
        return [f"a {kind} must be a mapping with id, page and name"]
    missing = [key for key in ("id", "page", "name") if not item.get(key)]
    if missing:
        return [f"a {kind} without {', '.join(missing)} — add them"]
    if not isinstance(item["name"], dict):
        return [f"{kind} '{item['id']}': name must give each language's name (name: {{{languages[0]}: …}}) — write it per language"]
    absent = [lang for lang in languages if not item["name"].get(lang)]
    if absent:
        return [f"'{item['id']}' has no name in {', '.join(absent)} — add name.{absent[0]}"]
    return []


def load_campus_services(path: Path, languages: tuple[str, ...], display: str = "docs/_data/campus-services.yml") -> CampusServices:
    """Read and check the data file: every name in every language, every
    campus and state known. Raises ProblemsFound with each problem's line."""
    try:
        text = read_text(path, display)
    except SourceError as error:
        raise ProblemsFound([error.problem]) from None
    try:
        data = yaml.safe_load(text) or {}
    except yaml.MarkedYAMLError as error:
        raise ProblemsFound([Problem(display, error_line(error), error_message(error))]) from None
    lines = _item_lines(text)
    problems: list[Problem] = []
    campuses, services = [], []
    sections = data if isinstance(data, dict) else {}
    for index, item in enumerate(sections.get("campuses") or []):
        line = lines.get(("campuses", index), 1)
        found = _entry_problems(item, "campus", languages)
        if found:
            problems.extend(Problem(display, line, message) for message in found)
            continue
        places = tuple((p.get("city", ""), p.get("state", "")) for p in item.get("places") or () if isinstance(p, dict))
        campuses.append((line, Campus(str(item["id"]), str(item["page"]), dict(item["name"]), str(item.get("organization", "")), places)))
    for index, item in enumerate(sections.get("services") or []):
        line = lines.get(("services", index), 1)
        found = _entry_problems(item, "service", languages)
        if found:
            problems.extend(Problem(display, line, message) for message in found)
            continue
        stated = item.get("stated") or {}
        if not isinstance(stated, dict):
            problems.append(Problem(display, line, f"service '{item['id']}': 'stated' must map campus ids to states"))
            stated = {}
        services.append((line, Service(str(item["id"]), str(item["page"]), dict(item["name"]), tuple((str(k), str(v)) for k, v in stated.items()))))
    campus_ids = {campus.id for _line, campus in campuses}
    for line, service in services:
        for campus_id, state in service.stated:
            if campus_id not in campus_ids:
                problems.append(Problem(display, line, f"service '{service.id}' names unknown campus '{campus_id}' — use one of {', '.join(sorted(campus_ids))}"))
            if state not in STATES:
                problems.append(Problem(display, line, f"service '{service.id}' at '{campus_id}': unknown state '{state}' — use one of {', '.join(STATES)}"))
    if not campuses and not problems:
        problems.append(Problem(display, 1, "no campuses — list them under 'campuses:'"))
    if problems:
        raise ProblemsFound(problems)
    return CampusServices(tuple(campus for _line, campus in campuses), tuple(service for _line, service in services))


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
    for state, intro in ((THIS_CAMPUS, "campus_services_intro"), (NO_CAMPUS_NAMED, "campus_services_unnamed_intro")):
        services = [s for s in data.services if s.state_at(campus.id) == state]
        if services:
            items = "\n".join(f"- [{s.name[lang]}]({_link(s.page, from_page)})" for s in services)
            parts.append(f"{text[intro]}\n\n{items}")
    if not parts:
        parts.append(text["campus_services_none"])
    return "\n\n".join([*parts, overview])
