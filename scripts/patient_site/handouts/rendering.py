"""Render the patient handouts to PDF with WeasyPrint, in parallel, each
checked and each made again only when something that shapes it changed.

Every edition of every page (editions.py) is a job. A job's key covers all
that determines its PDF: the print HTML (its text, notices, QR code, links
and CSS, from the template), the edition, the paper, the local files it
shows, and the renderer — the versions of WeasyPrint and pydyf, the bytes of
the libraries and font files that shape the text (Pango, HarfBuzz,
fontconfig, FreeType, the Noto fonts), and this code that renders and checks
it. A PDF kept under its key
(file_cache.py) is copied; any other is rendered.

A rendered PDF must be whole: a glyph no font can draw (WeasyPrint's
`.notdef` warning), a box beyond the page's content area, or a word of the
HTML missing from the PDF's text layer fails the build, naming the page,
the language, the edition and what was lost — a PDF that has lost text must
never reach a family.
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
import os
import re
import subprocess
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from patient_site.file_cache import FileCache, key
from patient_site.handouts.completeness import describe, lost_words
from patient_site.handouts.documents import (
    HandoutSource,
    PrintSettings,
    handout_path,
    render_bilingual,
    render_booklet,
    render_handout,
)
from patient_site.handouts.overflow import overflowing
from patient_site.pages.handout_files import BILINGUAL, BOOKLET, LARGE_PRINT, STANDARD, booklet_filename
from patient_site.problems import Problem, unique_sorted
from patient_site.translations.interface_text import InterfaceText
from patient_site.translations.languages import language_prefix

# The families the print template asks for, per language of the text.
FONTS = {
    "default": ("Noto Sans",),
    "ar": ("Noto Naskh Arabic", "Noto Sans Arabic"),
    "zh": ("Noto Sans CJK SC",),
}
_LIBRARIES = re.compile(r"/lib(?:pango|pangoft2|harfbuzz|fontconfig|freetype)[^/]*\.so[.\d]*$")
_LOCAL_SRC = re.compile(r'\ssrc="([^"]+)"')


@dataclass(frozen=True)
class Job:
    label: str  # "docs/services/hospital.md (es, large-print)"
    source: str  # what a problem names: "docs/services/hospital.md", or the booklet's file
    edition: str
    lang: str
    html: str
    output: str  # relative to the site folder (or an absolute path)
    base_url: str
    site_dir: str
    site_url: str
    key: str = ""


@dataclass(frozen=True)
class Result:
    label: str
    output: str
    seconds: float
    error: str = ""
    cached: bool = False

    def problem(self, job: Job) -> Problem:
        kind = "booklet" if job.edition == BOOKLET else f"{job.edition} handout"
        return Problem(job.source, 1, f"the {kind} in '{job.lang}': {self.error}")


@cache  # the fonts installed on this machine do not change during a run
def _font_file(family: str) -> str:
    try:
        return subprocess.run(["fc-match", "-f", "%{family}\t%{file}", family], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return ""


def missing_fonts(lang: str) -> tuple[str, ...]:
    """Font families a language needs that fontconfig cannot find."""
    wanted = FONTS["default"] + FONTS.get(lang, ())[:1]
    return tuple(family for family in wanted if family not in _font_file(family).split("\t")[0].split(","))


@cache  # one machine, one run
def renderer_fingerprint() -> str:
    """What shapes the text besides the HTML: the renderer's versions and the
    bytes of its libraries and of every font the template asks for."""
    import pydyf
    import weasyprint
    from weasyprint.text.ffi import pango

    parts = [weasyprint.__version__, pydyf.__version__, str(pango.pango_version())]
    with open("/proc/self/maps", encoding="utf-8") as maps:  # the libraries actually loaded
        libraries = sorted({line.split()[-1] for line in maps if _LIBRARIES.search(line.strip())})
    families = sorted({family for families in FONTS.values() for family in families})
    files = [*libraries, *sorted({_font_file(f).split("\t")[-1] for f in families if _font_file(f)})]
    for path in files:
        parts.append(path)
        parts.append(hashlib.sha256(Path(path).read_bytes()).hexdigest() if Path(path).is_file() else "missing")
    # The code that renders and checks a PDF: a stricter check applies to
    # the kept PDFs too.
    for module in ("rendering.py", "completeness.py", "overflow.py"):
        parts.append((Path(__file__).parent / module).read_bytes().decode("utf-8"))
    return key(*parts)


def _job_key(job: Job, paper: str) -> str:
    """Everything that determines the job's PDF."""
    site = Path(job.site_dir)
    local = []
    for src in sorted(set(_LOCAL_SRC.findall(job.html))):
        if src.startswith(job.site_url):
            path = site / src[len(job.site_url.rstrip("/")) + 1 :].split("#")[0]
            local.append(path.read_bytes() if path.is_file() else b"<missing>")
    return key("handout", renderer_fingerprint(), job.edition, paper, job.base_url, job.html, *local)


class _Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _fetcher(site_dir: Path, site_url: str):  # type: ignore[no-untyped-def]
    """Resources come from the built site on disk, never from the network."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    prefix = site_url.rstrip("/") + "/"

    class SiteFetcher(URLFetcher):
        def fetch(self, url: str, headers: dict | None = None):  # type: ignore[no-untyped-def]
            if url.startswith("data:"):
                return super().fetch(url, headers)
            if url.startswith(prefix):
                path = site_dir / url[len(prefix):].split("#")[0].split("?")[0]
                if path.is_file():
                    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                    return URLFetcherResponse(url, body=path.read_bytes(), headers={"Content-Type": content_type})
            raise ValueError(f"not fetched (handouts use no network): {url}")

    return SiteFetcher()


def render_pdf(job: Job) -> tuple[bytes | None, str]:
    """(PDF, "") or (None, what went wrong): rendered, then checked whole."""
    missing = missing_fonts(job.lang)
    if missing:
        return None, f"font {', '.join(repr(f) for f in missing)} is not installed — run `bash scripts/setup.sh build`"
    from weasyprint import HTML
    from weasyprint.logger import LOGGER

    warnings = _Warnings()
    LOGGER.addHandler(warnings)
    try:
        document = HTML(
            string=job.html, base_url=job.base_url, url_fetcher=_fetcher(Path(job.site_dir), job.site_url)
        ).render()
        pdf = document.write_pdf(pdf_variant="pdf/ua-1")
    except Exception as error:  # any failure names the page; the build stops
        return None, f"could not be rendered: {error}"
    finally:
        LOGGER.removeHandler(warnings)
    problems = [m for m in warnings.messages if ".notdef" in m or "cannot be loaded" in m or "not fetched" in m]
    if problems:
        return None, "; ".join(problems)
    faults = []
    beyond = overflowing(document)
    if beyond:
        where = ", ".join(f"page {page}: '{_short(what)}'" for page, what in beyond[:3])
        more = f" and {len(beyond) - 3} more" if len(beyond) > 3 else ""
        faults.append(f"{len(beyond)} piece(s) reach beyond the page's content area ({where}{more})")
    try:
        lost = lost_words(job.html, pdf)
    except RuntimeError as error:  # no way to read the PDF back
        return None, str(error)
    if lost:
        faults.append(describe(lost))
    if faults:
        return None, "; ".join(faults) + " — the layout cut text off: check wide tables, long words and the print CSS"
    return pdf, ""


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_job(job: Job, cache_folder: str) -> Result:
    """Render one PDF into the cache and the site; runs in a worker process."""
    started = time.perf_counter()
    pdf, error = render_pdf(job)
    if pdf is None:
        return Result(job.label, job.output, time.perf_counter() - started, error)
    cache = FileCache(Path(cache_folder), ".pdf")
    cache.put(job.key, pdf)
    cache.copy_to(job.key, Path(job.site_dir) / job.output)
    return Result(job.label, job.output, time.perf_counter() - started)


def plan_jobs(
    site_dir: Path, sources: list[HandoutSource], default: str, text: InterfaceText, settings: PrintSettings
) -> list[Job]:
    """Every edition of every page, and a booklet per language, longest first."""
    jobs = []
    by_lang: dict[str, list[HandoutSource]] = {}
    english = {source.page: source for source in sources if source.lang == default}

    def job(source: HandoutSource, edition: str, html: str, output: str, label_source: str) -> Job:
        return Job(
            label=f"{label_source} ({source.lang}, {edition})",
            source=label_source,
            edition=edition,
            lang=source.lang,
            html=html,
            output=output,
            base_url=source.web_address,
            site_dir=str(site_dir),
            site_url=source.site_url,
        )

    for source in sources:
        by_lang.setdefault(source.lang, []).append(source)
        messages = text.messages(source.lang)
        page = f"docs/{source.page}"
        for edition in (STANDARD, LARGE_PRINT):
            jobs.append(job(source, edition, render_handout(source, messages, settings, edition), handout_path(source, edition), page))
        original = english.get(source.page)
        if source.lang != default and source.text_lang == source.lang and original is not None:
            html = render_bilingual(original, source, messages, settings)
            jobs.append(job(source, BILINGUAL, html, handout_path(source, BILINGUAL, default), page))
    for lang, pages in sorted(by_lang.items()):
        output = language_prefix(lang, default) + booklet_filename(lang, pages[0].file_prefix)
        html = render_booklet(pages, lang, pages[0].site_name, text.messages(lang), settings)
        jobs.append(job(pages[0], BOOKLET, html, output, output))
    keyed = [with_key(j, settings.paper) for j in jobs]
    # Longest first keeps both cores busy until the end.
    return sorted(keyed, key=lambda j: -len(j.html))


def build_handouts(
    site_dir: Path,
    sources: list[HandoutSource],
    default: str,
    text: InterfaceText,
    settings: PrintSettings,
    cache_folder: Path,
    workers: int | None = None,
    progress: Callable[[str], None] = lambda _message: None,
) -> tuple[list[Result], list[Problem]]:
    """Every handout in place (kept ones copied, the others rendered); the
    results, and a problem naming each handout that could not be made."""
    jobs = plan_jobs(site_dir, sources, default, text, settings)
    ordered = render_kept(jobs, cache_folder, workers, "handouts", progress)
    problems = unique_sorted(result.problem(job) for job, result in zip(jobs, ordered, strict=True) if result.error)
    if not problems:
        cache = FileCache(cache_folder, ".pdf")
        cache.prune(job.key for job in jobs)
    return ordered, problems


def with_key(job: Job, paper: str) -> Job:
    """The job with its content key (see _job_key)."""
    return Job(**{**job.__dict__, "key": _job_key(job, paper)})


def render_kept(
    jobs: list[Job],
    cache_folder: Path,
    workers: int | None = None,
    what: str = "PDFs",
    progress: Callable[[str], None] = lambda _message: None,
) -> list[Result]:
    """Each keyed job's PDF at its output: a kept one copied from
    `cache_folder`, the others rendered, checked and kept. The results, in
    the jobs' order."""
    cache = FileCache(cache_folder, ".pdf")
    results: dict[str, Result] = {}
    to_render = []
    for job in jobs:
        assert job.key, f"{job.label} has no key"
        if cache.get(job.key) is not None:
            cache.copy_to(job.key, Path(job.site_dir) / job.output)
            results[job.output] = Result(job.label, job.output, 0.0, cached=True)
        else:
            to_render.append(job)
    progress(f"{what}: {len(jobs) - len(to_render)} of {len(jobs)} unchanged, {len(to_render)} to render")
    for done, result in enumerate(_render(to_render, cache_folder, workers), 1):
        results[result.output] = result
        if done % 25 == 0 and done < len(to_render):
            progress(f"{what}: {done} rendered, {len(to_render) - done} left")
    return [results[job.output] for job in jobs]


def _render(jobs: list[Job], cache_folder: Path, workers: int | None) -> Iterable[Result]:
    workers = min(workers or os.cpu_count() or 1, max(len(jobs), 1))
    if workers == 1 or len(jobs) <= 1:
        for job in jobs:
            yield render_job(job, str(cache_folder))
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(render_job, job, str(cache_folder)) for job in jobs]
        for future in as_completed(futures):
            yield future.result()
