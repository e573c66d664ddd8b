"""The list of pages the MkDocs build hands to the handout step.

Each language's MkDocs build (one process per language) records every page
it rendered as a `HandoutSource`; the parent process reads them all back and
renders the PDFs once the whole site is built.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from patient_site.handouts.documents import HandoutSource
from patient_site.pages.status import Notice


def write_manifest(path: Path, sources: list[HandoutSource]) -> None:
    path.write_text(json.dumps([asdict(s) for s in sources], ensure_ascii=False), encoding="utf-8")


def read_manifest(path: Path) -> list[HandoutSource]:
    records = json.loads(path.read_text(encoding="utf-8"))
    return [
        HandoutSource(**{**record, "notices": tuple(Notice(**n) for n in record["notices"])}) for record in records
    ]
