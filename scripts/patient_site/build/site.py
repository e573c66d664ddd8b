"""Build the whole site into site/, replacing the old one only when the new
one is complete.

First every source is read and checked, once, in this process: a problem in
any page, translation, the bibliography, the glossary, the interface text,
the campus data or mkdocs.yml stops the build before any page is rendered,
and every problem is reported together, each once. Then the languages are
built — in parallel, one process per language, when there is more than one
core (the pages are the same as those of a serial build, which a test
checks) — into a temporary folder beside site/, the handouts are rendered,
and the folder is swapped in. A failed build leaves the previous site/
untouched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from patient_site.build.languages import LanguageBuild, build_into, load_mkdocs_config
from patient_site.build.lock import build_lock
from patient_site.handouts.documents import DEFAULT_PAPER, HandoutSource, PrintSettings
from patient_site.handouts.rendering import Result, build_handouts
from patient_site.mkdocs_plugin import i18n
from patient_site.problems import Problem, unique_sorted
from patient_site.project import PLUGIN_NAME, ProjectPaths, project_paths
from patient_site.translations.languages import SiteLanguages
from patient_site.validation import Inputs, validate


class BuildFailed(Exception):
    """The build stopped; `problems` says why (each once, by file and line)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = unique_sorted(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


@dataclass
class BuildReport:
    languages: tuple[str, ...]
    handouts: list[Result] = field(default_factory=list)
    handout_seconds: float = 0.0  # wall time of the handout step


@dataclass
class CheckedProject:
    paths: ProjectPaths
    languages: SiteLanguages
    inputs: Inputs | None
    problems: list[Problem]
    language_tags: dict[str, str] = field(default_factory=dict)
    site_url: str = ""


def check_project(config_file: Path) -> CheckedProject:
    """Every problem in mkdocs.yml and in the sources it names (what
    `build_site` checks before it renders anything)."""
    from mkdocs.structure.files import get_files

    config, problems = load_mkdocs_config(config_file)
    if config is None:
        return CheckedProject(None, None, None, problems)  # type: ignore[arg-type]
    plugin = config.plugins[PLUGIN_NAME]
    paths = project_paths(config_file, config.docs_dir, plugin.config)
    languages = i18n.site_languages(config)
    assets = [file.src_uri for file in get_files(config) if not file.is_documentation_page()]
    inputs, problems = validate(paths, languages, assets, plugin.config.hospital_links)
    tags, site_url = dict(plugin.config.language_tags), config.site_url or ""
    return CheckedProject(paths, languages, inputs, problems, tags, site_url)


def _build_language(lang: str, output: Path, config_file: Path, record_handouts: bool) -> LanguageBuild:
    """A worker process: one language, into its own folder (sources already checked)."""
    from patient_site.build.quiet import quiet_logging

    quiet_logging()
    return build_into(output, config_file, only_language=lang, record_handouts=record_handouts, check_sources=False)


def build_languages_in_parallel(
    output: Path, config_file: Path, languages: tuple[str, ...], record_handouts: bool, workers: int
) -> LanguageBuild:
    """Build each language in its own process, then put the language folders
    together: the default language's build is the site's root; each other
    build contributes its `<lang>/` folder (the rest of it — theme assets,
    sitemap — is the same in every build)."""
    default, others = languages[0], languages[1:]
    parts = {lang: output.with_name(f"{output.name}-{lang}") for lang in languages}
    try:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            # Longest first, so neither core idles at the end: Chinese (the
            # most text to index), then the default language, then the rest.
            order = sorted(languages, key=lambda lang: (not lang.startswith("zh"), lang != default))
            futures = {lang: pool.submit(_build_language, lang, parts[lang], config_file, record_handouts) for lang in order}
            results = [futures[lang].result() for lang in languages]
        problems = [problem for result in results for problem in result.problems]
        if problems:
            return LanguageBuild((), problems)
        if output.exists():
            shutil.rmtree(output)
        parts[default].rename(output)
        for lang in others:
            target = output / lang
            if target.exists():
                shutil.rmtree(target)
            (parts[lang] / lang).rename(target)
        return LanguageBuild(languages, [], [source for result in results for source in result.handouts])
    finally:
        for part in parts.values():
            if part.exists():
                shutil.rmtree(part)


_PLACEHOLDER_HOSTS = ("example.org", "example.com", "example.net")
_PLACEHOLDER_SUFFIXES = (".example", ".invalid", ".test", ".localhost", "localhost")


def is_placeholder(site_url: str) -> bool:
    """A site address that names no real host (RFC 2606 / 6761 names)."""
    host = (urlsplit(site_url).hostname or "").lower()
    return not host or host.endswith(_PLACEHOLDER_SUFFIXES) or any(host == h or host.endswith("." + h) for h in _PLACEHOLDER_HOSTS)


def swap_in(new: Path, target: Path) -> None:
    """Replace `target` with `new` (both on the same file system)."""
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}-old-", dir=target.parent))
    try:
        if target.exists():
            target.rename(old / target.name)
        new.rename(target)
    finally:
        shutil.rmtree(old, ignore_errors=True)


def build_site(
    site_dir: Path,
    config_file: Path,
    *,
    handouts: bool = True,
    paper: str = DEFAULT_PAPER,
    serial: bool = False,
    jobs: int | None = None,
    progress: Callable[[str], None] = lambda _message: None,
    lock_timeout: float = 15 * 60,
    cache_dir: Path | None = None,
) -> BuildReport:
    """Check, build and swap in, one build of `site_dir` at a time; raise
    BuildFailed with every problem (BuildBusy if another build holds the
    folder past `lock_timeout` seconds). Handouts are kept in `cache_dir`
    (default: .cache/handouts beside mkdocs.yml) and rendered again only
    when what shapes them changed."""
    cache = cache_dir or config_file.resolve().parent / ".cache" / "handouts"
    with build_lock(site_dir.resolve(), timeout=lock_timeout, say=progress):
        return _build_site(site_dir, config_file, handouts=handouts, paper=paper, serial=serial, jobs=jobs, cache=cache, progress=progress)


def _build_site(
    site_dir: Path, config_file: Path, *, handouts: bool, paper: str, serial: bool, jobs: int | None, cache: Path,
    progress: Callable[[str], None],
) -> BuildReport:
    project = check_project(config_file)
    if project.problems:
        raise BuildFailed(project.problems)
    languages = project.languages.built
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-building-", dir=site_dir.parent))
    try:
        workers = min(jobs or os.cpu_count() or 1, len(languages))
        if serial or workers == 1:
            result = build_into(staging, config_file, record_handouts=handouts, check_sources=False)
        else:
            result = build_languages_in_parallel(staging, config_file, languages, handouts, workers)
        if not result.ok:
            raise BuildFailed(result.problems)
        report = BuildReport(result.languages)
        if handouts:
            if is_placeholder(project.site_url):
                progress(
                    f"WARNING: the site's address is still the placeholder {project.site_url} — the handouts' QR codes "
                    "and printed addresses lead nowhere until SITE_URL names the real host"
                )
            started = time.perf_counter()
            report.handouts = _render_handouts(staging, result.handouts, project, paper, cache, jobs, progress)
            report.handout_seconds = time.perf_counter() - started
        swap_in(staging, site_dir)
        return report
    finally:
        if staging.exists():
            shutil.rmtree(staging)


def _render_handouts(
    staging: Path, sources: list[HandoutSource], project: CheckedProject, paper: str, cache: Path, jobs: int | None,
    progress: Callable[[str], None],
) -> list[Result]:
    assert project.inputs is not None and project.inputs.interface_text is not None
    text = project.inputs.interface_text
    settings = PrintSettings(paper, project.language_tags, project.languages.names)
    results, problems = build_handouts(
        staging, sources, project.languages.default, text, settings, cache, workers=jobs, progress=progress
    )
    if problems:
        raise BuildFailed(problems)
    return results
