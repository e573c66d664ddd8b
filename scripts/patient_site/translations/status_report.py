"""The status of every page in every language, as a table or as JSON.

A draft that a medical reviewer had signed off before it was edited says so
("draft (edited)"): the reviewer has to look at it again. The JSON carries
each translation's last sign-off (reviewer, role, date) and whether it still
holds.
"""

from __future__ import annotations

import json

from patient_site.translations.inventory import DRAFT, OUTDATED, REVIEWED, STATES, Inventory, TranslationState


def _cell(inventory: Inventory, page: str, lang: str) -> str:
    state = inventory.states.get((page, lang))
    if state is None:
        return "error"
    if state.state == OUTDATED:
        return f"outdated ({state.review})"
    if state.state == DRAFT and state.sign_off is not None:
        return "draft (edited)"
    return state.state


def _sign_off(state: TranslationState) -> dict | None:
    sign_off = state.sign_off
    if sign_off is None:
        return None
    return {
        "reviewer": sign_off.reviewer,
        "role": sign_off.role,
        "date": sign_off.date.isoformat() if sign_off.date else "",
        "holds": state.review == REVIEWED,
    }


def status_table(inventory: Inventory) -> str:
    languages = inventory.languages
    width = max([len("page"), *(len(page) for page in inventory.pages), *(len(f"docs/{o.path}") for o in inventory.orphans)]) + 2
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
                {
                    "page": s.page,
                    "lang": s.lang,
                    "state": s.state,
                    "review": s.review,
                    "file": f"docs/{s.path}",
                    "sign_off": _sign_off(s),
                }
                for s in sorted(inventory.states.values(), key=lambda s: (s.page, s.lang))
            ],
            "orphans": [{"file": f"docs/{o.path}", "lang": o.lang, "missing_page": f"docs/{o.page}"} for o in inventory.orphans],
            "totals": {lang: inventory.totals(lang) for lang in inventory.languages},
            "problems": [str(p) for p in sorted(inventory.problems)],
        },
        ensure_ascii=False,
        indent=2,
    )
