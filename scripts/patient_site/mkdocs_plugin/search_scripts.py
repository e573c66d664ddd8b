"""on_post_build: the search's scripts, minified where the build wrote them.

A reader's first search fetches the engine before any result, so its bytes
count in the search's budget (README, "Search"): rjsmin takes out comments
and indentation (a quarter of the engine, compressed), and the source in
overrides/ keeps them.
"""

from __future__ import annotations

from pathlib import Path

import rjsmin

SEARCH_SCRIPTS = ("search.js", "search-engine.js", "search-highlight.js")


def minify(site_dir: Path) -> None:
    folder = site_dir / "assets" / "javascripts"
    for name in SEARCH_SCRIPTS:
        path = folder / name
        if path.is_file():
            path.write_text(rjsmin.jsmin(path.read_text(encoding="utf-8")), encoding="utf-8")
