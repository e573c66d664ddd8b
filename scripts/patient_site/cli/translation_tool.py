"""The translators' tool: what is missing or out of date, and the checks.

    translate status [--json] [--check [--strict]]
    translate check
    translate new LANG PAGE
    translate stamp LANG PAGE
    translate diff LANG PAGE
    translate sign-off LANG PAGE --reviewer NAME [--role ROLE]
    translate export LANG [PAGE…] [--out DIR]
    translate import FILE… [--force]
    translate review LANG [PAGE…] [--out DIR] [--no-pdf]

PAGE is the English page, relative to docs/ (`services/hospital.md`) or with
the docs/ prefix. See translations/README.md for the workflow. (The module is
not named `translate`: that is translate-toolkit's package.)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from patient_site.problems import ProblemsFound
from patient_site.project import read_project
from patient_site.translations.checks import COMMAND, gate_problems, parity_problems
from patient_site.translations.exchange import Report, command_export, command_import
from patient_site.translations.glossary import load_glossary
from patient_site.translations.inventory import take_inventory
from patient_site.translations.status_report import status_json, status_table
from patient_site.translations.workflow import (
    WorkflowError,
    command_diff,
    command_new,
    command_sign_off,
    command_stamp,
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="the site's mkdocs.yml (default: ./mkdocs.yml)")
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
            command.add_argument("--reviewer", required=True, help='the medical reviewer, e.g. "Ana Ruiz, MD"')
            command.add_argument("--role", default="", help='their role or credential, e.g. "palliative care physician"')
    export = commands.add_parser("export", help="XLIFF 1.2 files of a language's pages, for a CAT tool")
    export.add_argument("lang")
    export.add_argument("pages", nargs="*", metavar="PAGE", help="English pages (default: every page)")
    export.add_argument("--out", type=Path, help="the folder to write into (default: build/xliff/LANG)")
    load = commands.add_parser("import", help="write a CAT tool's XLIFF files back into the translations")
    load.add_argument("files", nargs="+", type=Path, metavar="FILE")
    load.add_argument("--force", action="store_true", help="import even into a page changed since the export")
    review = commands.add_parser("review", help="side-by-side review sheets (HTML and PDF) for a medical reviewer")
    review.add_argument("lang")
    review.add_argument("pages", nargs="*", metavar="PAGE", help="English pages (default: every page)")
    review.add_argument("--out", type=Path, help="the folder to write into (default: build/review/LANG)")
    review.add_argument("--no-pdf", action="store_true", help="the HTML sheets only")
    return parser


def _review(args: argparse.Namespace, root: Path) -> int:
    from patient_site.build.quiet import quiet_logging
    from patient_site.build.review_sheets import make_review_sheets
    from patient_site.build.site import BuildFailed

    quiet_logging()
    out = args.out or root / "build" / "review" / args.lang
    try:
        report = make_review_sheets(
            args.config.resolve(), args.lang, args.pages, out, pdf=not args.no_pdf,
            progress=lambda message: print(message, file=sys.stderr, flush=True),
        )
    except BuildFailed as failed:
        print("\n".join(str(problem) for problem in failed.problems), file=sys.stderr)
        return 1
    for line in report.skipped:
        print(line, file=sys.stderr)
    if report.problems:
        print("\n".join(str(problem) for problem in report.problems), file=sys.stderr)
        return 1
    print(f"{len(report.written)} file(s) written in {out}")
    return 0


def _print_report(report: Report) -> int:
    if report.lines:
        print("\n".join(report.lines))
    if report.problems:
        print("\n".join(str(p) for p in sorted(set(report.problems))), file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    project = read_project(args.config.resolve())
    paths, languages = project.paths, project.languages.others
    if args.command == "review":
        return _review(args, paths.root)
    try:
        if args.command in ("export", "import", "status", "check"):
            try:
                glossary = load_glossary(paths.glossary, project.languages.all, paths.display(paths.glossary))
            except ProblemsFound as found:
                print(found, file=sys.stderr)
                return 1
        if args.command in ("export", "import"):
            if args.command == "export":
                return _print_report(command_export(paths, args.lang, args.pages, args.out, languages, glossary))
            return _print_report(command_import(paths, args.files, args.force, languages, glossary))
        if args.command in ("status", "check"):
            inventory = take_inventory(paths.docs_dir, languages)
            if args.command == "check":
                failures = [str(p) for p in sorted(inventory.problems)] + [str(p) for p in parity_problems(inventory, glossary)]
                print("\n".join(failures) if failures else "All translations match their English pages.")
                return 1 if failures else 0
            print(status_json(inventory) if args.json else status_table(inventory))
            if inventory.problems and not args.json and not args.check:
                # Why a cell says "error": the files that could not be read.
                print("\n" + "\n".join(str(p) for p in sorted(inventory.problems)), file=sys.stderr)
            if args.check:
                failures = gate_problems(inventory, glossary, args.strict)
                if failures:
                    print("\n" + "\n".join(failures), file=sys.stderr)
                    print(f"\n{len(failures)} problem(s).", file=sys.stderr)
                    return 1
            return 0
        if args.command == "new":
            print(command_new(paths, args.lang, args.page, languages))
        elif args.command == "stamp":
            print(command_stamp(paths, args.lang, args.page, languages))
        elif args.command == "diff":
            print(command_diff(paths, args.lang, args.page, languages))
        elif args.command == "sign-off":
            print(command_sign_off(paths, args.lang, args.page, args.reviewer, languages, role=args.role))
    except WorkflowError as error:
        print(f"{COMMAND} {args.command}: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
