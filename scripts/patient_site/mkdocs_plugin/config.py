"""The patient-site plugin's options, typed and validated where declared.

A wrong value is a clear configuration error naming mkdocs.yml, not a
surprise deep in the build. Paths are relative to mkdocs.yml (the campus data
to docs_dir); their defaults are the project layout's (project.py).
"""

from __future__ import annotations

import re

from mkdocs.config import base
from mkdocs.config import config_options as c

from patient_site.content.hospital_links import check_link_config
from patient_site.pages.status import DEFAULT_REVIEW_CYCLE_YEARS
from patient_site.project import DEFAULTS


class HospitalLinks(base.BaseConfigOption[dict]):
    """Call-to-action key -> address: each empty (shown as plain text until
    the hospital fills it in) or an absolute http(s) address."""

    def run_validation(self, value: object) -> dict:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise base.ValidationError("hospital_links must map each key to an address (or to \"\")")
        problems = check_link_config(value)
        if problems:
            raise base.ValidationError("; ".join(problems))
        return {str(key): str(address or "") for key, address in value.items()}


class ReviewCycle(c.Type):
    def __init__(self) -> None:
        super().__init__(int, default=DEFAULT_REVIEW_CYCLE_YEARS)

    def run_validation(self, value: object) -> int:
        years = super().run_validation(value)
        if not 1 <= years <= 10:
            raise base.ValidationError(f"review_cycle_years {years}: give the years between medical reviews (1 to 10)")
        return years


class About(base.Config):
    """What the site is about, for search engines (schema.org)."""

    type = c.Choice(("MedicalTherapy", "MedicalCondition", "MedicalProcedure", "MedicalSpecialty"), default="MedicalTherapy")
    name = c.Optional(c.Type(str))  # in English; each language says it as its glossary does


class FilePrefix(c.Type):
    def __init__(self) -> None:
        super().__init__(str, default="handout")

    def run_validation(self, value: object) -> str:
        prefix = super().run_validation(value)
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", prefix):
            raise base.ValidationError(f"handout_prefix '{prefix}': use lower-case letters, digits and hyphens (it starts every PDF's file name)")
        return prefix


class LanguageTags(base.BaseConfigOption[dict]):
    """Site language code -> the BCP 47 tag its pages declare, where they
    differ ({zh: zh-Hans}: the folder stays zh/)."""

    def run_validation(self, value: object) -> dict:
        if value is None:
            return {}
        if not isinstance(value, dict) or not all(
            isinstance(tag, str) and re.fullmatch(r"[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})+", tag) for tag in value.values()
        ):
            raise base.ValidationError("language_tags must map a language code to a BCP 47 tag, e.g. {zh: zh-Hans}")
        return {str(code): str(tag) for code, tag in value.items()}


class PatientSiteConfig(base.Config):
    enabled = c.Type(bool, default=True)
    # Inputs (relative to mkdocs.yml; campus_data to docs_dir).
    bibliography = c.Type(str, default=DEFAULTS["bibliography"])
    glossary = c.Type(str, default=DEFAULTS["glossary"])
    interface_text = c.Type(str, default=DEFAULTS["interface_text"])
    campus_data = c.Type(str, default=DEFAULTS["campus_data"])
    # The hospital's calls to action ([text](hospital-link:KEY) in pages).
    hospital_links = HospitalLinks()
    # The site's subject, for the pages' structured data.
    about = c.SubConfig(About)
    # The language tags pages declare where they are not the site's codes.
    language_tags = LanguageTags()
    # Every handout's file name starts with it ('palliative-care-…-es.pdf').
    handout_prefix = FilePrefix()
    # Years between medical reviews: the project's rule, shown to readers.
    review_cycle_years = ReviewCycle()
    # Build only this language (at its own prefix, /es/): one process of a
    # parallel build, or a quick preview (`only_language: !ENV ONLY_LANGUAGE`).
    only_language = c.Optional(c.Type(str))
    # Record every page as rendered, for the handout step (the build command
    # sets it; the records are on the plugin after the build).
    record_handouts = c.Type(bool, default=False)
    # Check links, citations and directives of every source (the build
    # command's parent process does it once for all its language processes).
    check_sources = c.Type(bool, default=True)
