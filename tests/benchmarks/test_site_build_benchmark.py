"""The site benchmark's configurations and its report: the stock stack is
Material and static-i18n as they come, and the report's ratios are those of
the measured medians."""

from __future__ import annotations

import yaml

from patient_site.benchmarks.site_build import FLOOR, Measure, Row, edited_pages, ratios, table, write_config
from patient_site.project import PLUGIN_NAME


def names(plugins: list) -> list[str]:
    return [plugin if isinstance(plugin, str) else next(iter(plugin)) for plugin in plugins]


def test_the_stock_stack_has_materials_search_and_none_of_the_project(tmp_path):
    config = yaml.safe_load(write_config(tmp_path, "stock", keep_nav=False).read_text(encoding="utf-8"))
    assert "search" in names(config["plugins"]) and PLUGIN_NAME not in names(config["plugins"])
    assert "custom_dir" not in config["theme"] and "extra_css" not in config and "nav" not in config


def test_the_english_build_is_the_projects_build_of_the_default_language(tmp_path):
    config = yaml.safe_load(write_config(tmp_path, "english", keep_nav=True).read_text(encoding="utf-8"))
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    assert i18n["build_only_locale"] == "en"
    assert PLUGIN_NAME in names(config["plugins"]) and config["docs_dir"] == str(tmp_path / "docs")


def test_the_rebuilds_edit_an_english_page_that_has_a_spanish_translation(tmp_path):
    docs = tmp_path / "docs"
    (docs / "a").mkdir(parents=True)
    for name in ("index.md", "index.es.md", "a/alone.md", "a/page.md", "a/page.es.md"):
        (docs / name).write_text("# x\n", encoding="utf-8")
    assert edited_pages(tmp_path) == (docs / "a" / "page.md", docs / "a" / "page.es.md")


def rows() -> list[Row]:
    def row(variant: str, *walls: float) -> Row:
        return Row("200 × 4", variant, [Measure(wall, wall * 2, 100.0) for wall in walls])

    return [row("stock", 10, 12, 11), row("project", 4, 5, 6), row("markdown", 2, 2, 2), row("english", 2.5, 2.5, 2.5), row("nothing changed", 0.5, 0.5, 0.5)]


def test_the_ratios_are_those_of_the_medians():
    assert ratios(rows()) == [
        "200 × 4: project/stock = 0.45, project/raw-markdown = 2.50, 4 languages/English only = 2.00; "
        "rebuilds of a full build: nothing changed 10%"
    ]


def test_the_table_has_a_row_per_build_with_its_medians():
    lines = table(rows()).splitlines()
    assert len(lines) == 2 + 5
    assert lines[3] == "| 200 × 4 | project | 5.0 | 10.0 | 100 | – | – | – |"


def test_the_mkdocs_floor_is_reported_as_a_share_of_the_full_build():
    floor = Row("200 × 4", FLOOR, [Measure(1.5, 1.5, 90.0)] * 3)
    assert ratios([*rows(), floor])[0].endswith("rebuilds of a full build: nothing changed 10%, MkDocs --dirty floor 30%")
