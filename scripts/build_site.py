"""Build the whole site into site/, replacing the old one only when the new
one is complete.

MkDocs writes pages as it goes and, in strict mode, aborts only after
`on_post_build` — by then static-i18n has built every language into the
output folder. So the build goes to a temporary folder beside site/ and is
swapped in only after every language (and every handout) succeeded; a failed
build leaves the previous site/ untouched and names what went wrong.

Usage: python scripts/build_site.py [--site-dir DIR] [--no-handouts]
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
HANDOUT_MANIFEST = "PALLIATIVE_HANDOUT_MANIFEST"  # read by mkdocs_hooks.py


def build_into(output: Path, config_file: Path = PROJECT_DIR / "mkdocs.yml", strict: bool = True) -> None:
    """Run a real MkDocs build (all languages) into `output`."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(config_file), site_dir=str(output), strict=strict)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


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
) -> None:
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-building-", dir=site_dir.parent))
    manifest = staging.with_name(staging.name + "-handouts.json")
    try:
        if handouts:
            # The hooks record every page for the handout step (see handouts.py).
            os.environ[HANDOUT_MANIFEST] = str(manifest)
        try:
            build_into(staging, config_file)
        finally:
            os.environ.pop(HANDOUT_MANIFEST, None)
        if handouts:
            from handouts_build import build_handouts
            from translation_files import site_languages

            default, _others = site_languages(config_file)
            results = build_handouts(staging, manifest, default, paper)
            seconds = sum(result.seconds for result in results)
            logging.getLogger("build_site").info(f"{len(results)} PDF handouts rendered ({seconds:.1f} s of rendering)")
        swap_in(staging, site_dir)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
        manifest.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site-dir", type=Path, default=PROJECT_DIR / "site")
    parser.add_argument(
        "--no-handouts",
        action="store_true",
        default=os.environ.get("SKIP_HANDOUTS") == "1",
        help="skip the PDF handouts for a quick authoring build (or set SKIP_HANDOUTS=1)",
    )
    parser.add_argument(
        "--paper",
        choices=("letter", "a4"),
        default=os.environ.get("HANDOUT_PAPER", "letter"),
        help="handout paper size (default: US Letter; or set HANDOUT_PAPER=a4)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    # jieba (Chinese search segmentation) logs its dictionary loading at DEBUG.
    import jieba

    jieba.setLogLevel(logging.WARNING)
    # WeasyPrint reports each rendering step at INFO.
    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
    from mkdocs.exceptions import MkDocsException

    from handouts_build import HandoutError

    try:
        build_site(args.site_dir, handouts=not args.no_handouts, paper=args.paper)
    except (MkDocsException, HandoutError) as error:
        print(f"\nBuild failed; {args.site_dir} was left as it was.\n\n{error}", file=sys.stderr)
        return 1
    print(f"Site built in {args.site_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
