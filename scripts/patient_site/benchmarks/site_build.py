"""Benchmark the project's build against the stock stack, in one run.

For the real site and for generated trees (default 200 and 1,000 pages × 4
languages, in 20 sections), measures medians of 3 runs of:

  stock    the project's mkdocs.yml without its hooks and overrides
           (static-i18n's own search merging), navigation.prune on
  project  the project's build (scripts/build_site.py, without handouts)
  english  the project's build of the default language only
  markdown raw python-markdown over the same files: a lower bound

and, with the project's build command and its cache, the rebuilds:

  nothing changed     the same build again
  one English page    after one English page's body was edited (every
                      language is rebuilt: the translations say the English
                      changed)
  one translation     after one Spanish page's body was edited
  MkDocs --dirty floor  MkDocs's own incremental mode with nothing to
                      render (`mkdocs build --dirty`, after a plain build of
                      the same mkdocs.yml, every language in one process):
                      what any rebuild that runs MkDocs and static-i18n for
                      every language costs before a page is rendered

It reports wall time, CPU time, peak memory, output size, HTML bytes per
page, the search bytes a reader fetches (stock: Material's whole index on
every page view; the project: a typical query's first result, against
Material's whole index of the same pages) and, on the real site, the PDF
handouts from scratch and after one edit; and plots wall time against the number of pages for each build (SVG).
Timings belong here, never in tests.

    python scripts/benchmark.py [--sizes 200 1000] [--runs 3] [--report FILE] [--plot FILE]
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from patient_site.project import PLUGIN_NAME
from patient_site.translations.languages import MkDocsYamlLoader

# This project (the benchmark measures its build and its content).
PROJECT_DIR = Path(__file__).resolve().parents[3]
PYTHON = sys.executable
SITE_URL = "https://palliative-care.example.org/"


@dataclass
class Measure:
    wall: float
    cpu: float
    rss_mb: float


@dataclass
class Row:
    tree: str
    variant: str
    runs: list[Measure] = field(default_factory=list)
    output_mb: float = 0.0
    html_kb_per_page: float = 0.0
    search: dict[str, tuple[int, float]] = field(default_factory=dict)  # lang -> (bytes, ratio to text)
    note: str = ""

    def median(self, attribute: str) -> float:
        return statistics.median(getattr(run, attribute) for run in self.runs)


def run_measured(command: list[str], cwd: Path) -> Measure:
    """Run a command; its wall time, CPU time and peak RSS (children included)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{stderr[-3000:]}")
    return Measure(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


# -- configurations ------------------------------------------------------------------


def project_config() -> dict:
    return yaml.load((PROJECT_DIR / "mkdocs.yml").read_text(encoding="utf-8"), Loader=MkDocsYamlLoader)


def write_config(folder: Path, variant: str, keep_nav: bool) -> Path:
    """mkdocs.yml for one variant, in `folder` (beside docs/ and bibliography.bib)."""
    config = project_config()
    config["site_url"] = SITE_URL
    config["docs_dir"] = str(folder / "docs")
    config.pop("watch", None)
    if not keep_nav:
        config.pop("nav", None)
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    if variant == "stock":
        # Material and static-i18n as they come: Material's own search
        # (merged across languages by static-i18n), no project plugin.
        config["plugins"] = ["search", *(p for p in config["plugins"] if not (isinstance(p, dict) and PLUGIN_NAME in p))]
        config.pop("extra_css", None)
        config.pop("extra_javascript", None)
        config["theme"].pop("custom_dir", None)
        i18n.pop("reconfigure_search", None)
    else:
        options = next(p[PLUGIN_NAME] for p in config["plugins"] if isinstance(p, dict) and PLUGIN_NAME in p)
        # The generated tree has its own docs/ and bibliography; the glossary
        # and interface text are the project's.
        options["glossary"] = str(PROJECT_DIR / "translations" / "glossary")
        options["interface_text"] = str(PROJECT_DIR / "translations" / "ui")
        options.pop("only_language", None)
        config["theme"]["custom_dir"] = str(PROJECT_DIR / "overrides")
        if variant == "english":
            i18n["build_only_locale"] = "en"
    path = folder / f"mkdocs-{variant}.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def mkdocs_build(config: Path, out: Path) -> list[str]:
    """MkDocs's own build command, as a user runs it."""
    return [PYTHON, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(out)]


def command(variant: str, config: Path, out: Path, handouts: bool = False) -> list[str]:
    if variant == "stock":
        return mkdocs_build(config, out)
    if variant == "markdown":
        return [PYTHON, "-m", "patient_site.benchmarks.site_build", "--raw-markdown", str(config.parent / "docs")]
    extra = [] if handouts else ["--no-handouts"]
    return [PYTHON, "-m", "patient_site.cli.build_site", "--config", str(config), "--site-dir", str(out), *extra]


# -- what the output holds -------------------------------------------------------------


def search_sizes(site: Path) -> dict[str, tuple[int, float]]:
    """Per language: the bytes of search data a reader fetches (gzip, as nginx
    sends them) and their ratio to Material's full index of the same pages.
    Stock: Material's merged index (what every page view downloads); the
    project: what the first result of a typical query fetches."""
    merged = site / "search" / "search_index.json"
    if merged.is_file():
        from patient_site.benchmarks.search_bytes import nginx_gzip

        return {"all": (nginx_gzip(merged.read_bytes()), 1.0)}
    from patient_site.benchmarks.search_bytes import languages, search_bytes

    sizes = {}
    for lang in languages(site):
        measured = search_bytes(site, lang)
        sizes[lang] = (measured["first_result_gzip"], measured["ratio"])
    return sizes


def output_stats(site: Path, pages: int) -> tuple[float, float]:
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    html = sum(p.stat().st_size for p in site.rglob("index.html"))
    return total / 1e6, html / 1e3 / pages


def raw_markdown(docs: Path) -> None:
    import markdown

    extensions = ["attr_list", "md_in_html", "admonition", "tables", "toc"]
    for path in sorted(docs.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---"):
            text = text.split("\n---\n", 1)[-1]
        markdown.markdown(text, extensions=extensions)


# -- the run -----------------------------------------------------------------------------


def bench_tree(name: str, folder: Path, pages: int, runs: int, keep_nav: bool, variants: list[str]) -> list[Row]:
    rows = []
    for variant in variants:
        config = write_config(folder, variant if variant != "markdown" else "project", keep_nav)
        row = Row(name, variant)
        for _ in range(runs):
            out = folder / f"site-{variant}"
            shutil.rmtree(out, ignore_errors=True)
            row.runs.append(run_measured(command(variant, config, out), folder))
        if variant != "markdown":
            built_pages = pages if variant != "english" else pages // 4
            row.output_mb, row.html_kb_per_page = output_stats(out, built_pages)
            row.search = search_sizes(out)
            shutil.rmtree(out, ignore_errors=True)
        rows.append(row)
        print(f"  {name:>14} {variant:<8} {row.median('wall'):7.1f} s", flush=True)
    return rows


# What the rebuild rows measure, in the report's words.
FLOOR = "MkDocs --dirty floor"
REBUILDS = ("nothing changed", "one English page", "one translation", FLOOR)


def edited_pages(folder: Path) -> tuple[Path, Path]:
    """An English page with a Spanish translation: the pages the rebuilds edit."""
    docs = folder / "docs"
    for english in sorted(docs.rglob("*.md")):
        if english.name.count(".") == 1 and english.name != "index.md" and english.with_suffix(".es.md").is_file():
            return english, english.with_suffix(".es.md")
    raise RuntimeError(f"no translated page in {docs}")


def bench_rebuilds(name: str, folder: Path, runs: int, keep_nav: bool) -> list[Row]:
    """The project's build command again, on its own cache, after each kind
    of change (handouts left out: they have their own row)."""
    config = write_config(folder, "project", keep_nav)
    out, cache = folder / "site-rebuild", folder / "rebuild-cache"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    build = [*command("project", config, out), "--cache-dir", str(cache)]
    run_measured(build, folder)
    english, translation = edited_pages(folder)
    rows = []
    for variant in REBUILDS:
        row = Row(name, variant)
        if variant == FLOOR:
            row.runs = dirty_floor(config, folder, runs)
        else:
            edited = {"one English page": english, "one translation": translation}.get(variant)
            for number in range(runs):
                if edited is not None:
                    edited.write_text(edited.read_text(encoding="utf-8") + f"\nOne more sentence ({number}).\n", encoding="utf-8")
                row.runs.append(run_measured(build, folder))
        rows.append(row)
        print(f"  {name:>14} {variant:<16} {row.median('wall'):7.1f} s", flush=True)
    shutil.rmtree(out, ignore_errors=True)
    return rows


def dirty_floor(config: Path, folder: Path, runs: int) -> list[Measure]:
    """`mkdocs build --dirty` with nothing changed since a plain build."""
    out = folder / "site-dirty"
    shutil.rmtree(out, ignore_errors=True)
    plain = mkdocs_build(config, out)
    run_measured(plain, folder)
    measures = [run_measured([*plain, "--dirty"], folder) for _ in range(runs)]
    shutil.rmtree(out, ignore_errors=True)
    return measures


# The page edited between the two handout builds (any page would do).
EDITED_PAGE = "costs-and-insurance.md"


def handout_times(folder: Path) -> list[str]:
    """The handout step from scratch (an empty cache) and after one page was
    edited: wall time of the step and how many PDFs were rendered."""
    config = write_config(folder, "project", keep_nav=True)
    out, cache = folder / "site-handouts", folder / "handout-cache"
    shutil.rmtree(cache, ignore_errors=True)

    def build() -> tuple[float, int, int]:
        extra = ["--cache-dir", str(cache)]
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        result = subprocess.run(command("project", config, out, handouts=True) + extra, capture_output=True, text=True, env=env, check=True)
        match = re.search(r"(\d+) PDF handouts in ([\d.]+) s: (\d+) rendered", result.stderr + result.stdout)
        if not match:
            raise RuntimeError("no handout summary in the build's output")
        return float(match.group(2)), int(match.group(3)), int(match.group(1))

    scratch, rendered, total = build()
    page = folder / "docs" / EDITED_PAGE
    page.write_text(page.read_text(encoding="utf-8") + "\nOne more sentence for the benchmark.\n", encoding="utf-8")
    again, rerendered, _ = build()
    shutil.rmtree(out, ignore_errors=True)
    return [
        f"handouts from scratch: {scratch:.1f} s for {rendered} of {total} PDFs ({os.cpu_count()} cores)",
        f"handouts after editing {EDITED_PAGE}: {again:.1f} s, {rerendered} PDFs rendered again "
        f"= {again / scratch:.0%} of from scratch",
    ]


def table(rows: list[Row]) -> str:
    head = "| tree | build | wall s | CPU s | peak RSS MB | output MB | HTML KB/page | search bytes to a first result, KB gzip (× Material's full index) |"
    lines = [head, "|" + "---|" * 8]
    for row in rows:
        search = ", ".join(f"{lang} {size / 1e3:.1f} ({ratio:.2f}×)" for lang, (size, ratio) in row.search.items()) or "–"
        output = f"{row.output_mb:.1f}" if row.output_mb else "–"
        per_page = f"{row.html_kb_per_page:.1f}" if row.html_kb_per_page else "–"
        lines.append(
            f"| {row.tree} | {row.variant} | {row.median('wall'):.1f} | {row.median('cpu'):.1f} | "
            f"{row.median('rss_mb'):.0f} | {output} | {per_page} | {search} |"
        )
    return "\n".join(lines)


def ratios(rows: list[Row]) -> list[str]:
    out = []
    for tree in dict.fromkeys(row.tree for row in rows):
        by = {row.variant: row.median("wall") for row in rows if row.tree == tree}
        if {"stock", "project"} <= set(by):
            line = f"{tree}: project/stock = {by['project'] / by['stock']:.2f}"
            if "markdown" in by:
                line += f", project/raw-markdown = {by['project'] / by['markdown']:.2f}"
            if "english" in by:
                line += f", 4 languages/English only = {by['project'] / by['english']:.2f}"
            rebuilds = [f"{variant} {by[variant] / by['project']:.0%}" for variant in REBUILDS if variant in by]
            if rebuilds:
                line += "; rebuilds of a full build: " + ", ".join(rebuilds)
            out.append(line)
    return out


def plot(rows: list[Row], pages: dict[str, int], target: Path) -> None:
    """Wall time against pages (log-log) for each build, as SVG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["svg.hashsalt"] = "benchmark"  # the same drawing gives the same file
    figure, axes = plt.subplots(figsize=(7.5, 4.6))
    for variant in dict.fromkeys(row.variant for row in rows):
        points = sorted((pages[row.tree], row.median("wall")) for row in rows if row.variant == variant and row.tree in pages)
        if points:
            axes.plot(*zip(*points, strict=True), marker="o", label=variant)
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("pages built (all languages)")
    axes.set_ylabel("wall time, s (median)")
    axes.set_title("Build time against site size")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(target, format="svg", metadata={"Date": None})
    plt.close(figure)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[200, 1000], help="generated pages per language")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--report", type=Path, default=PROJECT_DIR / "benchmark-report.md")
    parser.add_argument("--plot", type=Path, default=PROJECT_DIR / "benchmark.svg")
    parser.add_argument("--raw-markdown", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.raw_markdown:
        raw_markdown(args.raw_markdown)
        return 0

    from patient_site.benchmarks.generated_site import generate

    variants = ["stock", "project", "english", "markdown"]
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="palliative-bench-") as temp:
        root = Path(temp)
        real = root / "real"
        real.mkdir()
        shutil.copytree(PROJECT_DIR / "docs", real / "docs")
        shutil.copy2(PROJECT_DIR / "bibliography.bib", real / "bibliography.bib")
        print("real site", flush=True)
        real_pages = len([p for p in (real / "docs").rglob("*.md") if "_data" not in p.parts])
        rows += bench_tree("real site", real, real_pages, args.runs, True, variants)
        rows += bench_rebuilds("real site", real, args.runs, True)
        handouts = handout_times(real)
        pages = {"real site": real_pages}
        for size in args.sizes:
            folder = root / f"generated-{size}"
            generated = generate(folder, size)
            print(f"{size} pages × 4", flush=True)
            rows += bench_tree(f"{size} × 4", folder, len(generated) * 4, args.runs, False, variants)
            rows += bench_rebuilds(f"{size} × 4", folder, args.runs, False)
            pages[f"{size} × 4"] = len(generated) * 4
            shutil.rmtree(folder, ignore_errors=True)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    report = "\n".join(
        [
            f"# Build benchmark ({time.strftime('%Y-%m-%d')}, {machine}, medians of {args.runs} runs)",
            "",
            table(rows),
            "",
            *[f"- {line}" for line in ratios(rows)],
            *[f"- real site {line}" for line in handouts],
            "",
        ]
    )
    print("\n" + report)
    args.report.write_text(report, encoding="utf-8")
    plot(rows, pages, args.plot)
    print(f"report written to {args.report}, plot to {args.plot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
