"""Rebuild only the languages whose inputs changed; reuse the rest.

Each language's build is keyed by everything that can shape its pages: the
English pages and the language's own (a translation shows the English where
it has none, and says when the English changed), the names of every page in
every language (the language switcher, the sitemap's alternates), the
site's other files, mkdocs.yml and the theme overrides, the bibliography,
glossary and interface text, this package's code, every installed package's
version, today's date (review notices) and the build's options. A language
whose key is the last build's is not rebuilt: its folder of the current
site is hard-linked into the new one (no copying of unchanged files, and the
current site is never written to: every file the new build writes is a new
file). With nothing changed, the sources are not even checked again — the
last build checked the very same.

The record of the last build lives outside the site (`.cache/site/`), with
the site folder it describes (by inode and modification time, so a site
replaced by another tool is never mistaken for it) and the pages each
language handed to the handouts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path

from patient_site.file_cache import key
from patient_site.handouts.documents import HandoutSource
from patient_site.pages.status import Notice

PACKAGE_DIR = Path(__file__).resolve().parents[1]


def _files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file()) if folder.is_dir() else []


def _digest(paths: Iterable[Path], root: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        name = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        data = path.read_bytes() if path.is_file() else b"<missing>"
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def _front_matter(path: Path) -> str:
    text = path.read_text(encoding="utf-8", errors="replace")
    if not text.lstrip("\ufeff").startswith("---"):
        return ""
    end = text.find("\n---", 3)
    return text[: end if end != -1 else len(text)]


def _installed_versions() -> str:
    return "\n".join(sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions() if d.metadata["Name"]))


@dataclass(frozen=True)
class BuildInputs:
    """Where a build's inputs are, and the options that shape its pages."""

    root: Path  # the folder of mkdocs.yml
    config_file: Path
    docs_dir: Path
    other_inputs: tuple[Path, ...]  # overrides/, the bibliography, glossary and interface text folders
    languages: tuple[str, ...]  # the default first
    options: str  # what else shapes the pages: the resolved site URL, handouts on or off, …


def language_keys(inputs: BuildInputs, today: dt.date | None = None) -> dict[str, str]:
    """Each language's build key (see the module's docstring)."""
    default, others = inputs.languages[0], inputs.languages[1:]
    docs = _files(inputs.docs_dir)
    by_lang: dict[str, list[Path]] = {lang: [] for lang in inputs.languages}
    for path in docs:
        suffixes = path.name.split(".")
        lang = suffixes[-2] if path.suffix == ".md" and len(suffixes) > 2 and suffixes[-2] in others else default
        by_lang[lang].append(path)
    names = "\n".join(path.relative_to(inputs.docs_dir).as_posix() for path in docs)
    # A translation's front matter (its state: draft, reviewed, untranslated)
    # can show in every language's switcher and sitemap; its body only in its own.
    fronts = "\n".join(_front_matter(path) for lang in others for path in by_lang[lang])
    package = [path for path in _files(PACKAGE_DIR) if path.suffix in (".py", ".html", ".css", ".js") and "__pycache__" not in path.parts]
    shared = key(
        "site-build",
        names,
        fronts,
        _digest([inputs.config_file, *[f for folder in inputs.other_inputs for f in (_files(folder) or [folder])]], inputs.root),
        _digest(package, PACKAGE_DIR),
        _installed_versions(),
        (today or dt.date.today()).isoformat(),
        inputs.options,
    )
    english = _digest(by_lang[default], inputs.docs_dir)
    return {
        lang: key(shared, english, _digest(by_lang[lang], inputs.docs_dir) if lang != default else "")
        for lang in inputs.languages
    }


# -- the record of the last build ------------------------------------------------------------


@dataclass
class BuildRecord:
    site: tuple[int, int]  # the site folder's inode and modification time
    keys: dict[str, str]
    handouts: dict[str, list[dict]] = field(default_factory=dict)  # lang -> its HandoutSources

    def sources(self, lang: str) -> list[HandoutSource]:
        return [HandoutSource(**{**s, "notices": tuple(Notice(**n) for n in s["notices"])}) for s in self.handouts.get(lang, [])]


def _identity(site_dir: Path) -> tuple[int, int]:
    status = site_dir.stat()
    return status.st_ino, status.st_mtime_ns


def record_path(cache_root: Path, site_dir: Path) -> Path:
    return cache_root / "site" / f"{hashlib.sha256(str(site_dir.resolve()).encode()).hexdigest()[:16]}.json"


def read_record(path: Path, site_dir: Path) -> BuildRecord | None:
    """The last build's record, if it describes `site_dir` as it is now."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        record = BuildRecord(tuple(data["site"]), data["keys"], data.get("handouts", {}))  # type: ignore[arg-type]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    try:
        return record if site_dir.is_dir() and _identity(site_dir) == record.site else None
    except OSError:
        return None


def write_record(path: Path, site_dir: Path, keys: Mapping[str, str], sources: Iterable[HandoutSource]) -> None:
    handouts: dict[str, list[dict]] = {}
    for source in sources:
        handouts.setdefault(source.lang, []).append(asdict(source))
    record = {"site": list(_identity(site_dir)), "keys": dict(keys), "handouts": handouts}
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    partial.replace(path)


# -- reusing a folder ---------------------------------------------------------------------------


def link_tree(source: Path, target: Path, leave_out: Iterable[str] = ()) -> None:
    """`source`'s files hard-linked into `target` (copied where the file
    system cannot link), but for the top-level entries named in `leave_out`."""
    skipped = set(leave_out)
    for entry in sorted(source.iterdir()):
        if entry.name in skipped:
            continue
        destination = target / entry.name
        if entry.is_dir() and not entry.is_symlink():
            destination.mkdir(parents=True, exist_ok=True)
            link_tree(entry, destination)
        else:
            try:
                os.link(entry, destination)
            except OSError:
                shutil.copy2(entry, destination)
