"""Build the whole site into site/, replacing the old one only when the new
one is complete.

MkDocs writes pages as it goes and, in strict mode, aborts only after
`on_post_build` — by then static-i18n has built every language into the
output folder. So the build goes to a temporary folder beside site/ and is
swapped in only after every language (and every handout) succeeded; a failed
build leaves the previous site/ untouched and names what went wrong.

With more than one core, the languages are built in parallel, one process
per language (static-i18n would build them one after another in one
process); the pages are the same as those of a serial build (`--serial`),
which a test checks.

Usage: python scripts/build_site.py [--site-dir DIR] [--no-handouts] [--serial]
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from translation_files import site_languages

PROJECT_DIR = Path(__file__).resolve().parent.parent
# Read by mkdocs_hooks.py.
HANDOUT_MANIFEST = "PALLIATIVE_HANDOUT_MANIFEST"
ONLY_LANGUAGE = "ONLY_LANGUAGE"


class BuildFailed(RuntimeError):
    """A language's build failed; the message says what to fix."""


def build_into(output: Path, config_file: Path = PROJECT_DIR / "mkdocs.yml", strict: bool = True) -> None:
    """Run a real MkDocs build (all languages, in this process) into `output`."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(config_file), site_dir=str(output), strict=strict)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


def _build_one_language(lang: str, output: Path, config_file: Path, manifest: str | None) -> str:
    """A worker process: build one language into `output`. Returns "" or the
    error MkDocs reported."""
    from mkdocs.exceptions import MkDocsException

    os.environ[ONLY_LANGUAGE] = lang
    if manifest:
        os.environ[HANDOUT_MANIFEST] = manifest
    _quiet_logging()
    try:
        build_into(output, config_file)
    except MkDocsException as error:
        return str(error) or error.__class__.__name__
    return ""


def build_languages_in_parallel(output: Path, config_file: Path, manifest: Path | None, workers: int) -> None:
    """Build each language in its own process, then put the language folders
    together: the default language's build is the site's root; each other
    build contributes its `<lang>/` folder (the rest of it — theme assets,
    sitemap — is the same in every build)."""
    from concurrent.futures import ProcessPoolExecutor

    default, others = site_languages(config_file, built_only=True)
    languages = [default, *others]
    parts = {lang: output.with_name(f"{output.name}-{lang}") for lang in languages}
    manifests = {lang: f"{manifest}.{lang}" if manifest else None for lang in languages}
    try:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            # Longest first, so neither core idles at the end: Chinese (its
            # search text is segmented by jieba), then the default language
            # (it also checks every source), then the rest.
            order = sorted(languages, key=lambda lang: (not lang.startswith("zh"), lang != default))
            futures = {
                lang: pool.submit(_build_one_language, lang, parts[lang], config_file, manifests[lang]) for lang in order
            }
            errors = [futures[lang].result() for lang in languages]
        failures = list(dict.fromkeys(error for error in errors if error))
        if failures:
            raise BuildFailed("\n".join(failures))
        if output.exists():
            shutil.rmtree(output)
        parts[default].rename(output)
        for lang in others:
            target = output / lang
            if target.exists():
                shutil.rmtree(target)
            (parts[lang] / lang).rename(target)
        if manifest:
            from handouts import read_manifest, write_manifest

            sources = [source for lang in languages for source in read_manifest(Path(manifests[lang] or ""))]
            write_manifest(manifest, sources)
    finally:
        for lang, part in parts.items():
            if part.exists():
                shutil.rmtree(part)
            if manifests[lang]:
                Path(manifests[lang] or "").unlink(missing_ok=True)


def handout_summary(results: list) -> str:  # list[handouts_build.Result]
    pages = [r.seconds for r in results if not r.label.startswith("booklet")]
    booklets = [r.seconds for r in results if r.label.startswith("booklet")]
    total = sum(pages) + sum(booklets)
    return (
        f"{len(results)} PDF handouts rendered ({total:.1f} s of rendering; "
        f"{len(pages)} page handouts at {sum(pages) / max(len(pages), 1):.2f} s each on average, "
        f"{len(booklets)} booklets at {sum(booklets) / max(len(booklets), 1):.2f} s each)"
    )


def _quiet_logging() -> None:
    # jieba (Chinese search segmentation) logs its dictionary loading at DEBUG,
    # WeasyPrint each rendering step at INFO.
    import jieba

    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)


def swap_in(new: Path, target: Path) -> None:
    """Replace `target` with `new` (both on the same file system)."""
    old = target.with_name(target.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    new.rename(target)
    if old.exists():
        shutil.rmtree(old)


def build_site(
    site_dir: Path,
    *,
    handouts: bool = True,
    paper: str = "letter",
    config_file: Path = PROJECT_DIR / "mkdocs.yml",
    serial: bool = False,
    jobs: int | None = None,
) -> None:
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-building-", dir=site_dir.parent))
    manifest = staging.with_name(staging.name + "-handouts.json")
    try:
        languages = 1 + len(site_languages(config_file, built_only=True)[1])
        workers = min(jobs or os.cpu_count() or 1, languages)
        if serial or workers == 1:
            if handouts:
                # The hooks record every page for the handout step (see handouts.py).
                os.environ[HANDOUT_MANIFEST] = str(manifest)
            try:
                build_into(staging, config_file)
            finally:
                os.environ.pop(HANDOUT_MANIFEST, None)
        else:
            build_languages_in_parallel(staging, config_file, manifest if handouts else None, workers)
        if handouts:
            from handouts_build import build_handouts

            default, _others = site_languages(config_file)
            results = build_handouts(staging, manifest, default, paper)
            logging.getLogger("build_site").info(handout_summary(results))
        swap_in(staging, site_dir)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
        manifest.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site-dir", type=Path, default=PROJECT_DIR / "site")
    parser.add_argument("--config", type=Path, default=PROJECT_DIR / "mkdocs.yml", help=argparse.SUPPRESS)
    parser.add_argument(
        "--no-handouts",
        action="store_true",
        default=os.environ.get("SKIP_HANDOUTS") == "1",
        help="skip the PDF handouts for a quick authoring build (or set SKIP_HANDOUTS=1)",
    )
    parser.add_argument("--serial", action="store_true", help="build the languages one after another in one process")
    parser.add_argument("--jobs", type=int, help="processes for the language builds (default: one per core, at most 4)")
    parser.add_argument(
        "--paper",
        choices=("letter", "a4"),
        default=os.environ.get("HANDOUT_PAPER", "letter"),
        help="handout paper size (default: US Letter; or set HANDOUT_PAPER=a4)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    _quiet_logging()
    from mkdocs.exceptions import MkDocsException

    from handouts_build import HandoutError

    try:
        build_site(
            args.site_dir,
            handouts=not args.no_handouts,
            paper=args.paper,
            config_file=args.config.resolve(),
            serial=args.serial,
            jobs=args.jobs,
        )
    except (MkDocsException, HandoutError, BuildFailed) as error:
        print(f"\nBuild failed; {args.site_dir} was left as it was.\n\n{error}", file=sys.stderr)
        return 1
    print(f"Site built in {args.site_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
