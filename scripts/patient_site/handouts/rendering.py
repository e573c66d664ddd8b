"""Render the patient handouts to PDF with WeasyPrint, in parallel.

One tagged PDF (PDF/UA-1 variant: tags, document language, title,
bookmarks from headings) per page per language, stored beside the page, and
one booklet per language. A missing font, a page that fails to render or a
glyph no font can draw (WeasyPrint's `.notdef` warning) fails the build,
naming the page and language: a PDF full of boxes must never reach a family.
"""

from __future__ import annotations

import logging
import mimetypes
import os
import subprocess
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from patient_site.handouts.documents import (
    DEFAULT_PAPER,
    HandoutSource,
    booklet_filename,
    handout_path,
    render_booklet,
    render_handout,
)
from patient_site.problems import Problem, unique_sorted
from patient_site.translations.interface_text import InterfaceText
from patient_site.translations.languages import language_prefix

# The families the print template asks for, per language of the text.
FONTS = {
    "default": ("Noto Sans",),
    "ar": ("Noto Naskh Arabic",),
    "zh": ("Noto Sans CJK SC",),
}


@dataclass(frozen=True)
class Job:
    label: str  # "docs/services/hospital.md (es)", "booklet (es)"
    source: str  # what a problem names: "docs/services/hospital.md", or the booklet's file
    html: str
    output: str
    base_url: str
    site_dir: str
    site_url: str
    lang: str


@dataclass(frozen=True)
class Result:
    label: str
    output: str
    seconds: float
    error: str = ""

    def problem(self, job: Job) -> Problem:
        kind = "booklet" if job.label.startswith("booklet") else "handout"
        return Problem(job.source, 1, f"the {kind} in '{job.lang}': {self.error}")


@cache  # the fonts installed on this machine do not change during a run
def missing_fonts(lang: str) -> tuple[str, ...]:
    """Font families a language needs that fontconfig cannot find."""
    wanted = FONTS["default"] + FONTS.get(lang, ())
    missing = []
    for family in wanted:
        try:
            found = subprocess.run(
                ["fc-match", "-f", "%{family}", family], capture_output=True, text=True, check=True
            ).stdout
        except (OSError, subprocess.CalledProcessError):
            found = ""
        if family not in found.split(","):
            missing.append(family)
    return tuple(missing)


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


def render_job(job: Job) -> Result:
    """Render one PDF; runs in a worker process."""
    started = time.perf_counter()
    missing = missing_fonts(job.lang)
    if missing:
        return Result(job.label, job.output, 0.0, f"font {', '.join(repr(f) for f in missing)} is not installed — run `bash scripts/setup.sh build`")
    from weasyprint import HTML
    from weasyprint.logger import LOGGER

    warnings = _Warnings()
    LOGGER.addHandler(warnings)
    try:
        document = HTML(string=job.html, base_url=job.base_url, url_fetcher=_fetcher(Path(job.site_dir), job.site_url))
        Path(job.output).parent.mkdir(parents=True, exist_ok=True)
        document.write_pdf(job.output, pdf_variant="pdf/ua-1")
    except Exception as error:  # any failure names the page; the build stops
        return Result(job.label, job.output, time.perf_counter() - started, f"could not be rendered: {error}")
    finally:
        LOGGER.removeHandler(warnings)
    problems = [m for m in warnings.messages if ".notdef" in m or "cannot be loaded" in m or "not fetched" in m]
    if problems:
        Path(job.output).unlink(missing_ok=True)
        return Result(job.label, job.output, time.perf_counter() - started, "; ".join(problems))
    return Result(job.label, job.output, time.perf_counter() - started)


def plan_jobs(site_dir: Path, sources: list[HandoutSource], default: str, text: InterfaceText, paper: str) -> list[Job]:
    jobs = []
    by_lang: dict[str, list[HandoutSource]] = {}
    for source in sources:
        by_lang.setdefault(source.lang, []).append(source)
        jobs.append(
            Job(
                label=f"docs/{source.page} ({source.lang})",
                source=f"docs/{source.page}",
                html=render_handout(source, text.messages(source.lang), paper),
                output=str(site_dir / handout_path(source)),
                base_url=source.web_address,
                site_dir=str(site_dir),
                site_url=source.site_url,
                lang=source.lang,
            )
        )
    for lang, pages in sorted(by_lang.items()):
        site_name = pages[0].site_name
        output = site_dir / language_prefix(lang, default) / booklet_filename(lang, pages[0].file_prefix)
        jobs.append(
            Job(
                label=f"booklet ({lang})",
                source=f"{language_prefix(lang, default)}{booklet_filename(lang, pages[0].file_prefix)}",
                html=render_booklet(pages, lang, site_name, text.messages(lang), paper),
                output=str(output),
                base_url=pages[0].site_url,
                site_dir=str(site_dir),
                site_url=pages[0].site_url,
                lang=lang,
            )
        )
    # Longest first keeps both cores busy until the end.
    return sorted(jobs, key=lambda job: -len(job.html))


def build_handouts(
    site_dir: Path,
    sources: list[HandoutSource],
    default: str,
    text: InterfaceText,
    paper: str = DEFAULT_PAPER,
    workers: int | None = None,
) -> tuple[list[Result], list[Problem]]:
    """Render every handout and booklet; the results, and a problem naming
    each handout that could not be made."""
    jobs = plan_jobs(site_dir, sources, default, text, paper)
    workers = workers or os.cpu_count() or 1
    if workers == 1:
        results = [render_job(job) for job in jobs]
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(render_job, jobs))
    problems = unique_sorted(result.problem(job) for job, result in zip(jobs, results, strict=True) if result.error)
    return results, problems
