"""on_env: navigation items rendered once, not once per page.

Material renders the whole navigation into every page, and for each section
it walks all the section's pages to find its index page: at 1,000 pages in
a language that is about a quarter of the build, growing with the square of
the number of pages. An item that is not on the way to the current page
renders the same on every page that links to it the same way (with
navigation.prune, a closed section is one link), so
overrides/partials/nav-item.html (Material's, with its `render` macro
wrapped) keeps each such item's HTML under a key of the item, its place in
the navigation and the relative address it links to. The pages stay
byte-identical (tests/plugin/test_nav_cache.py).
"""

from __future__ import annotations

from typing import Any


class NavCache:
    """The rendered navigation items of one build (a new one per build)."""

    def __init__(self) -> None:
        self._html: dict[tuple, Any] = {}
        self._targets: dict[int, tuple[str, ...]] = {}

    def _urls(self, item: Any) -> tuple[str, ...]:
        """Every address inside an item (its own, its pages')."""
        found = self._targets.get(id(item))
        if found is None:
            children = getattr(item, "children", None) or ()
            own = getattr(item, "url", None)
            found = tuple(([own] if isinstance(own, str) else []) + [url for child in children for url in self._urls(child)])
            self._targets[id(item)] = found
        return found

    def key(self, item: Any, path: str, level: int, page: Any, base_url: str, parent_active: Any) -> tuple:
        """What a closed item's HTML depends on: the item, its place, and
        how the current page's address turns its addresses relative — the
        same for every page in one folder, unless an address lies inside
        the page's own folder (then the page's own)."""
        url = getattr(page, "url", None)
        if url is None:
            where: tuple = ("no page", base_url)
        elif url == "":
            where = ("home",)
        elif any(target.startswith(url) for target in self._urls(item)):
            where = ("page", url)
        else:
            where = ("folder", url.rstrip("/").rpartition("/")[0])
        return (id(item), path, level, where, bool(parent_active))

    def __contains__(self, key: tuple) -> bool:
        return key in self._html

    def get(self, key: tuple) -> Any:
        return self._html[key]

    def put(self, key: tuple, html: Any) -> str:
        self._html[key] = html
        return ""


def install(env: Any) -> None:
    env.globals["nav_cache"] = NavCache()
