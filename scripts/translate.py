"""The translators' tool: what is missing or out of date, and the checks.

    python scripts/translate.py status [--json] [--check [--strict]]
    python scripts/translate.py check
    python scripts/translate.py new LANG PAGE
    python scripts/translate.py stamp LANG PAGE
    python scripts/translate.py diff LANG PAGE
    python scripts/translate.py sign-off LANG PAGE --reviewer NAME

PAGE is the English page, relative to docs/ (`services/hospital.md`) or with
the docs/ prefix. See translations/README.md for the workflow.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import subprocess
import sys
from pathlib import Path

from front_matter import set_fields, split_front_matter
from glossary import Glossary, GlossaryError, check_glossary, load_glossary
from problems import Problem
from translation_files import site_languages, translation_path
from translation_parity import compare_structure, parse_structure
from translation_status import (
    DRAFT,
    MISSING,
    OUTDATED,
    REVIEWED,
    STATES,
    UNTRANSLATED,
    Inventory,
    source_hash,
    take_inventory,
)

PROJECT_DIR = Path(__file__).resolve().parent.parent


class ToolError(Exception):
    """A refusal with the reason and what to do instead."""


# -- checks ----------------------------------------------------------------------


def parity_problems(inventory: Inventory, glossary: Glossary) -> list[Problem]:
    """Structural and glossary differences of every existing translation."""
    problems = []
    for (page, lang), state in inventory.states.items():
        if state.state in (MISSING, UNTRANSLATED):
            continue
        english, translated = inventory.documents.get(page), inventory.documents.get(state.path)
        if english is None or translated is None:
            continue
        english_structure = parse_structure(english.body, english.body_start_line)
        structure = parse_structure(translated.body, translated.body_start_line)
        path = f"docs/{state.path}"
        problems.extend(compare_structure(english_structure, structure, path))
        problems.extend(check_glossary(english_structure, structure, lang, path, glossary))
    return sorted(problems)


def gate_problems(inventory: Inventory, glossary: Glossary, strict: bool) -> list[str]:
    """What makes `status --check` fail (and, with --strict, also incomplete work)."""
    failures = [str(problem) for problem in sorted(inventory.problems)]
    failures += [str(problem) for problem in parity_problems(inventory, glossary)]
    if strict:
        for state in sorted(inventory.states.values(), key=lambda s: (s.page, s.lang)):
            if state.state in (MISSING, UNTRANSLATED, OUTDATED):
                failures.append(f"docs/{state.path}: {state.state} — {_advice(state.state, state.lang, state.page)}")
    return failures


def _advice(state: str, lang: str, page: str) -> str:
    return {
        MISSING: f"start it with `translate.py new {lang} {page}`",
        UNTRANSLATED: "translate it, then `translate.py stamp`",
        OUTDATED: f"see `translate.py diff {lang} {page}`, update the translation, then `translate.py stamp {lang} {page}`",
    }[state]


# -- status ------------------------------------------------------------------------


def _cell(inventory: Inventory, page: str, lang: str) -> str:
    state = inventory.states.get((page, lang))
    if state is None:
        return "error"
    if state.state == OUTDATED:
        return f"outdated ({state.review})"
    return state.state


def status_table(inventory: Inventory) -> str:
    languages = inventory.languages
    width = max(len(page) for page in inventory.pages) + 2
    lines = ["page".ljust(width) + "".join(lang.ljust(20) for lang in languages)]
    for page in inventory.pages:
        lines.append(page.ljust(width) + "".join(_cell(inventory, page, lang).ljust(20) for lang in languages))
    for orphan in inventory.orphans:
        lines.append(f"docs/{orphan.path}".ljust(width) + f"orphan: docs/{orphan.page} does not exist")
    lines.append("")
    for lang in languages:
        totals = inventory.totals(lang)
        done = totals[DRAFT] + totals[REVIEWED]
        share = 100 * done / len(inventory.pages) if inventory.pages else 100.0
        counts = ", ".join(f"{totals[state]} {state}" for state in STATES)
        lines.append(f"{lang}: {share:.0f}% translated and current — {counts}")
    return "\n".join(lines)


def status_json(inventory: Inventory) -> str:
    return json.dumps(
        {
            "languages": list(inventory.languages),
            "pages": [
                {"page": s.page, "lang": s.lang, "state": s.state, "review": s.review, "file": f"docs/{s.path}"}
                for s in sorted(inventory.states.values(), key=lambda s: (s.page, s.lang))
            ],
            "orphans": [{"file": f"docs/{o.path}", "lang": o.lang, "missing_page": f"docs/{o.page}"} for o in inventory.orphans],
            "totals": {lang: inventory.totals(lang) for lang in inventory.languages},
            "problems": [str(p) for p in sorted(inventory.problems)],
        },
        ensure_ascii=False,
        indent=2,
    )


# -- git ---------------------------------------------------------------------------


def _git(*args: str, cwd: Path) -> str | None:
    try:
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return result.stdout


def last_commit(project: Path, path: str) -> str:
    """The last commit that touched `path`, or "" outside a git checkout."""
    out = _git("log", "-1", "--format=%H", "--", path, cwd=project)
    return (out or "").strip()


def source_version(project: Path, path: str, wanted_hash: str, recorded_commit: str) -> tuple[str, str] | None:
    """(commit, text) of the English page whose content hash is `wanted_hash`,
    searched through the file's history (so a rebase that rewrote commit ids
    still finds it), falling back to the recorded commit."""
    history = (_git("log", "--format=%H", "--", path, cwd=project) or "").split()
    for commit in [*history, recorded_commit]:
        if not commit:
            continue
        text = _git("show", f"{commit}:{path}", cwd=project)
        if text is not None and source_hash(text) == wanted_hash:
            return commit, text
    return None


# -- commands ----------------------------------------------------------------------


def _page_arg(page: str) -> str:
    return page[len("docs/"):] if page.startswith("docs/") else page


def _paths(project: Path, lang: str, page: str, languages: tuple[str, ...]) -> tuple[Path, Path]:
    if lang not in languages:
        raise ToolError(f"unknown language '{lang}' — use one of {', '.join(languages)}")
    page = _page_arg(page)
    english = project / "docs" / page
    if not english.is_file():
        raise ToolError(f"docs/{page} does not exist — give the English page, e.g. services/hospital.md")
    return english, project / "docs" / translation_path(page, lang)


def command_new(project: Path, lang: str, page: str, languages: tuple[str, ...]) -> str:
    english, target = _paths(project, lang, page, languages)
    if target.exists():
        raise ToolError(f"{target.relative_to(project)} already exists — edit it, or delete it first to start over")
    text = english.read_text(encoding="utf-8")
    relative = english.relative_to(project).as_posix()
    scaffold = set_fields(
        text,
        {
            "translation": UNTRANSLATED,
            "source_hash": source_hash(text),
            "source_commit": last_commit(project, relative),
        },
    )
    target.write_text(scaffold, encoding="utf-8")
    return f"created {target.relative_to(project)}: translate the text (keep heading ids, links and citations), then run `translate.py stamp {lang} {_page_arg(page)}`"


def command_stamp(project: Path, lang: str, page: str, languages: tuple[str, ...]) -> str:
    english, target = _paths(project, lang, page, languages)
    if not target.exists():
        raise ToolError(f"{target.relative_to(project)} does not exist — start it with `translate.py new {lang} {_page_arg(page)}`")
    text = target.read_text(encoding="utf-8")
    status = split_front_matter(text).meta.get("translation", DRAFT)
    relative = english.relative_to(project).as_posix()
    english_text = english.read_text(encoding="utf-8")
    updates: dict[str, object] = {
        "source_hash": source_hash(english_text),
        "source_commit": last_commit(project, relative),
    }
    note = ""
    if status in (REVIEWED, UNTRANSLATED):
        # A changed translation has not been reviewed; a stamped scaffold is a draft.
        updates["translation"] = DRAFT
        note = " — set back to draft until a medical reviewer signs it off" if status == REVIEWED else " — now a draft"
    target.write_text(set_fields(text, updates), encoding="utf-8")
    return f"stamped {target.relative_to(project)} as translated from the current English page{note}"


def command_sign_off(project: Path, lang: str, page: str, reviewer: str, languages: tuple[str, ...]) -> str:
    english, target = _paths(project, lang, page, languages)
    if not target.exists():
        raise ToolError(f"{target.relative_to(project)} does not exist")
    text = target.read_text(encoding="utf-8")
    meta = split_front_matter(text).meta
    if meta.get("translation") == UNTRANSLATED:
        raise ToolError("this page is not translated yet — translate and stamp it first")
    if meta.get("source_hash") != source_hash(english.read_text(encoding="utf-8")):
        raise ToolError(f"this translation is outdated — update it and run `translate.py stamp {lang} {_page_arg(page)}` first")
    updates = {"translation": REVIEWED, "reviewed_by": reviewer, "reviewed_on": dt.date.today().isoformat()}
    target.write_text(set_fields(text, updates), encoding="utf-8")
    return f"signed off {target.relative_to(project)} as reviewed by {reviewer}"


def command_diff(project: Path, lang: str, page: str, languages: tuple[str, ...]) -> str:
    english, target = _paths(project, lang, page, languages)
    if not target.exists():
        raise ToolError(f"{target.relative_to(project)} does not exist")
    meta = split_front_matter(target.read_text(encoding="utf-8")).meta
    current = english.read_text(encoding="utf-8")
    wanted = str(meta.get("source_hash") or "")
    if wanted == source_hash(current):
        return f"docs/{_page_arg(page)} has not changed since {target.relative_to(project)} was stamped."
    relative = english.relative_to(project).as_posix()
    found = source_version(project, relative, wanted, str(meta.get("source_commit") or ""))
    if found is None:
        raise ToolError(
            "the English text this translation was made from is not in the git history "
            "(it was never committed) — compare the pages by hand, then stamp"
        )
    commit, old = found
    diff = difflib.unified_diff(
        old.splitlines(keepends=True),
        current.splitlines(keepends=True),
        fromfile=f"{relative} (translated from, {commit[:12]})",
        tofile=f"{relative} (now)",
    )
    return "".join(diff)


def main(argv: list[str] | None = None, project: Path = PROJECT_DIR) -> int:
    parser = argparse.ArgumentParser(prog="translate.py", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    status = commands.add_parser("status", help="every page × language: translated, missing, outdated, …")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    status.add_argument("--check", action="store_true", help="fail on orphans, parity differences, front-matter errors")
    status.add_argument("--strict", action="store_true", help="with --check: also fail on missing, untranslated, outdated pages")
    commands.add_parser("check", help="structural parity and glossary of every translation")
    for name, help_text in (
        ("new", "scaffold a translation from the English page"),
        ("stamp", "record that a translation matches the current English page"),
        ("diff", "what changed in the English page since the translation was stamped"),
        ("sign-off", "record a medical reviewer's sign-off"),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("lang")
        command.add_argument("page")
        if name == "sign-off":
            command.add_argument("--reviewer", required=True)
    args = parser.parse_args(argv)

    _default, languages = site_languages(project / "mkdocs.yml")
    try:
        if args.command in ("status", "check"):
            inventory = take_inventory(project / "docs", languages)
            try:
                glossary = load_glossary(project / "translations" / "glossary", languages)
            except GlossaryError as error:
                print(error, file=sys.stderr)
                return 1
            if args.command == "check":
                failures = [str(p) for p in sorted(inventory.problems)] + [str(p) for p in parity_problems(inventory, glossary)]
                print("\n".join(failures) if failures else "All translations match their English pages.")
                return 1 if failures else 0
            print(status_json(inventory) if args.json else status_table(inventory))
            if args.check:
                failures = gate_problems(inventory, glossary, args.strict)
                if failures:
                    print("\n" + "\n".join(failures), file=sys.stderr)
                    print(f"\n{len(failures)} problem(s).", file=sys.stderr)
                    return 1
            return 0
        if args.command == "new":
            print(command_new(project, args.lang, args.page, languages))
        elif args.command == "stamp":
            print(command_stamp(project, args.lang, args.page, languages))
        elif args.command == "diff":
            print(command_diff(project, args.lang, args.page, languages))
        elif args.command == "sign-off":
            print(command_sign_off(project, args.lang, args.page, args.reviewer, languages))
    except ToolError as error:
        print(f"translate.py {args.command}: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
