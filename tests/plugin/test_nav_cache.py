"""The navigation rendered once per item and folder, not once per page, and
the pages byte-identical to Material's own navigation: the project's copy of
Material's nav-item partial differs only by its cache, and a site built with
it and without it is the same, file for file."""

from __future__ import annotations

import filecmp
import re
import shutil
from pathlib import Path

import material
import pytest

from patient_site.mkdocs_plugin.nav_cache import NavCache
from tests.support.project import PROJECT_DIR
from tests.support.trees import build_site_in_process, write_site

OURS = PROJECT_DIR / "overrides" / "partials" / "nav-item.html"
MATERIALS = Path(material.__file__).parent / "templates" / "partials" / "nav-item.html"


def test_the_partial_is_materials_but_for_its_cache():
    ours = OURS.read_text(encoding="utf-8")
    ours = re.sub(r"\{#- The project's copy.*?-#\}\n", "", ours, count=1, flags=re.DOTALL)
    ours = ours[: ours.rindex("{% macro render(nav_item, path, level, parent) %}")]
    ours = ours.replace("{% macro render_item(nav_item, path, level, parent) %}", "{% macro render(nav_item, path, level, parent) %}")
    assert ours.rstrip("\n") == MATERIALS.read_text(encoding="utf-8").rstrip("\n"), (
        "Material's nav-item.html changed: copy it again into overrides/partials/ with the cache wrapper"
    )


PAGE = "---\nlast_reviewed: 2017-08-15\n---\n\n# {title} {{ #{anchor} }}\n\n## Part {{ #part }}\n\nText about {title}.\n"
FILES = {
    "docs/index.md": PAGE.format(title="Home", anchor="home"),
    "docs/care/index.md": PAGE.format(title="Care", anchor="care"),
    "docs/care/hospital.md": PAGE.format(title="Hospital", anchor="hospital"),
    "docs/care/home-visits.md": PAGE.format(title="Home visits", anchor="visits"),
    "docs/care/clinics/index.md": PAGE.format(title="Clinics", anchor="clinics"),
    "docs/care/clinics/rochester.md": PAGE.format(title="Rochester", anchor="rochester"),
    "docs/team.md": PAGE.format(title="Team", anchor="team"),
    "docs/costs/index.md": PAGE.format(title="Costs", anchor="costs"),
    "docs/costs/insurance.md": PAGE.format(title="Insurance", anchor="insurance"),
}
NAV = [
    "index.md",
    {"Care": ["care/index.md", "care/hospital.md", "care/home-visits.md", {"Clinics": ["care/clinics/index.md", "care/clinics/rochester.md"]}]},
    "team.md",
    {"Costs": ["costs/index.md", "costs/insurance.md"]},
    {"Mayo Clinic": "https://www.mayoclinic.org/"},
]


def same_files(a: Path, b: Path) -> list[str]:
    """The files that differ between two trees (relative paths)."""
    differ = []
    for path in sorted(p for p in a.rglob("*") if p.is_file()):
        other = b / path.relative_to(a)
        if not other.is_file() or not filecmp.cmp(path, other, shallow=False):
            differ.append(path.relative_to(a).as_posix())
    return differ + [p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file() and not (a / p.relative_to(b)).exists()]


@pytest.mark.parametrize("nav", [NAV, None], ids=["nav in mkdocs.yml", "nav from the folders"])
def test_pages_are_the_same_with_the_cache_and_without(tmp_path, nav):
    without = tmp_path / "overrides-without"
    shutil.copytree(PROJECT_DIR / "overrides", without)
    (without / "partials" / "nav-item.html").unlink()
    built = {}
    for name, overrides in (("with", PROJECT_DIR / "overrides"), ("without", without)):
        theme = {"name": "material", "custom_dir": str(overrides), "language": "en", "font": False,
                 "features": ["navigation.indexes", "navigation.prune", "navigation.footer"]}
        extra = {"theme": theme, **({"nav": nav} if nav else {})}
        config = write_site(tmp_path / name, FILES, languages=("en", "es"), extra=extra)
        result = build_site_in_process(config, tmp_path / name / "site")
        assert result.ok, result.problems
        built[name] = tmp_path / name / "site"
    assert len(list(built["with"].rglob("index.html"))) >= 2 * len(FILES)
    assert same_files(built["with"], built["without"]) == []


# -- the key -----------------------------------------------------------------------------------------


class Item:
    def __init__(self, url: str | None = None, children: list | None = None) -> None:
        self.url, self.children = url, children or []


class Page:
    def __init__(self, url: str) -> None:
        self.url = url


def test_pages_in_one_folder_share_the_closed_items_html():
    cache, costs = NavCache(), Item(children=[Item("costs/"), Item("costs/insurance/")])
    assert cache.key(costs, "__nav_4", 1, Page("care/hospital/"), "..", None) == cache.key(costs, "__nav_4", 1, Page("care/home-visits/"), "..", None)


def test_pages_in_other_folders_do_not():
    cache, costs = NavCache(), Item(children=[Item("costs/")])
    assert cache.key(costs, "__nav_4", 1, Page("care/hospital/"), "..", None) != cache.key(costs, "__nav_4", 1, Page("care/clinics/rochester/"), "../..", None)


def test_an_item_inside_the_pages_own_folder_is_the_pages_own():
    cache, hospital = NavCache(), Item("care/hospital/")
    # From the section's index page (care/), care/hospital/ is "hospital/"; from team/ it is "../care/hospital/".
    assert cache.key(hospital, "__nav_2_2", 2, Page("care/"), ".", None) != cache.key(hospital, "__nav_2_2", 2, Page("team/"), "..", None)


def test_the_home_page_is_apart_from_other_top_level_pages():
    cache, team = NavCache(), Item("team/")
    assert cache.key(team, "__nav_3", 1, Page(""), ".", None) != cache.key(team, "__nav_3", 1, Page("costs/"), "..", None)


def test_a_page_without_an_address_keys_by_the_sites_base():
    cache, team = NavCache(), Item("team/")
    assert cache.key(team, "__nav_3", 1, None, "/es", None) != cache.key(team, "__nav_3", 1, None, "/", None)
