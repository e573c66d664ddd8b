"""One MkDocs build of the site (all languages, or one), in this process.

The result is data: the problems the build found (file, line, message) and
the pages it recorded for the handouts — never a string to parse, never a
traceback for a problem in the input.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from patient_site.handouts.documents import HandoutSource
from patient_site.problems import Problem
from patient_site.project import PLUGIN_NAME

_DOC_FILE = re.compile(r"Doc file '([^']+)'")


@dataclass
class LanguageBuild:
    languages: tuple[str, ...]  # what was built ((), when it failed before)
    problems: list[Problem] = field(default_factory=list)
    handouts: list[HandoutSource] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


_OPTION = re.compile(r"option '([\w-]+)'(?:: [\w-]+\.([\w-]+))?")
_CONFIG_VALUE = re.compile(r"Config value '([\w-]+)'")


def _in_mkdocs_yml(problem: Problem, config_file: Path) -> Problem:
    """A configuration error at the line of mkdocs.yml it is about: the
    option's key, and for a mapping's entry, the entry's key below it."""
    message = problem.message
    option, value = _OPTION.search(message), _CONFIG_VALUE.search(message)
    keys = [key for key in option.groups() if key] if option else [value.group(1)] if value else []
    line, start = 1, 0
    lines = config_file.read_text(encoding="utf-8").splitlines()
    for key in keys:
        pattern = re.compile(rf"^\s*-?\s*{re.escape(key)}\s*:")
        found = next((number for number in range(start, len(lines)) if pattern.match(lines[number])), None)
        if found is None:
            break
        line, start = found + 1, found + 1
    return Problem("mkdocs.yml", line, message if "—" in message else f"{message} — correct it in mkdocs.yml")


class _Warnings(logging.Handler):
    """MkDocs' own warnings, which strict mode turns into a failed build."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def problems(self) -> list[Problem]:
        found = []
        for record in self.records:
            message = record.getMessage()
            match = _DOC_FILE.search(message)
            path = f"docs/{match.group(1)}" if match else "mkdocs.yml"
            found.append(Problem(path, 1, " ".join(message.split())))
        return found


def load_mkdocs_config(config_file: Path, site_dir: Path | None = None):  # type: ignore[no-untyped-def]
    """MkDocs' validated configuration, or the problems in mkdocs.yml (each
    at its line)."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    warnings = _Warnings()
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(warnings)
    try:
        options = {"site_dir": str(site_dir)} if site_dir is not None else {}
        return load_config(str(config_file), strict=True, **options), []
    except (ConfigurationError, Abort) as error:  # MkDocs logs each problem, then aborts
        found = warnings.problems() or [Problem("mkdocs.yml", 1, str(error))]
        return None, [_in_mkdocs_yml(problem, config_file) for problem in found]
    finally:
        mkdocs_log.removeHandler(warnings)


def build_into(
    output: Path,
    config_file: Path,
    *,
    only_language: str | None = None,
    record_handouts: bool = False,
    check_sources: bool = True,
) -> LanguageBuild:
    """A real MkDocs build (strict) into `output`."""
    from mkdocs.commands.build import build
    from mkdocs.exceptions import MkDocsException

    config, problems = load_mkdocs_config(config_file, output)
    if config is None:
        return LanguageBuild((), problems)
    warnings = _Warnings()
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(warnings)
    try:
        plugin = config.plugins[PLUGIN_NAME]
        plugin.configure_build(
            only_language=only_language, record_handouts=record_handouts, check_sources=check_sources
        )
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        except MkDocsException as error:
            problems = list(plugin.problems) or warnings.problems()
            if not problems:
                problems = [Problem("mkdocs.yml", 1, str(error) or error.__class__.__name__)]
            return LanguageBuild((), problems)
        finally:
            config.plugins.on_shutdown()
        built = (only_language,) if only_language else tuple(plugin.state.languages.built)
        return LanguageBuild(built, [], list(plugin.handout_sources))
    finally:
        mkdocs_log.removeHandler(warnings)
