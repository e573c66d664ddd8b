"""Only the languages whose inputs changed are built again: a rebuild with
nothing changed reuses every language without checking the sources again,
an edited translation rebuilds its language alone, an edited English page
every language — and each time the site is the one a build from scratch
makes. The current site is never written to."""

from __future__ import annotations

import datetime as dt
import filecmp
from pathlib import Path

import pytest

from patient_site.build.incremental import BuildInputs, language_keys, link_tree, read_record, record_path
from patient_site.build.site import BuildFailed, build_site
from tests.build.test_check_project import HOME, HOME_ES, TEAM, TEAM_ES
from tests.support.trees import write_site

FILES = {"docs/index.md": HOME, "docs/team.md": TEAM, "docs/index.es.md": HOME_ES, "docs/team.es.md": TEAM_ES}


def same_tree(a: Path, b: Path) -> bool:
    comparison = filecmp.dircmp(a, b)

    def equal(c: filecmp.dircmp) -> bool:
        if c.left_only or c.right_only or c.funny_files:
            return False
        _, mismatch, errors = filecmp.cmpfiles(c.left, c.right, c.common_files, shallow=False)
        return not mismatch and not errors and all(equal(sub) for sub in c.subdirs.values())

    return equal(comparison)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return write_site(tmp_path / "project", FILES)


def build(project: Path, site: Path, cache: str = ".cache"):  # type: ignore[no-untyped-def]
    """The build command's build, in this process (one language after another)."""
    return build_site(site, project, handouts=False, serial=True, cache_dir=project.parent / cache)


def edit(project: Path, name: str, old: str, new: str) -> None:
    path = project.parent / name
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


# -- keys -----------------------------------------------------------------------------------------


def keys(project: Path, **changes: object) -> dict[str, str]:
    root = project.parent
    inputs = BuildInputs(root, project, root / "docs", (root / "bibliography.bib",), ("en", "es"), "options")
    return language_keys(inputs, dt.date(2026, 12, 1))


def test_the_same_inputs_give_the_same_keys(project):
    assert keys(project) == keys(project)


def test_an_edited_translation_changes_its_languages_key_only(project):
    before = keys(project)
    edit(project, "docs/team.es.md", "El equipo", "Nuestro equipo")
    after = keys(project)
    assert after["en"] == before["en"] and after["es"] != before["es"]


def test_an_edited_english_page_changes_every_languages_key(project):
    before = keys(project)
    edit(project, "docs/team.md", "works with you", "works beside you")
    after = keys(project)
    assert after["en"] != before["en"] and after["es"] != before["es"]


@pytest.mark.parametrize(
    "change",
    [
        lambda root: (root / "docs" / "new.es.md").write_text("# Nuevo { #new }\n", encoding="utf-8"),
        lambda root: (root / "bibliography.bib").write_text("", encoding="utf-8"),
        lambda root: (root / "mkdocs.yml").write_text((root / "mkdocs.yml").read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8"),
        # A translation's front matter (its review state) can show in every language.
        lambda root: edit(root / "mkdocs.yml", "docs/team.es.md", "translation: draft", "translation: untranslated"),
    ],
    ids=["a new page", "the bibliography", "mkdocs.yml", "a translation's front matter"],
)
def test_what_every_language_shares_changes_every_key(project, change):
    before = keys(project)
    change(project.parent)
    after = keys(project)
    assert after["en"] != before["en"] and after["es"] != before["es"]


def test_another_day_or_other_options_change_every_key(project):
    root = project.parent
    inputs = BuildInputs(root, project, root / "docs", (), ("en", "es"), "options")
    today = language_keys(inputs, dt.date(2026, 12, 1))
    assert language_keys(inputs, dt.date(2026, 12, 2))["es"] != today["es"]
    other = BuildInputs(root, project, root / "docs", (), ("en", "es"), "handouts off")
    assert language_keys(other, dt.date(2026, 12, 1))["en"] != today["en"]


# -- builds --------------------------------------------------------------------------------------------


def test_a_rebuild_with_nothing_changed_reuses_every_language(project, tmp_path):
    site = tmp_path / "site"
    assert build(project, site).reused == ()
    before = tmp_path / "before"
    before.mkdir()
    link_tree(site, before)
    report = build(project, site)
    assert report.reused == ("en", "es")
    assert same_tree(site, before)


def test_nothing_changed_means_the_sources_are_not_checked_again(project, tmp_path, monkeypatch):
    site = tmp_path / "site"
    build(project, site)
    import patient_site.build.site as site_module

    monkeypatch.setattr(site_module, "check_project", lambda *a, **k: pytest.fail("the sources were checked again"))
    assert build(project, site).reused == ("en", "es")


def test_an_edited_translation_rebuilds_its_language_alone_and_gives_the_site_from_scratch(project, tmp_path):
    site = tmp_path / "site"
    build(project, site)
    edit(project, "docs/team.es.md", "El equipo trabaja", "Nuestro equipo trabaja")
    assert build(project, site).reused == ("en",)
    fresh = tmp_path / "fresh"
    build(project, fresh, cache="other-cache")
    assert same_tree(site, fresh)
    assert "Nuestro equipo trabaja" in (site / "es" / "team" / "index.html").read_text(encoding="utf-8")


def test_an_edited_english_page_rebuilds_every_language(project, tmp_path):
    site = tmp_path / "site"
    build(project, site)
    edit(project, "docs/team.md", "works with you", "works beside you")
    assert build(project, site).reused == ()
    fresh = tmp_path / "fresh"
    build(project, fresh, cache="other-cache")
    assert same_tree(site, fresh)


def test_a_site_replaced_by_something_else_is_never_reused(project, tmp_path):
    site = tmp_path / "site"
    build(project, site)
    (site / "index.html").unlink()
    site.rename(tmp_path / "moved")
    (tmp_path / "moved").rename(site)  # (the same folder, touched)
    (site / "stray.txt").write_text("x", encoding="utf-8")
    assert read_record(record_path(project.parent / ".cache", site), site) is None
    assert build(project, site).reused == ()
    assert (site / "index.html").is_file() and not (site / "stray.txt").exists()


def test_a_failed_rebuild_leaves_the_site_and_its_reuse_as_they_were(project, tmp_path):
    site = tmp_path / "site"
    build(project, site)
    before = tmp_path / "before"
    before.mkdir()
    link_tree(site, before)
    good = (project.parent / "docs" / "team.es.md").read_text(encoding="utf-8")
    edit(project, "docs/team.es.md", "[inicio](index.md)", "[inicio](missing.md)")
    with pytest.raises(BuildFailed):
        build(project, site)
    assert same_tree(site, before)
    (project.parent / "docs" / "team.es.md").write_text(good, encoding="utf-8")
    assert build(project, site).reused == ("en", "es")


def test_reused_files_are_hard_links_not_copies(tmp_path):
    source = tmp_path / "a"
    (source / "es").mkdir(parents=True)
    (source / "index.html").write_text("home", encoding="utf-8")
    (source / "es" / "index.html").write_text("inicio", encoding="utf-8")
    target = tmp_path / "b"
    target.mkdir()
    link_tree(source, target, leave_out=["es"])
    assert (target / "index.html").stat().st_ino == (source / "index.html").stat().st_ino
    assert not (target / "es").exists()
