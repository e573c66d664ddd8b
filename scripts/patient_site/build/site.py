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

from patient_site.build.incremental import BuildInputs, language_keys, link_tree, read_record, record_path, write_record
from patient_site.build.languages import LanguageBuild, build_into, load_mkdocs_config
from patient_site.build.lock import build_lock
from patient_site.handouts.documents import DEFAULT_PAPER, HandoutSource, PrintSettings
from patient_site.handouts.rendering import Result, build_handouts
from patient_site.mkdocs_plugin import i18n
from patient_site.problems import Problem, unique_sorted
from patient_site.project import PLUGIN_NAME, ProjectPaths, project_paths
from patient_site.translations.interface_text import load_interface_text
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
    reused: tuple[str, ...] = ()  # languages unchanged since the last build, not built again


@dataclass
class CheckedProject:
    paths: ProjectPaths
    languages: SiteLanguages
    inputs: Inputs | None
    problems: list[Problem]
    language_tags: dict[str, str] = field(default_factory=dict)
    site_url: str = ""


def check_project(config_file: Path, config=None) -> CheckedProject:  # type: ignore[no-untyped-def]
    """Every problem in mkdocs.yml and in the sources it names (what
    `build_site` checks before it renders anything); `config`: mkdocs.yml
    already loaded."""
    from mkdocs.structure.files import get_files

    if config is None:
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


def _unchecked_project(config_file: Path, config) -> CheckedProject:  # type: ignore[no-untyped-def]
    """What the handouts need of a project whose sources the last build
    checked, unchanged since: its languages and interface text."""
    plugin = config.plugins[PLUGIN_NAME]
    paths = project_paths(config_file, config.docs_dir, plugin.config)
    languages = i18n.site_languages(config)
    text = load_interface_text(paths.interface_text, languages.all, paths.display(paths.interface_text))
    return CheckedProject(paths, languages, Inputs(None, interface_text=text), [], dict(plugin.config.language_tags), config.site_url or "")  # type: ignore[arg-type]


def _build_inputs(config_file: Path, config, handouts: bool) -> BuildInputs:  # type: ignore[no-untyped-def]
    plugin = config.plugins[PLUGIN_NAME]
    paths = project_paths(config_file, config.docs_dir, plugin.config)
    theme_dir = config.theme.custom_dir
    others = [paths.bibliography, paths.glossary, paths.interface_text, *([Path(theme_dir)] if theme_dir else [])]
    options = repr((config.site_url, handouts, sorted((k, repr(v)) for k, v in plugin.config.items())))
    return BuildInputs(paths.root, config_file.resolve(), paths.docs_dir, tuple(others), i18n.site_languages(config).built, options)


def _build_language(lang: str, output: Path, config_file: Path, record_handouts: bool) -> LanguageBuild:
    """A worker process: one language, into its own folder (sources already checked)."""
    from patient_site.build.quiet import quiet_logging

    quiet_logging()
    return build_into(output, config_file, only_language=lang, record_handouts=record_handouts, check_sources=False)


def build_languages_in_parallel(
    output: Path,
    config_file: Path,
    languages: tuple[str, ...],
    record_handouts: bool,
    workers: int,
    *,
    default: str | None = None,
    reuse_from: Path | None = None,
    reuse: tuple[str, ...] = (),
) -> LanguageBuild:
    """Build each of `languages` in its own process (in this one if
    `workers` is 1), then put the site together: the default language's
    build is the site's root; each other build contributes its `<lang>/`
    folder (the rest of it — theme assets, sitemap — is the same in every
    build). The languages in `reuse` are hard-linked from `reuse_from` (the
    current site) instead: a language's folder, or, for the default
    language, the root."""
    default = default or languages[0]
    parts = {lang: output.with_name(f"{output.name}-{lang}") for lang in languages}
    try:
        # Longest first, so neither core idles at the end: Chinese (the most
        # text to index), then the default language, then the rest.
        order = sorted(languages, key=lambda lang: (not lang.startswith("zh"), lang != default))
        if workers <= 1 or len(languages) <= 1:
            done = {lang: _build_language(lang, parts[lang], config_file, record_handouts) for lang in order}
        else:
            with ProcessPoolExecutor(max_workers=min(workers, len(languages))) as pool:
                futures = {lang: pool.submit(_build_language, lang, parts[lang], config_file, record_handouts) for lang in order}
                done = {lang: futures[lang].result() for lang in order}
        results = [done[lang] for lang in languages]
        problems = [problem for result in results for problem in result.problems]
        if problems:
            return LanguageBuild((), problems)
        if output.exists():
            shutil.rmtree(output)
        if default in parts:
            parts[default].rename(output)
        else:
            assert reuse_from is not None and default in reuse, "the default language is neither built nor reused"
            output.mkdir()
            link_tree(reuse_from, output, leave_out=languages)
        for lang in languages:
            if lang == default:
                continue
            target = output / lang
            if target.exists():
                shutil.rmtree(target)
            (parts[lang] / lang).rename(target)
        if default in parts:
            for lang in reuse:  # (a reused root brought its language folders along)
                assert reuse_from is not None
                (output / lang).mkdir()
                link_tree(reuse_from / lang, output / lang)
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
    folder past `lock_timeout` seconds). `cache_dir` (default: .cache/
    beside mkdocs.yml) keeps the rendered handouts and the record of the last
    build: a language whose inputs did not change is reused, a handout whose
    inputs did not change is copied."""
    cache = cache_dir or default_cache_dir(config_file)
    with build_lock(site_dir.resolve(), timeout=lock_timeout, say=progress):
        return _build_site(site_dir, config_file, handouts=handouts, paper=paper, serial=serial, jobs=jobs, cache=cache, progress=progress)


def default_cache_dir(config_file: Path) -> Path:
    """Where kept PDFs and the record of the last build live: .cache/ beside mkdocs.yml."""
    return config_file.resolve().parent / ".cache"


def _build_site(
    site_dir: Path, config_file: Path, *, handouts: bool, paper: str, serial: bool, jobs: int | None, cache: Path,
    progress: Callable[[str], None],
) -> BuildReport:
    config, problems = load_mkdocs_config(config_file)
    if config is None:
        raise BuildFailed(problems)
    site_dir = site_dir.resolve()
    keys = language_keys(_build_inputs(config_file, config, handouts))
    record_file = record_path(cache, site_dir)
    record = read_record(record_file, site_dir)
    languages = tuple(keys)
    reused = tuple(lang for lang in languages if record is not None and record.keys.get(lang) == keys[lang])
    to_build = tuple(lang for lang in languages if lang not in reused)
    if to_build:
        project = check_project(config_file, config)
        if project.problems:
            raise BuildFailed(project.problems)
    else:
        project = _unchecked_project(config_file, config)
    if reused:
        progress(f"unchanged since the last build, reused: {', '.join(reused)}")
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-building-", dir=site_dir.parent))
    try:
        workers = 1 if serial else min(jobs or os.cpu_count() or 1, max(len(to_build), 1))
        if not reused and workers == 1:
            result = build_into(staging, config_file, record_handouts=handouts, check_sources=False)
        else:
            result = build_languages_in_parallel(
                staging, config_file, to_build, handouts, workers, default=languages[0], reuse_from=site_dir, reuse=reused
            )
        if not result.ok:
            raise BuildFailed(result.problems)
        sources = [*result.handouts, *(source for lang in reused for source in record.sources(lang))]  # type: ignore[union-attr]
        report = BuildReport(languages, reused=reused)
        if handouts:
            if is_placeholder(project.site_url):
                progress(
                    f"WARNING: the site's address is still the placeholder {project.site_url} — the handouts' QR codes "
                    "and printed addresses lead nowhere until SITE_URL names the real host"
                )
            started = time.perf_counter()
            report.handouts = _render_handouts(staging, sources, project, paper, cache / "handouts", jobs, progress)
            report.handout_seconds = time.perf_counter() - started
        swap_in(staging, site_dir)
        write_record(record_file, site_dir, keys, sources)
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
