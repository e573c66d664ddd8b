"""A page's Markdown with everything the site adds to it: calls to action
linked (or plain text), generated blocks expanded, citations numbered with the
page's reference list, all in the reader's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from html import escape

from patient_site.content.citation_syntax import find_citations
from patient_site.content.directives import expand_directives
from patient_site.content.hospital_links import apply_hospital_links
from patient_site.pages.campus_data import CampusServices, campus_services, services_table
from patient_site.pages.handout_list import handouts_list
from patient_site.references.citations import CitationText, render_bibliography, render_citations
from patient_site.references.style import ReferenceRenderer


@dataclass(frozen=True)
class SiteData:
    """What pages embed, the same for every page of a build."""

    hospital_links: Mapping[str, str]
    renderer: ReferenceRenderer | None
    bibliography_keys: tuple[str, ...]
    campus_data: CampusServices | None
    titles: Mapping[tuple[str, str], str]  # (English page, language) -> title
    default_lang: str
    handout_prefix: str = "handout"  # the start of every handout's file name
    handouts_built: bool = False  # whether this build makes the PDFs (else no link to one)
    translated: Mapping[str, set[str]] = field(default_factory=dict)  # English page -> its translation languages


@dataclass(frozen=True)
class PageInfo:
    english_src: str  # the English page, relative to docs/
    text_lang: str  # the language of the text (the English on a fallback page)
    reader_lang: str  # the language of the site section
    url: str  # the page's URL, relative to the site root


def expand_markdown(
    markdown: str, page: PageInfo, data: SiteData, messages: Mapping[str, str]
) -> tuple[str, list[tuple[int, str]]]:
    """The page's Markdown as MkDocs should render it, and (line, message)
    for anything that could not be expanded (lines of the Markdown given)."""
    lang = page.text_lang
    markdown, problems = apply_hospital_links(markdown, data.hospital_links)

    def entry(key: str) -> str:
        assert data.renderer is not None  # citation keys were checked before the build
        return data.renderer.html(key, lang)

    def need_campus_data() -> CampusServices:
        assert data.campus_data is not None  # directives were checked before the build
        return data.campus_data

    markdown, directive_problems = expand_directives(
        markdown,
        {
            "campus-services-table": lambda _arg: services_table(need_campus_data(), lang, page.english_src, messages),
            "campus-services": lambda arg: campus_services(need_campus_data(), arg, lang, page.english_src, messages),
            "bibliography": lambda _arg: render_bibliography(list(data.bibliography_keys), entry),
            "handouts": lambda _arg: handouts_list(
                data.titles, data.translated, page.reader_lang, data.default_lang, page.url, messages, data.handout_prefix
            )
            if data.handouts_built
            else f'<p class="handouts-not-built">{escape(messages["handouts_not_built"])}</p>',
        },
    )
    problems += directive_problems
    citations = find_citations(markdown)
    known = set(data.bibliography_keys)
    problems += [
        (citation.line, f"unknown citation key '{key}' — add it to the bibliography or correct the key")
        for citation in citations
        for key in citation.keys
        if key not in known
    ]
    if problems:
        return markdown, problems
    text = CitationText(messages["references_heading"], messages["back_to_text"], messages["citation_label"])
    return render_citations(markdown, citations, entry, text), []
