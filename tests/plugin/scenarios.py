"""The named scenario trees beside this module (scenarios/<name>/docs/),
copied into a temporary folder with a mkdocs.yml and a bibliography.

A translation whose front matter says `source_hash: HASH` is made current
(stamped with its English page's hash); any other hash leaves it outdated.
One that says `reviewed_translation_hash: SIGNED` is signed off as it is.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from patient_site.content.front_matter import split_front_matter
from patient_site.translations.inventory import source_hash, translation_hash
from patient_site.translations.languages import split_language
from tests.support.trees import write_site

SCENARIOS = Path(__file__).resolve().parent / "scenarios"


def scenario(name: str, root: Path, languages: tuple[str, ...] = ("en", "es"), **config: object) -> Path:
    """Copy scenario `name` into `root`; the path of its mkdocs.yml."""
    shutil.copytree(SCENARIOS / name, root)
    docs = root / "docs"
    for path in docs.rglob("*.md"):
        english, lang = split_language(path.relative_to(docs).as_posix(), languages)
        if lang is not None and "source_hash: HASH" in path.read_text(encoding="utf-8"):
            stamp = source_hash((docs / english).read_text(encoding="utf-8"))
            path.write_text(path.read_text(encoding="utf-8").replace("source_hash: HASH", f"source_hash: {stamp}"), encoding="utf-8")
        text = path.read_text(encoding="utf-8")
        if lang is not None and "reviewed_translation_hash: SIGNED" in text:
            signed = translation_hash(split_front_matter(text))
            path.write_text(text.replace("reviewed_translation_hash: SIGNED", f"reviewed_translation_hash: {signed}"), encoding="utf-8")
    return write_site(root, {}, languages, **config)
