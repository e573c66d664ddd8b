"""The hospital's calls to action, linked from one configuration place.

Pages write `[See patient stories](hospital-link:patient-stories)`; the
addresses live in `mkdocs.yml`, in the `hospital_links` option of the
patient-site plugin. Until the
hospital fills an address in, the call to action renders as plain text — a
guessed URL would send a frightened family to the wrong place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from patient_site.content.masking import line_of, mask_code
from patient_site.content.urls import safe_link

SCHEME = "hospital-link:"
_LINK = re.compile(r"\[([^\]\n]+)\]\(hospital-link:([^)\s]*)\)")


def check_link_config(links: Mapping[str, object]) -> list[str]:
    """Problems with the configured addresses (each must be empty or http(s))."""
    problems = []
    for key, value in links.items():
        if value in (None, ""):
            continue
        if not isinstance(value, str) or safe_link(value) is None:
            problems.append(
                f"hospital_links.{key}: '{value}' is not an http(s) address — "
                "write the full https:// address or leave it empty"
            )
    return problems


def unknown_key(key: str, links: Mapping[str, object]) -> str:
    known = ", ".join(sorted(links))
    return f"unknown hospital link '{key}' — use one of {known} (mkdocs.yml, hospital_links of the patient-site plugin)"


def apply_hospital_links(markdown: str, links: Mapping[str, str | None]) -> tuple[str, list[tuple[int, str]]]:
    """Link the calls to action whose address is set; unlink the others.

    Returns the new text and (line, message) for every unknown key.
    """
    masked = mask_code(markdown)
    problems: list[tuple[int, str]] = []
    pieces = []
    last = 0
    for match in _LINK.finditer(masked):
        text, key = markdown[match.start(1) : match.end(1)], match.group(2)
        if key not in links:
            problems.append((line_of(markdown, match.start()), unknown_key(key, links)))
            continue
        address = links[key]
        pieces.append(markdown[last : match.start()])
        pieces.append(f"[{text}]({address})" if address else text)
        last = match.end()
    pieces.append(markdown[last:])
    return "".join(pieces), problems
