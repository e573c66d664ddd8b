"""Review sheets for a language's pages (`translate review LANG [PAGE…]`):
the site's English and the language are built (the text readers see), each
page's sheet is written as HTML and rendered to PDF by the handouts'
renderer, with its checks (nothing cut off, no network), through the same
cache of kept PDFs: a sheet whose content did not change is copied.

The English a translation is compared with is found in the git history by
its content hash: the version last signed off, or, never signed off, the
version the translation was made from.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from patient_site.build.site import BuildFailed, build_languages_in_parallel, check_project, default_cache_dir
from patient_site.handouts.documents import HandoutSource, PrintSettings
from patient_site.handouts.rendering import Job, render_kept, with_key
from patient_site.handouts.review_sheet import ReviewFacts, render_review_sheet
from patient_site.pages.handout_files import slug
from patient_site.problems import Problem
from patient_site.translations.english_changes import english_changes
from patient_site.translations.inventory import OUTDATED, sign_off_holds, take_inventory
from patient_site.translations.workflow import source_version


@dataclass
class ReviewReport:
    written: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # why a page has no sheet
    problems: list[Problem] = field(default_factory=list)
    rendered: int = 0  # PDFs rendered (the others were kept from an earlier run)


def _facts(project, inventory, page: str, lang: str) -> ReviewFacts:  # type: ignore[no-untyped-def]
    paths = project.paths
    state = inventory.state(page, lang)
    english_path = paths.docs_dir / page
    document = inventory.documents[state.path]
    sign_off = state.sign_off
    holds = sign_off is not None and sign_off_holds(document, sign_off)
    since, wanted = ("sign-off", sign_off.source_hash) if sign_off is not None and sign_off.source_hash else (
        "translation", str(document.meta.get("source_hash") or ""))
    current = english_path.read_text(encoding="utf-8")
    display = paths.display(english_path)
    changes: list | None
    found = source_version(paths.root, display, wanted, str(document.meta.get("source_commit") or "")) if wanted else None
    if found is not None:
        changes = english_changes(found[1], current)
    else:
        changes = None if state.state == OUTDATED or since == "sign-off" else []
    return ReviewFacts(
        english_file=display,
        translation_file=paths.display(paths.docs_dir / state.path),
        state=state.review if state.state != OUTDATED else OUTDATED,
        sign_off=sign_off,
        signed_off_holds=holds,
        changes_since=since,
        changes=changes,
    )


def make_review_sheets(
    config_file: Path,
    lang: str,
    pages: Sequence[str],
    out_dir: Path,
    *,
    pdf: bool = True,
    workers: int | None = None,
    cache_dir: Path | None = None,
    progress: Callable[[str], None] = lambda _message: None,
) -> ReviewReport:
    """A sheet (HTML, and PDF unless `pdf` is false) per page of `lang`
    (every page when `pages` is empty) in `out_dir`. Kept PDFs are in
    `cache_dir` (default: .cache/ beside mkdocs.yml), beside the handouts'."""
    project = check_project(config_file)
    if project.problems:
        raise BuildFailed(project.problems)
    languages = project.languages
    if lang not in languages.others:
        raise BuildFailed([Problem("mkdocs.yml", 1, f"'{lang}' is not a translation language of this site — use one of {', '.join(languages.others)}")])
    inventory = take_inventory(project.paths.docs_dir, languages.others)
    wanted = [page.removeprefix("docs/") for page in pages] or list(inventory.pages)
    unknown = [page for page in wanted if page not in inventory.pages]
    if unknown:
        raise BuildFailed([Problem(f"docs/{page}", 1, "no such English page — give it relative to docs/, e.g. services/hospital.md") for page in unknown])
    report = ReviewReport()
    settings = PrintSettings("letter", project.language_tags, languages.names)
    messages = project.inputs.interface_text.messages(lang)  # type: ignore[union-attr]
    glossary = project.inputs.glossary.languages.get(lang) if project.inputs.glossary else None  # type: ignore[union-attr]
    staging = Path(tempfile.mkdtemp(prefix=".review-"))
    try:
        progress(f"building the English and '{lang}' pages")
        built = build_languages_in_parallel(staging / "site", config_file, (languages.default, lang), True, 2)
        if not built.ok:
            raise BuildFailed(built.problems)
        sources: dict[tuple[str, str], HandoutSource] = {(s.page, s.lang): s for s in built.handouts}
        out_dir.mkdir(parents=True, exist_ok=True)
        jobs = []
        for page in wanted:
            english, translation = sources[(page, languages.default)], sources[(page, lang)]
            if translation.text_lang != lang:
                report.skipped.append(f"docs/{page}: not translated into '{lang}' yet — nothing to review")
                continue
            html = render_review_sheet(english, translation, _facts(project, inventory, page, lang), glossary, settings, messages["hospital_name"])
            target = out_dir / f"review-{slug(page)}-{lang}.html"
            target.write_text(html, encoding="utf-8")
            report.written.append(target)
            job = Job(f"docs/{page} ({lang}, review)", f"docs/{page}", "review", lang, html, str(target.with_suffix(".pdf")),
                      translation.web_address, str(staging / "site"), translation.site_url)
            jobs.append(with_key(job, settings.paper))
        if pdf and jobs:
            cache = (cache_dir or default_cache_dir(config_file)) / "handouts"
            for job, result in zip(jobs, render_kept(jobs, cache, workers, "review sheet PDFs", progress), strict=True):
                if result.error:
                    report.problems.append(Problem(job.source, 1, f"the review sheet in '{lang}' could not be made: {result.error}"))
                else:
                    report.written.append(Path(job.output))
                    report.rendered += not result.cached
        return report
    finally:
        shutil.rmtree(staging, ignore_errors=True)
