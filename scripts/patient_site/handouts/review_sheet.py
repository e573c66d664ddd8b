"""A review sheet: one page's English and translation side by side, section
by section, for a medical reviewer who reads no Markdown — on screen (HTML)
and on paper (the same document, rendered by the handouts' PDF renderer).

What the reviewer gets: the rendered text readers see (citations numbered,
campus tables filled in) in two columns with a third left empty for notes;
the glossary terms each section uses, marked in both columns and listed
with the accepted translations (a term the translation lacks is flagged);
what changed in the English since the translation was last signed off (or,
never signed off, since it was made); and a sign-off block to fill in.

Side by side here, unlike the bilingual handout: a reviewer compares the
two versions sentence by sentence, so the sheet is landscape, with room for
two text columns at 10 pt and a notes column. The sheet's own words are in
English, the language of the medical team that signs translations off.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import unescape

from patient_site.handouts.documents import PAPER_SIZES, HandoutSource, PrintSettings, print_template
from patient_site.handouts.paper_links import LinkReferences, on_paper
from patient_site.handouts.sections import paired_sections
from patient_site.translations.english_changes import Piece
from patient_site.translations.glossary import Entry, LanguageGlossary, terms_in
from patient_site.translations.inventory import SignOff
from patient_site.translations.languages import text_direction
from patient_site.translations.term_matching import spans

_TAG = re.compile(r"(<[^>]+>)")


@dataclass(frozen=True)
class ReviewFacts:
    """What the sheet says about the translation's review."""

    english_file: str  # "docs/services/hospital.md"
    translation_file: str  # "docs/services/hospital.es.md"
    state: str  # the inventory's state: "draft", "reviewed", "outdated"
    sign_off: SignOff | None = None  # the last sign-off recorded
    signed_off_holds: bool = False  # whether it covers the text as it is now
    changes_since: str = "translation"  # "sign-off" | "translation": what the English is compared with
    changes: Sequence[Sequence[Piece]] | None = ()  # None: the earlier English is not in the git history


def _text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def mark_terms(html: str, forms: Sequence[tuple[str, int]], lang: str) -> str:
    """`html` with each occurrence of a form marked (`<mark>` with the
    term's number), in text only — never inside a tag or its attributes."""
    if not forms:
        return html
    pieces = _TAG.split(html)
    for index in range(0, len(pieces), 2):  # the text between tags
        text = pieces[index]
        found: list[tuple[int, int, int]] = []
        for form, number in forms:
            for start, end in spans(text, form, lang):
                if not any(start < e and s < end for s, e, _n in found):
                    found.append((start, end, number))
        if not found:
            continue
        out, at = [], 0
        for start, end, number in sorted(found):
            out.append(text[at:start])
            out.append(f'<mark class="term" data-term="{number}">{text[start:end]}<sup class="term-no">{number}</sup></mark>')
            at = end
        out.append(text[at:])
        pieces[index] = "".join(out)
    return "".join(pieces)


@dataclass(frozen=True)
class _Term:
    number: int
    entry: Entry
    in_translation: bool


def _section(english: str, translation: str, lang: str, glossary: LanguageGlossary | None, numbers: dict[str, int]) -> dict:
    entries = terms_in(_text(english), glossary)
    terms = []
    for entry in entries:
        number = numbers.setdefault(entry.english, len(numbers) + 1)
        found = any(spans(_text(translation), form, lang) for form in entry.accept)
        terms.append(_Term(number, entry, found))
    marked_english = mark_terms(english, [(t.entry.english, t.number) for t in terms], "en")
    marked_translation = mark_terms(translation, [(form, t.number) for t in terms for form in t.entry.accept], lang)
    return {"english": marked_english, "translation": marked_translation, "terms": terms}


def _glossary(sections: list[dict]) -> list[tuple[int, Entry]]:
    """Every term marked on the sheet, by number, once."""
    terms = {term.number: term.entry for section in sections for term in section["terms"]}
    return sorted(terms.items())


def render_review_sheet(
    english: HandoutSource,
    translation: HandoutSource,
    facts: ReviewFacts,
    glossary: LanguageGlossary | None,
    settings: PrintSettings,
    hospital_name: str,
) -> str:
    """The review sheet (HTML) of one page in one translation language."""
    lang = translation.text_lang
    references = LinkReferences()

    def paper(source: HandoutSource, html: str, prefix: str) -> str:
        return on_paper(html, source.url, source.site_url, references, prefix)

    numbers: dict[str, int] = {}
    sections = []
    for ident, english_html, translated_html in paired_sections(english.body_html, translation.body_html):
        section = _section(paper(english, english_html, "en--"), paper(translation, translated_html, ""), lang, glossary, numbers)
        sections.append({"id": ident, **section})
    return print_template("review_sheet.html").render(
        lang=lang,
        lang_tag=settings.tag(lang),
        dir=text_direction(lang),
        language_name=settings.language_names.get(lang, lang),
        english=english,
        translation=translation,
        facts=facts,
        sections=sections,
        addresses=references.addresses,
        glossary=_glossary(sections),
        paper=PAPER_SIZES[settings.paper],
        hospital_name=hospital_name,
    )
