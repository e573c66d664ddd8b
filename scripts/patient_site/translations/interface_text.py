"""Interface text in the reader's language.

The words around the Markdown (status notices, table headings, handout
labels) live in `translations/ui/<lang>.yml`, one file per language with the
same keys, so translators edit text, never templates or code. Every file is
checked when it is loaded: each language has every key of the default
language, and keeps its {placeholders}.
"""

from __future__ import annotations

import re
import string
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from patient_site.content.source_files import SourceError, read_text
from patient_site.content.yaml_errors import error_line, error_message
from patient_site.problems import Problem, ProblemsFound

_KEY_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:", re.MULTILINE)


# The messages the plugin, the theme templates and the handouts use: a site's
# reference language must have them all, or a template would print nothing
# where a notice belongs (tests/translations check the list against the code).
REQUIRED_MESSAGES = frozenset({
    "accessed", "back_to_text", "bilingual_link", "booklet_link", "campus_services_intro",
    "campus_services_none", "campus_services_unnamed_intro", "citation_label", "edition",
    "english_page_link", "expert_opinion", "handout_addresses", "handout_care_team", "handout_file_type",
    "handout_link", "handout_page_of", "handout_scan", "handout_web_address", "handouts_heading",
    "handouts_not_built", "hospital_name", "language_name", "large_print_link", "last_reviewed",
    "no_bilingual", "not_stated_note", "references_heading", "review_due", "review_overdue",
    "see_all_campuses", "service_column", "services_by_campus_caption", "site_name",
    "status_no_campus_named", "status_not_stated", "status_this_campus", "translation_draft",
    "translation_missing", "translation_outdated", "translation_reviewed",
})


class MissingMessage(KeyError):
    """A message id used by the site is absent from the interface text."""


@dataclass(frozen=True)
class InterfaceText:
    """Every language's messages (validated as a whole)."""

    messages_by_lang: Mapping[str, Mapping[str, str]]

    def messages(self, lang: str) -> Mapping[str, str]:
        return self.messages_by_lang[lang]

    def message(self, lang: str, key: str, /, **values: object) -> str:
        """One message in `lang`, with its {placeholders} filled in."""
        messages = self.messages_by_lang[lang]
        if key not in messages:
            raise MissingMessage(f"translations/ui/{lang}.yml: no message '{key}' — add it")
        return messages[key].format(**values)


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _placeholder_problem(key: str, wanted: set[str], found: set[str]) -> str:
    def named(names: set[str]) -> str:
        return ", ".join("{" + name + "}" for name in sorted(names)) or "none"

    advice = []
    if wanted - found:
        advice.append(f"keep {named(wanted - found)} as written")
    if found - wanted:
        advice.append(f"remove {named(found - wanted)}, which the original does not have")
    return f"'{key}' has placeholders {named(found)}, the original {named(wanted)} — " + " and ".join(advice)


def _load_file(path: Path, display: str, problems: list[Problem]) -> tuple[dict[str, str], dict[str, int]]:
    try:
        text = read_text(path, display)
    except FileNotFoundError:
        problems.append(Problem(display, 1, "interface text file is missing — copy ui/en.yml and translate it"))
        return {}, {}
    except SourceError as error:
        problems.append(error.problem)
        return {}, {}
    try:
        data = yaml.safe_load(text) or {}
    except yaml.MarkedYAMLError as error:
        problems.append(Problem(display, error_line(error), error_message(error)))
        return {}, {}
    if not isinstance(data, dict):
        problems.append(Problem(display, 1, "expected 'message_id: text' lines"))
        return {}, {}
    lines = {m.group(1): text.count("\n", 0, m.start()) + 1 for m in _KEY_LINE.finditer(text)}
    messages = {}
    for key, value in data.items():
        if not isinstance(value, str) or not value.strip():
            # An empty message would show readers the text "None".
            problems.append(Problem(display, lines.get(str(key), 1), f"'{key}' has no text — write the message, in quotes if it holds a ':'"))
            continue
        messages[str(key)] = value
    return messages, lines


def load_interface_text(
    ui_dir: Path, languages: tuple[str, ...], display_dir: str = "translations/ui", required: Collection[str] = ()
) -> InterfaceText:
    """Read and check every language's file (the first language is the
    reference, which must have every `required` message); raises
    ProblemsFound with every problem of every file."""
    problems: list[Problem] = []
    loaded = {lang: _load_file(ui_dir / f"{lang}.yml", f"{display_dir}/{lang}.yml", problems) for lang in languages}
    reference, reference_lines = loaded[languages[0]]
    if reference or reference_lines:
        for key in sorted(set(required) - set(reference) - set(reference_lines)):
            problems.append(Problem(f"{display_dir}/{languages[0]}.yml", 1, f"no message '{key}' — the pages and handouts use it; add it"))
    for lang in languages[1:]:
        messages, lines = loaded[lang]
        if not messages:
            continue
        display = f"{display_dir}/{lang}.yml"
        for key in sorted(set(reference) - set(messages) - set(lines)):  # (an empty one is reported already)
            problems.append(Problem(display, 1, f"no message '{key}' — add it (see {display_dir}/{languages[0]}.yml)"))
        for key in sorted(set(messages) & set(reference)):
            wanted, found = _placeholders(reference[key]), _placeholders(messages[key])
            if wanted != found:
                problems.append(Problem(display, lines.get(key, 1), _placeholder_problem(key, wanted, found)))
    if problems:
        raise ProblemsFound(problems)
    return InterfaceText({lang: messages for lang, (messages, _lines) in loaded.items()})
