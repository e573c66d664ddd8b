"""Load bibliography.bib once, or report every problem with its line.

pybtex parses the file; its own errors are poor for authors (an unclosed
brace is reported at the end of the file, a duplicate key without a line, and
an unescaped `%` silently cuts the rest of a field). So a light scanner reads
the raw text first and locates each problem on its real line; pybtex then
parses the file that passed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pybtex.database import BibliographyData
from pybtex.database.input.bibtex import Parser
from pybtex.scanner import PybtexSyntaxError

from bibstyle import DATE_FIELDS, LINK_FIELDS, REQUIRED_FIELDS, doi_link, safe_link
from problems import Problem, ProblemsFound
from ui_text import parse_iso_date

# A new entry starts with "@type{" or "@type(" at the start of a line.
_ENTRY_START = re.compile(r"^[ \t]*@[ \t]*([A-Za-z][\w-]*)[ \t]*([{(])", re.MULTILINE)
_FIELD_NAME = re.compile(r"\s*([A-Za-z][\w:.+/-]*)\s*=\s*")
_KEY = re.compile(r"\s*([^\s,{}()=\"#%']+)\s*,")
_NUMBER_OR_MACRO = re.compile(r"[\w:.+/-]+")
_SWALLOWED_FIELD = re.compile(r"\n[ \t]*[A-Za-z][\w-]*[ \t]*=[ \t]*[{\"\d]")
_UNESCAPED_PERCENT = re.compile(r"(?<!\\)%")
_NON_ENTRIES = {"comment", "preamble", "string"}


@dataclass
class RawField:
    name: str
    value: str
    line: int


@dataclass
class RawEntry:
    type: str
    key: str
    line: int
    fields: list[RawField] = field(default_factory=list)


@dataclass
class Bibliography:
    """The parsed file: entries in file order, with the line of each."""

    path: Path
    data: BibliographyData
    lines: dict[str, int]

    @property
    def keys(self) -> list[str]:
        return list(self.data.entries.keys())

    def __contains__(self, key: str) -> bool:
        return key in self.data.entries


class _Scanner:
    """Walks the raw text entry by entry, recording fields and problems."""

    def __init__(self, text: str, path: str) -> None:
        self.text = text
        self.path = path
        self.problems: list[Problem] = []
        self.entries: list[RawEntry] = []
        self.starts = [m.start() for m in _ENTRY_START.finditer(text)]

    def line_of(self, pos: int) -> int:
        return self.text.count("\n", 0, pos) + 1

    def problem(self, pos_or_line: int, message: str, *, is_line: bool = False) -> None:
        line = pos_or_line if is_line else self.line_of(pos_or_line)
        self.problems.append(Problem(self.path, line, message))

    def scan(self) -> None:
        for index, start in enumerate(self.starts):
            end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
            self._scan_entry(start, end)

    def _scan_entry(self, start: int, end: int) -> None:
        match = _ENTRY_START.match(self.text, start)
        assert match is not None
        entry_type = match.group(1).lower()
        closer = "}" if match.group(2) == "{" else ")"
        pos = match.end()
        if entry_type == "comment":
            return
        if entry_type in ("string", "preamble"):
            self._scan_fields(pos, end, closer, RawEntry(entry_type, "", self.line_of(start)))
            return
        key_match = _KEY.match(self.text, pos, end)
        if key_match is None:
            self.problem(start, f"'@{match.group(1)}' entry has no key followed by a comma — write '@{match.group(1)}{{key,'")
            return
        entry = RawEntry(entry_type, key_match.group(1), self.line_of(start))
        self.entries.append(entry)
        self._scan_fields(key_match.end(), end, closer, entry)

    def _scan_fields(self, pos: int, end: int, closer: str, entry: RawEntry) -> None:
        text = self.text
        label = f"entry '{entry.key}'" if entry.key else f"'@{entry.type}'"
        previous: RawField | None = None
        previous_end = pos
        while True:
            pos = _skip_space(text, pos, end)
            if pos >= end:
                where = f"after field '{previous.name}'" if previous else "after its key"
                self.problem(entry.line, f"{label} is not closed — add '{closer}' {where}", is_line=True)
                return
            if text[pos] == closer:
                return
            if text[pos] == ",":
                pos += 1
                continue
            name_match = _FIELD_NAME.match(text, pos, end)
            if name_match is None:
                self.problem(pos, f"{label}: expected a field like 'title = {{...}}' here — check the punctuation of the line before")
                return
            if previous is not None and not _comma_between(text, previous_end, pos):
                self.problem(
                    previous.line,
                    f"{label}: missing comma after field '{previous.name}' — add ',' at the end of its value",
                    is_line=True,
                )
            raw = RawField(name_match.group(1).lower(), "", self.line_of(pos))
            value_end = self._scan_value(name_match.end(), end, closer, raw, label)
            if value_end is None:
                return
            entry.fields.append(raw)
            previous, previous_end, pos = raw, value_end, value_end

    def _scan_value(self, pos: int, end: int, closer: str, raw: RawField, label: str) -> int | None:
        """Read `{…}`, `"…"`, numbers and macros joined by `#`; return the end."""
        text = self.text
        pieces = []
        while True:
            pos = _skip_space(text, pos, end)
            if pos >= end:
                self.problem(raw.line, f"{label}: field '{raw.name}' has no value", is_line=True)
                return None
            char = text[pos]
            if char in "{\"":
                close = _balanced_end(text, pos, end)
                if close is None:
                    self.problem(
                        raw.line,
                        f"{label}: unclosed brace in field '{raw.name}' — add the missing '}}'",
                        is_line=True,
                    )
                    return None
                value = text[pos + 1 : close]
                if _SWALLOWED_FIELD.search(value):
                    # The value runs on over the next fields' lines: its own
                    # closing brace is missing, whatever closed it later.
                    self.problem(
                        raw.line,
                        f"{label}: unclosed brace in field '{raw.name}' — add the missing '}}'",
                        is_line=True,
                    )
                    return None
                pieces.append(value)
                pos = close + 1
            else:
                word = _NUMBER_OR_MACRO.match(text, pos, end)
                if word is None:
                    self.problem(pos, f"{label}: field '{raw.name}' has no value before '{char}'")
                    return None
                pieces.append(word.group(0))
                pos = word.end()
            after = _skip_space(text, pos, end)
            if after < end and text[after] == "#":
                pos = after + 1
                continue
            raw.value = "".join(pieces)
            return pos


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _comma_between(text: str, start: int, stop: int) -> bool:
    return "," in text[start:stop]


def _balanced_end(text: str, pos: int, end: int) -> int | None:
    """The index of the delimiter closing the value opened at `pos`."""
    opener = text[pos]
    depth = 0
    index = pos + 1
    while index < end:
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            if depth == 0:
                return index if opener == "{" else None
            depth -= 1
        elif char == '"' and opener == '"' and depth == 0:
            return index
        index += 1
    return None


def _check_raw_fields(scanner: _Scanner) -> None:
    seen: dict[str, RawEntry] = {}
    for entry in scanner.entries:
        folded = entry.key.lower()
        if folded in seen:
            first = seen[folded]
            scanner.problem(
                entry.line,
                f"duplicate key '{entry.key}' (also on line {first.line}) — rename or remove one of the two entries",
                is_line=True,
            )
            scanner.problem(
                first.line,
                f"duplicate key '{first.key}' (also on line {entry.line}) — rename or remove one of the two entries",
                is_line=True,
            )
        else:
            seen[folded] = entry
        if entry.type not in REQUIRED_FIELDS and entry.type not in _NON_ENTRIES:
            known = ", ".join(f"@{name}" for name in REQUIRED_FIELDS)
            scanner.problem(
                entry.line,
                f"entry '{entry.key}': unknown entry type '@{entry.type}' — use one of {known}",
                is_line=True,
            )
        for raw in entry.fields:
            if raw.name in LINK_FIELDS:
                continue
            percent = _UNESCAPED_PERCENT.search(raw.value)
            if percent:
                line = raw.line + raw.value.count("\n", 0, percent.start())
                scanner.problem(
                    line,
                    f"entry '{entry.key}': unescaped '%' in field '{raw.name}' cuts the rest of the field — write '\\%'",
                    is_line=True,
                )


def _check_entries(data: BibliographyData, raw_entries: dict[str, RawEntry], path: str) -> list[Problem]:
    """Required fields, dates and links, checked on pybtex's parsed entries
    (so @string macros and crossref inheritance are taken into account)."""
    problems = []
    for key, entry in data.entries.items():
        raw = raw_entries.get(key.lower())
        line = raw.line if raw else 1
        field_lines = {f.name: f.line for f in raw.fields} if raw else {}
        entry_type = entry.type.lower()
        present = {name.lower() for name in entry.fields} | {role.lower() for role in entry.persons}
        for required in REQUIRED_FIELDS.get(entry_type, ()):
            options = required if isinstance(required, tuple) else (required,)
            if not present.intersection(options):
                wanted = " or ".join(f"'{name}'" for name in options)
                problems.append(
                    Problem(path, line, f"entry '{key}': missing field {wanted} — add it or change the entry type")
                )
        for name in DATE_FIELDS:
            if name in entry.fields:
                try:
                    parse_iso_date(entry.fields[name])
                except ValueError:
                    problems.append(
                        Problem(
                            path,
                            field_lines.get(name, line),
                            f"entry '{key}': field '{name}' = '{entry.fields[name]}' is not a date — write YYYY-MM-DD",
                        )
                    )
        if "url" in entry.fields and safe_link(entry.fields["url"]) is None:
            problems.append(
                Problem(
                    path,
                    field_lines.get("url", line),
                    f"entry '{key}': field 'url' is not an http(s) address — only http:// and https:// links are published",
                )
            )
        if "doi" in entry.fields and safe_link(doi_link(entry.fields["doi"])) is None:
            problems.append(Problem(path, field_lines.get("doi", line), f"entry '{key}': field 'doi' is not a DOI"))
    return problems


def load_bibliography(path: Path, display_path: str | None = None) -> Bibliography:
    """Parse and check `path`; raise ProblemsFound listing every problem."""
    shown = display_path or path.name
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ProblemsFound([Problem(shown, 1, f"not valid UTF-8 ({error.reason}) — save the file as UTF-8")]) from None
    scanner = _Scanner(text, shown)
    scanner.scan()
    _check_raw_fields(scanner)
    if scanner.problems:
        raise ProblemsFound(scanner.problems)
    try:
        data = Parser(encoding="UTF-8").parse_string(text)
    except PybtexSyntaxError as error:
        line = getattr(error, "lineno", None) or 1
        raise ProblemsFound([Problem(shown, line, f"{error} — check the entry above this line")]) from None
    except Exception as error:  # pybtex raises plain PybtexError subclasses
        raise ProblemsFound([Problem(shown, 1, str(error))]) from None
    raw_entries = {entry.key.lower(): entry for entry in scanner.entries}
    problems = _check_entries(data, raw_entries, shown)
    if problems:
        raise ProblemsFound(problems)
    lines = {key: raw_entries[key.lower()].line for key in data.entries if key.lower() in raw_entries}
    return Bibliography(path=path, data=data, lines=lines)
