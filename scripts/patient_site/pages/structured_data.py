"""Structured data for search engines and link previews.

Each page describes itself as a schema.org `MedicalWebPage` in its own
language, with its medical review date; a campus page also names its
`MedicalOrganization` with only what the hospital's page says (name, city,
state) — never an invented address or phone number.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from patient_site.pages.campus_data import Campus


def medical_web_page(
    *,
    name: str,
    description: str,
    lang: str,
    last_reviewed: dt.date | None,
    url: str = "",
    about: tuple[str, str] | None = None,
    campus: Campus | None = None,
    say: Callable[[str], str] = lambda name: name,
) -> dict:
    """The page as schema.org sees it. `about` is (schema.org type, English
    name) of the site's subject; `say` gives a name as readers of `lang` know
    it (the organization, its cities and states — by default as written)."""
    data: dict = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": name,
        "description": description,
        "inLanguage": lang,
    }
    if about is not None:
        data["about"] = {"@type": about[0], "name": say(about[1])}
    if last_reviewed is not None:
        data["lastReviewed"] = last_reviewed.isoformat()
    if url:
        data["url"] = url
    if campus is not None and campus.organization:
        organization: dict = {"@type": "MedicalOrganization", "name": say(campus.organization)}
        addresses = [
            {"@type": "PostalAddress", "addressLocality": say(city), "addressRegion": say(state)}
            for city, state in campus.places
        ]
        if addresses:
            organization["address"] = addresses if len(addresses) > 1 else addresses[0]
        data["mainEntity"] = organization
    return data


def json_ld(data: dict) -> str:
    """JSON for a <script type="application/ld+json"> block ("</" escaped so
    no value can close the element)."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
