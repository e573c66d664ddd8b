"""What `translate check` and `translate status --check` report: every
translation's structural and glossary differences from its English page, and
(strict) every page that is missing, untranslated or outdated."""

from __future__ import annotations

from patient_site.problems import Problem
from patient_site.translations.glossary import Glossary, check_glossary
from patient_site.translations.inventory import MISSING, OUTDATED, UNTRANSLATED, Inventory
from patient_site.translations.parity import compare_structure

COMMAND = "translate"  # the command translators type (see the README)


def parity_problems(inventory: Inventory, glossary: Glossary) -> list[Problem]:
    """Structural and glossary differences of every existing translation."""
    problems = []
    for (page, lang), state in inventory.states.items():
        if state.state in (MISSING, UNTRANSLATED):
            continue
        if page not in inventory.documents or state.path not in inventory.documents:
            continue
        english_structure, structure = inventory.structure(page), inventory.structure(state.path)
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
        MISSING: f"start it with `{COMMAND} new {lang} {page}`",
        UNTRANSLATED: f"translate it, then `{COMMAND} stamp`",
        OUTDATED: f"see `{COMMAND} diff {lang} {page}`, update the translation, then `{COMMAND} stamp {lang} {page}`",
    }[state]
