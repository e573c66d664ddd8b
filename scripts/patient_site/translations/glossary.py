"""The translators' glossary: agreed renderings of terms and names, per language.

`translations/glossary/<lang>.yml` holds, for one language, per English term
or name, the forms that language accepts (the first is the preferred one),
the authority the choice was taken from (`source`), and where a reader may
not know the term, the short explanation given at its first mention on a page
(`explain`). `en.yml` holds only explanations of US health-system terms.

A section of a translation (the text under one heading id) whose English
section uses a term, but which uses none of the accepted forms of it, is
reported with its file and line. Forms match as the language inflects and
writes them (see term_matching.py): a translator never has to repeat a word
to please the checker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from patient_site.content.prose import prose_text
from patient_site.content.source_files import SourceError, read_text
from patient_site.content.structure import Structure
from patient_site.content.yaml_errors import error_line, error_message
from patient_site.problems import Problem, ProblemsFound
from patient_site.translations.term_matching import Tokens, tokens, uses_any

UNSOURCED = "proposed — reviewer to confirm"


@dataclass(frozen=True)
class Entry:
    """One English term or name, as one language renders it."""

    english: str
    accept: tuple[str, ...]  # accepted forms, the preferred one first
    source: str = UNSOURCED
    explain: str = ""
    kind: str = "term"  # "term" | "name"
    # A name this language writes as English does and reads as its own word
    # (Florida in Spanish): not marked as English in its pages.
    native: bool = False


@dataclass(frozen=True)
class LanguageGlossary:
    lang: str
    path: str  # for messages, e.g. "translations/glossary/es.yml"
    entries: tuple[Entry, ...] = ()

    def entry(self, english: str) -> Entry | None:
        """The entry of an English term or name (a term in any letter case)."""
        exact = next((e for e in self.entries if e.english == english), None)
        return exact or next((e for e in self.entries if e.kind == "term" and e.english.casefold() == english.casefold()), None)


@dataclass(frozen=True)
class Glossary:
    languages: dict[str, LanguageGlossary] = field(default_factory=dict)

    def preferred(self, english: str, lang: str) -> str:
        """How readers of `lang` know `english` (the glossary's preferred
        form), or `english` itself where the glossary has no entry."""
        language = self.languages.get(lang)
        entry = language.entry(english) if language is not None else None
        return entry.accept[0] if entry is not None and entry.accept else english

    def names(self, lang: str | None = None) -> tuple[str, ...]:
        """The English names of every language's glossary: where they appear
        as written in a page in `lang`, they are English (language of parts),
        except those `lang`'s glossary marks `native`."""
        language = self.languages.get(lang) if lang else None
        native = {e.english for e in language.entries if e.native} if language else set()
        return tuple(
            sorted({e.english for g in self.languages.values() for e in g.entries if e.kind == "name"} - native, key=str)
        )


def _entries(data: dict, kind: str, path: str, problems: list[Problem], lines: dict[str, int]) -> list[Entry]:
    entries = []
    for english, value in (data.get(f"{kind}s") or {}).items():
        line = lines.get(str(english), 1)
        if not isinstance(value, dict):
            problems.append(Problem(path, line, f"{kind} '{english}' must be a mapping with 'use' (and 'source') — see translations/README.md"))
            continue
        accept = value.get("use")
        if isinstance(accept, str):
            accept = [accept]
        # A term may carry only an explanation (en.yml); a name always has its forms.
        if (kind != "term" or "use" in value) and not (accept and all(isinstance(a, str) and a.strip() for a in accept)):
            problems.append(Problem(path, line, f"{kind} '{english}' needs 'use: [form, …]' with at least one form"))
            continue
        native = value.get("native", False)
        if not isinstance(native, bool):
            problems.append(Problem(path, line, f"{kind} '{english}': 'native' must be true or false"))
            continue
        entries.append(
            Entry(
                str(english),
                tuple(str(a) for a in accept or ()),
                str(value.get("source") or UNSOURCED),
                str(value.get("explain") or ""),
                kind,
                native,
            )
        )
    return entries


def _key_lines(text: str) -> dict[str, int]:
    """The line of each second-level key (a term or name) in a glossary file."""
    lines = {}
    for number, line in enumerate(text.splitlines(), 1):
        match = re.match(r"^  ([^\s#][^:]*):\s*(?:#.*)?$", line)
        if match:
            lines.setdefault(match.group(1).strip().strip("'\""), number)
    return lines


def load_language(path: Path, lang: str, display: str) -> tuple[LanguageGlossary, list[Problem]]:
    problems: list[Problem] = []
    try:
        text = read_text(path, display)
    except SourceError as error:
        return LanguageGlossary(lang, display), [error.problem]
    try:
        data = yaml.safe_load(text) or {}
    except yaml.MarkedYAMLError as error:
        return LanguageGlossary(lang, display), [Problem(display, error_line(error), error_message(error))]
    if not isinstance(data, dict):
        return LanguageGlossary(lang, display), [Problem(display, 1, "expected 'terms:' and 'names:' mappings")]
    lines = _key_lines(text)
    entries = _entries(data, "term", display, problems, lines) + _entries(data, "name", display, problems, lines)
    return LanguageGlossary(lang, display, tuple(entries)), problems


def load_glossary(folder: Path, languages: tuple[str, ...] | None = None, display_dir: str = "translations/glossary") -> Glossary:
    """Every language file in `folder` (or only `languages`); raises
    ProblemsFound with every problem of every file."""
    languages_found = {}
    problems: list[Problem] = []
    if folder.is_dir():
        for path in sorted(folder.glob("*.yml")):
            lang = path.stem
            if languages is not None and lang not in languages:
                continue
            display = f"{display_dir}/{path.name}"
            glossary, found = load_language(path, lang, display)
            languages_found[lang] = glossary
            problems.extend(found)
    if problems:
        raise ProblemsFound(problems)
    return Glossary(languages_found)


def terms_in(english_text: str, language: LanguageGlossary | None) -> tuple[Entry, ...]:
    """The entries of a language's glossary whose English term or name an
    English text uses (in the glossary's order)."""
    if language is None:
        return ()
    text = tokens(english_text, "en")
    return tuple(entry for entry in language.entries if entry.accept and uses_any(text, (tokens(entry.english, "en"),)))


def _forms(entry: Entry, lang: str) -> tuple[Tokens, ...]:
    return tuple(tokens(form, lang) for form in entry.accept)


def check_glossary(english: Structure, translation: Structure, lang: str, path: str, glossary: Glossary) -> list[Problem]:
    """Sections of `translation` that use none of the accepted forms of a
    term or name their English section uses."""
    language = glossary.languages.get(lang)
    if language is None:
        return []
    checked = [(entry, tokens(entry.english, "en"), _forms(entry, lang)) for entry in language.entries if entry.accept]
    problems = []
    by_id = {section.id: section for section in english.sections}
    for section in translation.sections:
        source = by_id.get(section.id)
        if source is None:
            continue
        english_text, text = tokens(prose_text(source.text), "en"), tokens(prose_text(section.text), lang)
        where = f"section '#{section.id}'" if section.id else "the text before the first heading"
        for entry, english_form, forms in checked:
            if uses_any(english_text, (english_form,)) and not uses_any(text, forms):
                choices = " or ".join(f"'{form}'" for form in entry.accept)
                problems.append(
                    Problem(path, section.line, f"glossary: '{entry.english}' in {where}: use {choices} ({language.path})")
                )
    return problems
