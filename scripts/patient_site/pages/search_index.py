"""One search index per language, written as UTF-8.

Stock mkdocs-static-i18n merges every language into one index with the
English word separator (so Chinese finds nothing and results mix languages),
stores Arabic and Chinese as \\uXXXX escapes, and de-duplicates entries with a
quadratic scan. Here each language's entries go to `<lang>/search/
search_index.json` with locations relative to the language's root and the
language's own lunr settings (Material's per-language separator, which for
Chinese splits on the zero-width spaces that jieba segmentation inserts).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path


def language_index(entries: Iterable[dict], prefix: str, settings: dict, exclude: tuple[str, ...] = ()) -> dict:
    """The entries under `prefix` (but not under the `exclude` prefixes of
    other languages), with locations relative to `prefix`."""
    docs = []
    for entry in entries:
        location = entry["location"]
        if not location.startswith(prefix) or (exclude and location.startswith(exclude)):
            continue
        docs.append({**entry, "location": location[len(prefix):]})
    return {"config": settings, "docs": docs}


def write_index(site_dir: Path, prefix: str, index: dict) -> Path:
    path = site_dir / prefix / "search" / "search_index.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return path
