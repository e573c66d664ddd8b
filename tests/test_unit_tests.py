"""Every module of the package is imported by a test of its own, so a
failure in it shows next to its cause, not only in a full build."""

from __future__ import annotations

import ast
from fnmatch import fnmatch
from pathlib import Path

import pytest

import patient_site

PACKAGE = Path(patient_site.__file__).parent
TESTS = Path(__file__).resolve().parent


def modules() -> list[str]:
    return sorted(
        "patient_site." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        for path in PACKAGE.rglob("*.py")
        if path.name != "__init__.py" and "__pycache__" not in path.parts
    )


def imported_by_tests() -> set[str]:
    """Every module a test file imports: `import a.b`, `from a.b import c`
    (counted as a.b and a.b.c, for c may be a module)."""
    found: set[str] = set()
    for path in TESTS.rglob("test_*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_every_module_is_imported_by_a_test():
    tested = imported_by_tests()
    assert [module for module in modules() if module not in tested] == []


def test_the_list_of_modules_is_the_package():
    assert "patient_site.pages.english_names" in modules() and len(modules()) > 80


def test_pytest_goes_into_every_folder_that_holds_tests(pytestconfig: pytest.Config):
    """A folder pytest does not go into is a folder of tests that never run,
    silently: its modules would still count as tested above."""
    skipped = pytestconfig.getini("norecursedirs")
    folders = {path.parent for path in TESTS.rglob("test_*.py")}
    assert sorted(
        folder.relative_to(TESTS).as_posix()
        for folder in folders
        if any(fnmatch(part, pattern) for part in folder.relative_to(TESTS).parts for pattern in skipped)
    ) == []
