"""The translators' workflow on the Markdown files: start a translation,
stamp it as current, see what changed in English since, sign it off.

Each step refuses with the reason and what to do instead (`WorkflowError`);
the English text a translation was made from is found by its content hash in
the git history, so `diff` survives a rebase.
"""

from __future__ import annotations

import datetime as dt
import difflib
import subprocess
from pathlib import Path

from patient_site.content.front_matter import FrontMatterError, set_fields, split_front_matter
from patient_site.content.page_meta import DRAFT, REVIEWED, UNTRANSLATED
from patient_site.project import ProjectPaths
from patient_site.translations.checks import COMMAND
from patient_site.translations.inventory import source_hash, translation_hash
from patient_site.translations.languages import translation_path


class WorkflowError(Exception):
    """A refusal with the reason and what to do instead."""


def _git(*args: str, cwd: Path) -> str | None:
    try:
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return result.stdout


def last_commit(root: Path, path: str) -> str:
    """The last commit that touched `path`, or "" outside a git checkout."""
    out = _git("log", "-1", "--format=%H", "--", path, cwd=root)
    return (out or "").strip()


def source_version(root: Path, path: str, wanted_hash: str, recorded_commit: str) -> tuple[str, str] | None:
    """(commit, text) of the English page whose content hash is `wanted_hash`,
    searched through the file's history (so a rebase that rewrote commit ids
    still finds it), falling back to the recorded commit."""
    history = (_git("log", "--format=%H", "--", path, cwd=root) or "").split()
    for commit in [*history, recorded_commit]:
        if not commit:
            continue
        text = _git("show", f"{commit}:{path}", cwd=root)
        if text is not None and source_hash(text) == wanted_hash:
            return commit, text
    return None


def _meta(paths: ProjectPaths, path: Path, text: str) -> dict:
    """A translation's front matter; a refusal naming its line if broken."""
    try:
        return split_front_matter(text).meta
    except FrontMatterError as error:
        raise WorkflowError(f"{paths.display(path)}:{error.line}: {error.message}") from None


def _page_arg(page: str) -> str:
    return page[len("docs/"):] if page.startswith("docs/") else page


def _files(paths: ProjectPaths, lang: str, page: str, languages: tuple[str, ...]) -> tuple[Path, Path]:
    """(English page, translation) files of `page` in `lang`."""
    if lang not in languages:
        raise WorkflowError(f"unknown language '{lang}' — use one of {', '.join(languages)}")
    page = _page_arg(page)
    english = paths.docs_dir / page
    if not english.is_file():
        raise WorkflowError(f"{paths.display(english)} does not exist — give the English page, e.g. services/hospital.md")
    return english, paths.docs_dir / translation_path(page, lang)


def command_new(paths: ProjectPaths, lang: str, page: str, languages: tuple[str, ...]) -> str:
    english, target = _files(paths, lang, page, languages)
    if target.exists():
        raise WorkflowError(f"{paths.display(target)} already exists — edit it, or delete it first to start over")
    text = english.read_text(encoding="utf-8")
    relative = paths.display(english)
    scaffold = set_fields(
        text,
        {
            "translation": UNTRANSLATED,
            "source_hash": source_hash(text),
            "source_commit": last_commit(paths.root, relative),
        },
    )
    target.write_text(scaffold, encoding="utf-8")
    return f"created {paths.display(target)}: translate the text (keep heading ids, links and citations), then run `{COMMAND} stamp {lang} {_page_arg(page)}`"


def command_stamp(paths: ProjectPaths, lang: str, page: str, languages: tuple[str, ...]) -> str:
    english, target = _files(paths, lang, page, languages)
    if not target.exists():
        raise WorkflowError(f"{paths.display(target)} does not exist — start it with `{COMMAND} new {lang} {_page_arg(page)}`")
    text = target.read_text(encoding="utf-8")
    status = _meta(paths, target, text).get("translation", DRAFT)
    relative = paths.display(english)
    english_text = english.read_text(encoding="utf-8")
    updates: dict[str, object] = {
        "source_hash": source_hash(english_text),
        "source_commit": last_commit(paths.root, relative),
    }
    note = ""
    if status in (REVIEWED, UNTRANSLATED):
        # A changed translation has not been reviewed; a stamped scaffold is a draft.
        updates["translation"] = DRAFT
        note = " — set back to draft until a medical reviewer signs it off" if status == REVIEWED else " — now a draft"
    target.write_text(set_fields(text, updates), encoding="utf-8")
    return f"stamped {paths.display(target)} as translated from the current English page{note}"


def command_sign_off(
    paths: ProjectPaths,
    lang: str,
    page: str,
    reviewer: str,
    languages: tuple[str, ...],
    role: str = "",
    today: dt.date | None = None,
) -> str:
    """Record a medical reviewer's sign-off: who, in what role, when, and the
    hashes of the English and the translation reviewed (see inventory)."""
    english, target = _files(paths, lang, page, languages)
    if not reviewer.strip():
        raise WorkflowError("the reviewer's name is empty — give it with --reviewer \"Name, credentials\"")
    if not target.exists():
        raise WorkflowError(f"{paths.display(target)} does not exist")
    text = target.read_text(encoding="utf-8")
    meta = _meta(paths, target, text)
    if meta.get("translation") == UNTRANSLATED:
        raise WorkflowError("this page is not translated yet — translate and stamp it first")
    english_hash = source_hash(english.read_text(encoding="utf-8"))
    if meta.get("source_hash") != english_hash:
        raise WorkflowError(f"this translation is outdated — update it and run `{COMMAND} stamp {lang} {_page_arg(page)}` first")
    updates: dict[str, object] = {
        "translation": REVIEWED,
        "reviewed_by": reviewer.strip(),
        "reviewed_on": today or dt.date.today(),
        "reviewed_source_hash": english_hash,
        "reviewed_translation_hash": translation_hash(split_front_matter(text)),
    }
    if role.strip() or "reviewer_role" in meta:  # (a new sign-off without a role clears the last one's)
        updates["reviewer_role"] = role.strip()
    target.write_text(set_fields(text, updates), encoding="utf-8")
    as_role = f" ({role.strip()})" if role.strip() else ""
    return f"signed off {paths.display(target)} as reviewed by {reviewer.strip()}{as_role}"


def command_diff(paths: ProjectPaths, lang: str, page: str, languages: tuple[str, ...]) -> str:
    english, target = _files(paths, lang, page, languages)
    if not target.exists():
        raise WorkflowError(f"{paths.display(target)} does not exist")
    meta = _meta(paths, target, target.read_text(encoding="utf-8"))
    current = english.read_text(encoding="utf-8")
    wanted = str(meta.get("source_hash") or "")
    if wanted == source_hash(current):
        return f"{paths.display(english)} has not changed since {paths.display(target)} was stamped."
    relative = paths.display(english)
    found = source_version(paths.root, relative, wanted, str(meta.get("source_commit") or ""))
    if found is None:
        raise WorkflowError(
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
