"""Build the whole site into site/ (every language, with the PDF handouts),
replacing the old one only when the new one is complete.

Usage: python scripts/build_site.py [--site-dir DIR] [--no-handouts] [--serial]
       [--paper letter|a4] [--cache-dir DIR]

The environment is read here and nowhere else: SKIP_HANDOUTS=1 is
--no-handouts, HANDOUT_PAPER=a4 is --paper a4, HANDOUT_CACHE=DIR is
--cache-dir DIR.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from patient_site.build.lock import BuildBusy
from patient_site.build.quiet import quiet_logging
from patient_site.build.site import BuildFailed, build_site
from patient_site.handouts.rendering import Result


def handout_summary(results: list[Result], seconds: float) -> str:
    rendered = [r.seconds for r in results if not r.cached]
    average = f", {sum(rendered) / len(rendered):.2f} s each" if rendered else ""
    return (
        f"{len(results)} PDF handouts in {seconds:.1f} s: {len(rendered)} rendered "
        f"({sum(rendered):.1f} s of rendering{average}), {len(results) - len(rendered)} unchanged and kept"
    )


def main(argv: list[str] | None = None, environ: dict[str, str] | None = None) -> int:
    environ = dict(os.environ if environ is None else environ)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="the site's mkdocs.yml (default: ./mkdocs.yml)")
    parser.add_argument("--site-dir", type=Path, help="where the site goes (default: site/ beside mkdocs.yml)")
    parser.add_argument(
        "--no-handouts",
        action="store_true",
        default=environ.get("SKIP_HANDOUTS") == "1",
        help="skip the PDF handouts for a quick authoring build (or set SKIP_HANDOUTS=1)",
    )
    parser.add_argument("--serial", action="store_true", help="build the languages one after another in one process")
    parser.add_argument("--jobs", type=int, help="processes for the language builds (default: one per core)")
    parser.add_argument(
        "--wait", type=float, default=15 * 60, metavar="SECONDS",
        help="how long to wait for another build of the same site to finish (default: 15 minutes)",
    )
    parser.add_argument(
        "--paper",
        choices=("letter", "a4"),
        default=environ.get("HANDOUT_PAPER", "letter"),
        help="handout paper size (default: US Letter; or set HANDOUT_PAPER=a4)",
    )
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=Path(environ["HANDOUT_CACHE"]) if environ.get("HANDOUT_CACHE") else None,
        help="what is kept between builds: rendered handouts, the record of the last build (default: .cache/ beside mkdocs.yml; or set HANDOUT_CACHE)",
    )
    args = parser.parse_args(argv)
    config_file = args.config.resolve()
    site_dir = args.site_dir or config_file.parent / "site"
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    quiet_logging()
    try:
        report = build_site(
            site_dir,
            config_file,
            handouts=not args.no_handouts,
            paper=args.paper,
            serial=args.serial,
            jobs=args.jobs,
            progress=lambda message: print(message, file=sys.stderr, flush=True),
            lock_timeout=args.wait,
            cache_dir=args.cache_dir,
        )
    except BuildBusy as busy:
        print(f"{busy}\n\nBuild not started; {site_dir} was left as it was.", file=sys.stderr)
        return 1
    except BuildFailed as failed:
        print("\n".join(str(problem) for problem in failed.problems), file=sys.stderr)
        print(f"\nBuild failed; {site_dir} was left as it was.", file=sys.stderr)
        return 1
    if report.handouts:
        logging.getLogger("build_site").info(handout_summary(report.handouts, report.handout_seconds))
    if report.reused and len(report.reused) == len(report.languages):
        print("Nothing changed since the last build: every language was reused.", file=sys.stderr)
    print(f"Site built in {site_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
