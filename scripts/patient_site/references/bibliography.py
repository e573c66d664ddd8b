"""Load bibliography.bib once, or report every problem with its line.

pybtex parses the file; its own errors are poor for authors (an unclosed
brace is reported at the end of the file, a duplicate key without a line, and
an unescaped `%` silently cuts the rest of a field). So a light scanner reads
the raw text first and locates each problem on its real line; pybtex then
parses the file that passed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path

from pybtex.bibtex.utils import split_name_list, split_tex_string
from pybtex.database import BibliographyData, Entry
from pybtex.database.input.bibtex import Parser, month_names
from pybtex.scanner import PybtexSyntaxError

from patient_site.content.source_files import SourceError, decode
from patient_site.content.urls import safe_link
from patient_site.problems import Problem, ProblemsFound
from patient_site.references.style import DATE_FIELDS, LINK_FIELDS, REQUIRED_FIELDS, is_doi
from patient_site.translations.dates import parse_iso_date

# A new entry starts with "@type{" or "@type(" at the start of a line.
_ENTRY_START = re.compile(r"^[ \t]*@[ \t]*([A-Za-z][\w-]*)[ \t]*([{(])", re.MULTILINE)
_FIELD_NAME = re.compile(r"\s*([A-Za-z][\w:.+/-]*)\s*=\s*")
_KEY = re.compile(r"\s*([^\s,{}()=\"#%']+)\s*,")
_NUMBER_OR_MACRO = re.compile(r"[\w:.+/-]+")
_SWALLOWED_FIELD = re.compile(r"\n[ \t]*[A-Za-z][\w-]*[ \t]*=[ \t]*[{\"\d]")
_UNESCAPED_PERCENT = re.compile(r"(?<!\\)%")
_NON_ENTRIES = {"comment", "preamble", "string"}
# Fields pybtex parses into people ("Last, First and Other, Name").
_PERSON_FIELDS = ("author", "editor")
# What a crossref child never takes from its parent (biblatex's rules): the
# parent's own titles become the child's book titles instead.
_NOT_INHERITED = {
    "crossref", "xref", "ids", "entryset", "label", "options", "related", "relatedtype",
    "relatedstring", "relatedoptions", "shorthand", "sortkey", "annotation",
    "shorttitle", "sorttitle", "indextitle", "indexsorttitle",
}
_TITLE_TO_BOOKTITLE = {"title": "booktitle", "subtitle": "booksubtitle", "titleaddon": "booktitleaddon"}


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
        # @string macros defined so far (pybtex predefines the month names).
        self.macros = {name.lower() for name in month_names}
        self._newlines = [m.start() for m in re.finditer("\n", text)]

    def line_of(self, pos: int) -> int:
        # Counting newlines from the start on every call made a 10,000-entry
        # file take a minute; a bisection over their offsets is linear overall.
        return bisect_left(self._newlines, pos) + 1

    def problem(self, pos_or_line: int, message: str, *, is_line: bool = False) -> None:
        line = pos_or_line if is_line else self.line_of(pos_or_line)
        self.problems.append(Problem(self.path, line, message))

    def scan(self) -> None:
        self._check_outside(0, self.starts[0] if self.starts else len(self.text))
        for index, start in enumerate(self.starts):
            end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
            closed_at = self._scan_entry(start, end)
            if closed_at is not None:
                self._check_outside(closed_at, end)

    def _check_outside(self, start: int, stop: int) -> None:
        """Text between entries is a comment, but BibTeX (and pybtex) start
        an entry at every '@' in it, then fail with an unhelpful message."""
        at = self.text.find("@", start, stop)
        if at >= 0:
            self.problem(
                at,
                "'@' outside an entry: BibTeX reads it as the start of an entry, even in a comment"
                " — start entries on their own line and remove '@' from comments",
            )

    def _scan_entry(self, start: int, end: int) -> int | None:
        """Scan one entry; return where it ends, or None if it does not close."""
        match = _ENTRY_START.match(self.text, start)
        assert match is not None
        entry_type = match.group(1).lower()
        closer = "}" if match.group(2) == "{" else ")"
        pos = match.end()
        if entry_type == "comment":
            return None
        if entry_type in ("string", "preamble"):
            definition = RawEntry(entry_type, "", self.line_of(start))
            closed_at = self._scan_fields(pos, end, closer, definition)
            if entry_type == "string":
                self.macros.update(raw.name for raw in definition.fields)
            return closed_at
        key_match = _KEY.match(self.text, pos, end)
        if key_match is None:
            self.problem(start, f"'@{match.group(1)}' entry has no key followed by a comma — write '@{match.group(1)}{{key,'")
            return None
        entry = RawEntry(entry_type, key_match.group(1), self.line_of(start))
        self.entries.append(entry)
        return self._scan_fields(key_match.end(), end, closer, entry)

    def _scan_fields(self, pos: int, end: int, closer: str, entry: RawEntry) -> int | None:
        text = self.text
        label = f"entry '{entry.key}'" if entry.key else f"'@{entry.type}'"
        previous: RawField | None = None
        previous_end = pos
        while True:
            pos = _skip_space(text, pos, end)
            if pos >= end:
                self._not_closed(entry, previous, closer, label)
                return None
            if text[pos] == closer:
                return pos + 1
            if text[pos] == ",":
                pos += 1
                continue
            name_match = _FIELD_NAME.match(text, pos, end)
            if name_match is None:
                self.problem(pos, f"{label}: expected a field like 'title = {{...}}' here — check the punctuation of the line before")
                return None
            if previous is not None and not _comma_between(text, previous_end, pos):
                self.problem(
                    previous.line,
                    f"{label}: missing comma after field '{previous.name}' — add ',' at the end of its value",
                    is_line=True,
                )
            raw = RawField(name_match.group(1).lower(), "", self.line_of(pos))
            value_end = self._scan_value(name_match.end(), end, closer, raw, label)
            if value_end is None:
                return None
            self._check_repeated_field(entry, raw, label)
            entry.fields.append(raw)
            previous, previous_end, pos = raw, value_end, value_end

    def _not_closed(self, entry: RawEntry, last: RawField | None, closer: str, label: str) -> None:
        """The entry runs to the next one. When its last value ends with a
        line holding only the closing brace, that brace closed the value: the
        value's own '}' is what is missing."""
        if last is not None and re.search(r"\n[ \t]*\Z", last.value):
            self.problem(last.line, f"{label}: unclosed brace in field '{last.name}' — add the missing '}}'", is_line=True)
            return
        where = f"after field '{last.name}'" if last else "after its key"
        self.problem(entry.line, f"{label} is not closed — add '{closer}' {where}", is_line=True)

    def _check_repeated_field(self, entry: RawEntry, raw: RawField, label: str) -> None:
        for earlier in entry.fields:
            if earlier.name == raw.name:
                self.problem(
                    raw.line,
                    f"{label}: field '{raw.name}' is given twice (also on line {earlier.line}) — keep one of them",
                    is_line=True,
                )
                return

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
                self._check_macro(word.group(0), raw, label)
                pieces.append(word.group(0))
                pos = word.end()
            after = _skip_space(text, pos, end)
            if after < end and text[after] == "#":
                pos = after + 1
                continue
            raw.value = "".join(pieces)
            return pos

    def _check_macro(self, word: str, raw: RawField, label: str) -> None:
        if word.isdigit() or word.lower() in self.macros:
            return
        if word[0].isdigit():
            self.problem(
                raw.line, f"{label}: field '{raw.name}' = {word} needs braces — write {{{word}}}", is_line=True
            )
            return
        self.problem(
            raw.line,
            f"{label}: field '{raw.name}' uses '{word}', which no @string defines above it"
            f" — add @string{{{word} = {{...}}}} before this entry, or write the value in braces: {{{word}}}",
            is_line=True,
        )


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
            if raw.name in _PERSON_FIELDS:
                _check_names(scanner, entry, raw)
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


def _check_names(scanner: _Scanner, entry: RawEntry, raw: RawField) -> None:
    """A name has at most two commas ('Last, Jr., First'); pybtex rejects
    more without saying where."""
    for name in split_name_list(" ".join(raw.value.split())):
        if len(split_tex_string(name, ",")) > 3:
            first_word = name.split()[0]
            line = raw.line + raw.value.count("\n", 0, max(raw.value.find(first_word), 0))
            scanner.problem(
                line,
                f"entry '{entry.key}': too many commas in the name '{name}' in field '{raw.name}'"
                " — write 'Last, First' (or 'Last, Jr., First') and separate people with ' and '",
                is_line=True,
            )


def _inherit_crossrefs(data: BibliographyData, raw_entries: dict[str, RawEntry], path: str) -> list[Problem]:
    """Copy into each entry with a `crossref` the fields it lacks from the
    entry it refers to (pybtex keeps them apart), as biblatex does: the
    parent's title becomes the child's booktitle."""
    problems = []
    done: set[str] = set()
    for key, entry in data.entries.items():
        parent_key = entry.fields.get("crossref")
        if parent_key is None:
            continue
        if parent_key not in data.entries:
            raw = raw_entries.get(key.lower())
            line = next((f.line for f in raw.fields if f.name == "crossref"), raw.line) if raw else 1
            problems.append(
                Problem(path, line, f"entry '{key}': crossref '{parent_key}' is not in the file — add that entry or remove the crossref")
            )
            continue
        _inherit(entry, data, done, set())
    return problems


def _inherit(entry: Entry, data: BibliographyData, done: set[str], seen: set[str]) -> None:
    parent = data.entries.get(entry.fields.get("crossref", ""))
    if entry.key in done or parent is None or entry.key in seen:
        return
    seen.add(entry.key)
    _inherit(parent, data, done, seen)  # a parent may itself have a crossref
    for name, value in parent.fields.items():
        target = _TITLE_TO_BOOKTITLE.get(name.lower(), name)
        if name.lower() not in _NOT_INHERITED and target not in entry.fields:
            entry.fields[target] = value
    for role, people in parent.persons.items():
        if role.lower() != "author" and role not in entry.persons:
            entry.persons[role] = list(people)
    done.add(entry.key)


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
                    f"entry '{key}': field 'url' is not an http(s) address — write a full http:// or https:// address"
                    " without spaces, quotes or angle brackets",
                )
            )
        if "doi" in entry.fields and not is_doi(entry.fields["doi"]):
            problems.append(
                Problem(
                    path,
                    field_lines.get("doi", line),
                    f"entry '{key}': field 'doi' = '{entry.fields['doi']}' is not a DOI — write it as 10.NNNN/suffix",
                )
            )
    return problems


def load_bibliography(path: Path, display_path: str | None = None) -> Bibliography:
    """Parse and check `path`; raise ProblemsFound listing every problem."""
    shown = display_path or path.name
    return parse_bibliography(path.read_bytes(), shown, path)


def parse_bibliography(data_bytes: bytes, shown: str, path: Path) -> Bibliography:
    """Parse and check the file's content (`shown` is its name in messages)."""
    try:
        text = decode(data_bytes, shown)
    except SourceError as error:
        raise ProblemsFound([error.problem]) from None
    if not text.strip():
        raise ProblemsFound([Problem(shown, 1, "the file is empty — add the references the pages cite (one @type{key, …} entry each)")])
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
        message = f"{error} — correct the entry it names"
        raise ProblemsFound([Problem(shown, 1, message)]) from None
    if not data.entries:
        raise ProblemsFound([Problem(shown, 1, "the file has no entries — add the references the pages cite (one @type{key, …} entry each)")])
    raw_entries = {entry.key.lower(): entry for entry in scanner.entries}
    problems = _inherit_crossrefs(data, raw_entries, shown)
    problems += _check_entries(data, raw_entries, shown)
    if problems:
        raise ProblemsFound(problems)
    lines = {key: raw_entries[key.lower()].line for key in data.entries if key.lower() in raw_entries}
    return Bibliography(path=path, data=data, lines=lines)
