"""The package's imports run one way, as its docstring draws the layers: a
module imports only from its own layer or the ones below (so a pure module
never reaches up into the build or MkDocs)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import patient_site

PACKAGE = Path(patient_site.__file__).parent


def layers() -> dict[str, int]:
    """Each top-level module or subpackage -> its layer (0 is the top), read
    from the package docstring's drawing."""
    found: dict[str, int] = {}
    for line in patient_site.__doc__.split("\n\n")[2].splitlines():
        names = re.match(r"\s{4}([a-z_]+(?:, [a-z_]+)*)", line)
        if names:
            layer = len(set(found.values()))
            for name in names.group(1).split(", "):
                found[name] = layer
    return found


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, top-level part of the package) of each import of the package."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        modules = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules = [node.module]
        elif isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        for module in modules:
            parts = module.split(".")
            if parts[0] == "patient_site" and len(parts) > 1:
                found.append((node.lineno, parts[1]))
    return found


def test_every_part_of_the_package_has_a_layer():
    parts = {path.name.removesuffix(".py") for path in PACKAGE.iterdir() if (path.suffix == ".py" or path.is_dir()) and not path.name.startswith("_")}
    assert parts - {"templates"} <= set(layers()), sorted(parts - set(layers()))


def test_imports_run_from_the_top_down():
    layer = layers()
    upward = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        own = relative.parts[0].removesuffix(".py")
        if own == "__init__":
            continue
        for line, imported in imports(path):
            if layer[imported] < layer[own]:
                upward.append(f"{relative}:{line}: {own} imports {imported}, a layer above it")
    assert upward == []
