"""Benchmark: the project's reference style against pybtex's stock `unsrt`.

Not a test (nothing here asserts a time). It generates a large .bib file
(a realistic mix of articles, web pages, books and book chapters, with long
author lists and some LaTeX accents), then in one run measures:

- parse: pybtex's BibTeX `Parser`, once per run;
- load: the project's `load_bibliography` (scanner, parse and checks);
- stock: pybtex's `unsrt` style formatting every entry, rendered with ONE
  reused `pybtex.backends.html.Backend` instance;
- project: `bibstyle.PatientStyle` (English) formatting every entry, rendered
  with ONE reused `bibstyle.HtmlBackend` instance.

Each is the median of several runs. The report gives the ratio
project / stock; the target is at most 0.4.

    .venv/bin/python scripts/benchmark_bibliography.py
    .venv/bin/python scripts/benchmark_bibliography.py --entries 2000 --report /tmp/bench.json
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml
from pybtex.backends.html import Backend as StockHtmlBackend
from pybtex.database import BibliographyData
from pybtex.database.input.bibtex import Parser
from pybtex.plugin import find_plugin

from patient_site.references.bibliography import load_bibliography
from patient_site.references.style import HtmlBackend, PatientStyle, Terms
from patient_site.translations.dates import format_partial_date

# This project (its bibliography and interface text).
PROJECT_DIR = Path(__file__).resolve().parents[3]
TARGET_RATIO = 0.4

_SURNAMES = (
    "Smith", "Johnson", "Nguyen", "Kamal", "Kelley", "Wordingham", "Stern", "Garcia", "O'Brien",
    "Lee", "Chen", "Wang", "Haddad", "Rossi", "Novak", "van der Berg", "de la Cruz", "Ibrahim",
)
_ACCENTED_SURNAMES = (r"M{\"u}ller", r"Garc{\'\i}a", r"Br{\aa}ten", r"{\c{C}}elik", r"Gonz\'{a}lez", r"Fran{\c c}ois")
_GIVEN = ("A. F.", "John", "Mary Ellen", "J.-P.", "Jean-Paul", "S. E.", "Li", "Ahmed", "T. A.", "Ana Sof{\\'\\i}a")
_WORDS = (
    "palliative", "care", "outcomes", "patients", "with", "advanced", "cancer", "symptom", "management",
    "hospice", "quality", "of", "life", "family", "caregivers", "communication", "serious", "illness",
    "randomized", "trial", "review", "pain", "dyspnea", "consultation", "early", "integration",
)
_JOURNALS = (
    "Journal of Oncology Practice", "New England Journal of Medicine", "Clinics in Geriatric Medicine",
    "Journal of Pain and Symptom Management", "Journal of Palliative Medicine", "JAMA Internal Medicine",
)
_PUBLISHERS = (("Philadelphia, Pa.", "Saunders Elsevier"), ("New York, N.Y.", "Oxford University Press"),
               ("Rochester, Minn.", "Mayo Clinic Press"), ("Boston, Mass.", "Little, Brown"))
_ORGANIZATIONS = ("National Institute of Nursing Research", "Center to Advance Palliative Care",
                  "World Health Organization", "American Cancer Society")


def _person(rng: random.Random) -> str:
    surname = rng.choice(_ACCENTED_SURNAMES) if rng.random() < 0.15 else rng.choice(_SURNAMES)
    return f"{surname}, {rng.choice(_GIVEN)}"


def _authors(rng: random.Random) -> str:
    count = rng.choice((1, 1, 2, 3, 4, 6, 8, 12, 25, 40))
    names = [_person(rng) for _ in range(count)]
    if count > 1 and rng.random() < 0.2:
        names.append("others")
    return " and ".join(names)


def _title(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(4, 14))]
    if rng.random() < 0.1:
        words.insert(1, r"{\'e}tude")
    return " ".join(words).capitalize()


def _date(rng: random.Random) -> str:
    return f"{rng.randint(2000, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _article(rng: random.Random, key: str) -> str:
    first = rng.randint(1, 900)
    doi = f"  doi = {{10.{rng.randint(1000, 9999)}/jop.{rng.randint(1, 99999)}}},\n" if rng.random() < 0.5 else ""
    return (
        f"@article{{{key},\n  author = {{{_authors(rng)}}},\n  title = {{{_title(rng)}}},\n"
        f"  journal = {{{rng.choice(_JOURNALS)}}},\n  year = {{{rng.randint(1990, 2024)}}},\n"
        f"  volume = {{{rng.randint(1, 400)}}},\n  number = {{{rng.randint(1, 12)}}},\n"
        f"  pages = {{{first}--{first + rng.randint(1, 20)}}},\n{doi}}}\n"
    )


def _online(rng: random.Random, key: str) -> str:
    author = f"  author = {{{_authors(rng)}}},\n" if rng.random() < 0.3 else ""
    return (
        f"@online{{{key},\n{author}  title = {{{_title(rng)}}},\n"
        f"  organization = {{{rng.choice(_ORGANIZATIONS)}}},\n  year = {{{rng.randint(2000, 2024)}}},\n"
        f"  url = {{https://www.example.org/{key}}},\n  urldate = {{{_date(rng)}}},\n}}\n"
    )


def _book(rng: random.Random, key: str) -> str:
    address, publisher = rng.choice(_PUBLISHERS)
    return (
        f"@book{{{key},\n  author = {{{_authors(rng)}}},\n  title = {{{_title(rng)}}},\n"
        f"  edition = {{{rng.randint(1, 12)}}},\n  address = {{{address}}},\n  publisher = {{{publisher}}},\n"
        f"  year = {{{rng.randint(1990, 2024)}}},\n}}\n"
    )


def _incollection(rng: random.Random, key: str) -> str:
    address, publisher = rng.choice(_PUBLISHERS)
    first = rng.randint(1, 900)
    return (
        f"@incollection{{{key},\n  author = {{{_authors(rng)}}},\n  title = {{{_title(rng)}}},\n"
        f"  booktitle = {{{_title(rng)}}},\n  edition = {{{rng.randint(1, 5)}}},\n"
        f"  address = {{{address}}},\n  publisher = {{{publisher}}},\n  year = {{{rng.randint(1990, 2024)}}},\n"
        f"  pages = {{{first}--{first + rng.randint(5, 40)}}},\n  urldate = {{{_date(rng)}}},\n}}\n"
    )


# A realistic mix: mostly journal articles, then web pages, books, chapters.
_KINDS: tuple[tuple[Callable[[random.Random, str], str], int], ...] = (
    (_article, 50), (_online, 20), (_book, 15), (_incollection, 15),
)


def generate_bib(count: int, seed: int = 2015) -> str:
    """`count` entries of the mix above, reproducibly."""
    rng = random.Random(seed)
    makers = [maker for maker, weight in _KINDS for _ in range(weight)]
    return "\n".join(rng.choice(makers)(rng, f"ref{index:05d}") for index in range(count))


def _median_seconds(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _english_terms() -> Terms:
    messages = yaml.safe_load((PROJECT_DIR / "translations" / "ui" / "en.yml").read_text(encoding="utf-8"))
    return Terms("en", messages["accessed"], messages["edition"], messages["expert_opinion"], format_partial_date)


def _stock(data: BibliographyData) -> Callable[[], list[str]]:
    style = find_plugin("pybtex.style.formatting", "unsrt")()
    backend = StockHtmlBackend()
    entries = list(data.entries.values())
    return lambda: [formatted.text.render(backend) for formatted in style.format_entries(entries)]


def _project(data: BibliographyData) -> Callable[[], list[str]]:
    style = PatientStyle(_english_terms())
    backend = HtmlBackend()
    entries = list(data.entries.values())
    return lambda: [
        style.format_entry(str(label), entry).text.render(backend) for label, entry in enumerate(entries, 1)
    ]


def run(count: int, runs: int, seed: int) -> dict[str, object]:
    text = generate_bib(count, seed)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bibliography.bib"
        path.write_text(text, encoding="utf-8")
        load = _median_seconds(lambda: load_bibliography(path), runs)
    parse = _median_seconds(lambda: Parser(encoding="UTF-8").parse_string(text), runs)
    data = Parser(encoding="UTF-8").parse_string(text)
    stock = _median_seconds(_stock(data), runs)
    project = _median_seconds(_project(data), runs)
    kinds: dict[str, int] = {}
    for entry in data.entries.values():
        kinds[entry.type] = kinds.get(entry.type, 0) + 1
    return {
        "entries": len(data.entries),
        "kinds": kinds,
        "bytes": len(text.encode("utf-8")),
        "runs": runs,
        "python": sys.version.split()[0],
        "parse_seconds": round(parse, 4),
        "load_seconds": round(load, 4),
        "stock_seconds": round(stock, 4),
        "project_seconds": round(project, 4),
        "ratio": round(project / stock, 3),
        "target_ratio": TARGET_RATIO,
        "meets_target": project / stock <= TARGET_RATIO,
    }


def table(result: dict[str, object]) -> str:
    kinds = ", ".join(f"{count} @{kind}" for kind, count in sorted(result["kinds"].items()))  # type: ignore[union-attr]
    rows = [
        ("parse (pybtex Parser, once)", result["parse_seconds"]),
        ("load (project: scan + parse + checks)", result["load_seconds"]),
        ("stock: unsrt + pybtex html Backend", result["stock_seconds"]),
        ("project: PatientStyle + HtmlBackend", result["project_seconds"]),
    ]
    lines = [
        f"{result['entries']} entries ({kinds}), {result['bytes']:,} bytes; median of {result['runs']} runs;"
        f" Python {result['python']}",
        "",
        "| step | seconds |",
        "| --- | ---: |",
        *(f"| {name} | {seconds:.3f} |" for name, seconds in rows),
        "",
        f"ratio project / stock: **{result['ratio']:.3f}** (target ≤ {TARGET_RATIO}:"
        f" {'met' if result['meets_target'] else 'NOT met'})",
    ]
    return "\n".join(lines)


def write_report(result: dict[str, object], path: Path) -> None:
    if path.suffix == ".json":
        path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        return
    body = table(result) + "\n\n```json\n" + json.dumps(result, indent=2) + "\n```\n"
    path.write_text("# Bibliography benchmark\n\n" + body, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000, help="entries to generate (default 10000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement; the median is kept (default 3)")
    parser.add_argument("--seed", type=int, default=2015, help="random seed of the generated file")
    parser.add_argument(
        "--report",
        type=Path,
        default=Path("benchmark-report-bibliography.md"),
        help="where to write the report (.json for JSON, else Markdown)",
    )
    args = parser.parse_args(argv)
    result = run(args.entries, args.runs, args.seed)
    print(table(result))
    write_report(result, args.report)
    print(f"\nreport written to {args.report}")
    return 0

