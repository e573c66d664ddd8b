"""The project's pybtex style: the reference style of the hospital's page.

English output reproduces the seed's reference lines exactly, e.g.

    Kamal AF, et al. Title. Journal. 2011;7:48.
    Title. Organization. Accessed Oct. 28, 2015.

In other languages only the words and dates a reader must understand are
localized ("Accessed …", edition labels, "expert opinion"); author lists,
"et al.", titles, journals, publishers and places stay as written and are
marked with their own language (`<bdi lang="en">`), so Arabic pages keep
their punctuation and numbers in order.

pybtex ships no style that fits (`unsrt` hard-codes English words and never
writes "et al."), and its template engine is slow, so this style builds rich
text directly.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html import escape
from urllib.parse import quote

import latexcodec  # noqa: F401  (registers the "ulatex" codec)
from pybtex.backends.html import Backend as _HtmlBackend
from pybtex.backends.plaintext import Backend as _TextBackend
from pybtex.database import Entry, Person
from pybtex.richtext import BaseText, HRef, String, Tag, Text
from pybtex.style import FormattedEntry
from pybtex.style.formatting import BaseStyle

from patient_site.content.urls import safe_link
from patient_site.translations.languages import text_direction

# Entry types the style formats, with the fields each one needs. A tuple
# means "one of these".
# biblatex names are accepted beside BibTeX's: `journaltitle` for `journal`,
# `location` for `address`, `date` for `year`.
REQUIRED_FIELDS: dict[str, tuple[str | tuple[str, ...], ...]] = {
    "article": ("author", "title", ("journal", "journaltitle"), ("year", "date")),
    "online": ("title", "urldate"),
    "book": (("author", "editor"), "title", ("year", "date")),
    "collection": ("editor", "title", ("year", "date")),
    "manual": (("author", "organization"), "title", ("year", "date")),
    "incollection": ("author", "title", "booktitle", ("year", "date")),
    "inbook": ("author", "title", "booktitle", ("year", "date")),
    "unpublished": ("author", "title", "date"),
    "misc": ("author", ("title", "howpublished"), ("date", "year")),
}

# Fields whose value is a date the reader sees in their own language.
DATE_FIELDS = ("urldate", "date")
# Fields holding link targets: never LaTeX-decoded, only http(s) allowed.
LINK_FIELDS = ("url", "doi")

_LATEX_SPECIAL = re.compile(r"[\\{}~$]")
# Font and quotation commands whose argument is kept, without the styling.
_FONT_COMMAND = re.compile(
    r"\\(?:emph|textit|textbf|textsc|texttt|textrm|textsf|textsl|textup|textnormal"
    r"|mkbibemph|mkbibitalic|mkbibbold|mkbibquote|enquote)\*?\s*(?=\{)"
)
_SPACE_AFTER_OPEN = re.compile(r"(?<=\s)\{\s+")
_SPACE_BEFORE_CLOSE = re.compile(r"\s+\}(?=\s)")
_SENTENCE_END = (".", "?", "!")
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
_DOI = re.compile(r"10\.\d{4,9}(?:\.\d+)*/\S+")
# biblatex's `langid` holds babel language names; HTML needs BCP 47 tags.
_BABEL_LANGUAGES = {
    "english": "en", "american": "en-US", "usenglish": "en-US", "british": "en-GB", "ukenglish": "en-GB",
    "canadian": "en-CA", "australian": "en-AU", "german": "de", "ngerman": "de", "austrian": "de-AT",
    "naustrian": "de-AT", "swissgerman": "de-CH", "nswissgerman": "de-CH", "french": "fr", "spanish": "es",
    "catalan": "ca", "italian": "it", "latin": "la", "portuguese": "pt", "portuges": "pt", "brazil": "pt-BR",
    "brazilian": "pt-BR", "dutch": "nl", "danish": "da", "swedish": "sv", "norsk": "nb", "norwegian": "no",
    "nynorsk": "nn", "finnish": "fi", "polish": "pl", "czech": "cs", "slovak": "sk", "russian": "ru",
    "ukrainian": "uk", "greek": "el", "turkish": "tr", "hebrew": "he", "arabic": "ar", "chinese": "zh",
    "japanese": "ja", "korean": "ko", "hungarian": "hu", "romanian": "ro", "croatian": "hr", "slovene": "sl",
}
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")


class Bdi(Tag):
    """Text in another language than the page, isolated for bidi layout.

    `name` holds the language code (`Tag` carries it through pybtex's text
    operations).
    """

    def render(self, backend):  # type: ignore[no-untyped-def]
        text = super(Tag, self).render(backend)
        return backend.format_bdi(self.name, text)


def _bare_doi(doi: str) -> str:
    return _DOI_PREFIX.sub("", doi.strip())


def is_doi(doi: str) -> bool:
    """True for '10.NNNN/suffix' (also written 'doi:…' or as a doi.org address)."""
    return _DOI.fullmatch(_bare_doi(doi)) is not None


def doi_link(doi: str) -> str:
    """The https://doi.org/ address of a DOI, percent-encoded (real DOIs may
    hold '<', '>' or '"', e.g. SICI DOIs)."""
    return "https://doi.org/" + quote(_bare_doi(doi), safe="/:;()._-")


def language_tag(langid: str) -> str:
    """The BCP 47 tag of an entry's `langid` ('german' -> 'de'); 'en' when
    absent, 'und' (undetermined) when it names no language we know."""
    value = _plain(langid).strip()
    if not value:
        return "en"
    tag = _BABEL_LANGUAGES.get(value.lower())
    if tag:
        return tag
    return value if _LANGUAGE_TAG.fullmatch(value) else "und"


class HtmlBackend(_HtmlBackend):
    """pybtex's HTML backend, made safe: escaped, http(s)-only link targets."""

    def format_protected(self, text: str) -> str:
        return text

    def format_href(self, url: str, text: str, external: bool = False) -> str:
        target = safe_link(url)
        if target is None:
            return text
        return f'<a href="{escape(target, quote=True)}">{text}</a>' if text else ""

    def format_bdi(self, lang: str, text: str) -> str:
        # An explicit direction: the kept-as-written parts are left-to-right
        # scripts, and print engines do not all guess a <bdi>'s direction.
        direction = text_direction(lang.split("-")[0])
        return f'<bdi lang="{escape(lang, quote=True)}" dir="{direction}">{text}</bdi>' if text else ""


class TextBackend(_TextBackend):
    """Plain text, as the seed prints its reference lines."""

    def format_protected(self, text: str) -> str:
        return text

    def format_href(self, url: str, text: str, external: bool = False) -> str:
        return text

    def format_bdi(self, lang: str, text: str) -> str:
        return text


@dataclass(frozen=True)
class Terms:
    """The localized words of one language (from translations/ui/<lang>.yml)."""

    lang: str
    accessed: str  # "Accessed {date}."
    edition: str  # "{n} ed."
    expert_opinion: str
    format_date: Callable[[str, str], str]  # (iso date, lang) -> text

    def ordinal(self, number: int) -> str:
        if self.lang == "en":
            suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
            return f"{number}{suffix}"
        if self.lang == "es":
            return f"{number}.ª"
        return str(number)


@dataclass(frozen=True)
class _Part:
    """A piece of a reference: kept as written (source) or localized."""

    text: BaseText
    source: bool


def _tidy_latex(value: str) -> str:
    """Drop font commands pybtex would print as text ('\\emph{x}' -> '{x}')
    and the spaces just inside a group that stands between words
    ('saturated { Pd-N}' -> 'saturated {Pd-N}'), which doubled a space."""
    value = _FONT_COMMAND.sub("", value)
    value = _SPACE_AFTER_OPEN.sub("{", value)
    return _SPACE_BEFORE_CLOSE.sub("}", value)


def _rich(value: str) -> BaseText:
    """A field value as rich text, decoding LaTeX only where there is some."""
    if _LATEX_SPECIAL.search(value):
        return Text.from_latex(_tidy_latex(value))
    return String(value)


def _plain(value: str) -> str:
    """A field value as plain text (for initials and numbers)."""
    if _LATEX_SPECIAL.search(value):
        value = codecs.decode(_tidy_latex(value), "ulatex")
        value = " ".join(value.replace("{", "").replace("}", "").split())
    return value


def _initials(names: Iterable[str]) -> str:
    """"A. F." -> "AF"; "Jean-Paul" -> "JP"."""
    letters = []
    for name in names:
        for piece in _plain(name).split("-"):
            piece = piece.strip(".")
            if piece:
                letters.append(piece[0].upper())
    return "".join(letters)


def format_person(person: Person) -> str:
    """'Kamal, A. F.' -> 'Kamal AF'; a braced corporate name as written."""
    last = " ".join(_plain(n) for n in person.prelast_names + person.last_names)
    initials = _initials(person.first_names + person.middle_names)
    lineage = " ".join(_plain(n) for n in person.lineage_names)
    return " ".join(part for part in (last, initials, lineage) if part)


def format_people(people: list[Person]) -> str:
    """One author as written; several as the first one and "et al."."""
    if not people:
        return ""
    first = format_person(people[0])
    if len(people) == 1:
        return first
    return f"{first}, et al."


def _with_period(text: BaseText) -> BaseText:
    plain = str(text)
    if plain.endswith(_SENTENCE_END):
        return text
    return Text(text, ".")


def _first_field(entry: Entry, *names: str) -> str | None:
    """The value of the first of `names` the entry has (BibTeX's name, then biblatex's)."""
    for name in names:
        if name in entry.fields:
            return entry.fields[name]
    return None


def _titled(entry: Entry, title: str, subtitle: str) -> BaseText:
    """'Title: Subtitle' (biblatex's subtitle fields), ending with a period."""
    text = _rich(entry.fields[title])
    if subtitle in entry.fields:
        separator = " " if str(text).endswith((*_SENTENCE_END, ":")) else ": "
        text = Text(text, separator, _rich(entry.fields[subtitle]))
    return _with_period(text)


class PatientStyle(BaseStyle):
    """Formats entries in the hospital's reference style, in one language."""

    default_name_style = "plain"
    default_label_style = "number"
    default_sorting_style = "none"

    def __init__(self, terms: Terms, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.terms = terms

    # -- pybtex entry point -------------------------------------------------

    def format_entry(self, label: str, entry: Entry, bib_data: object = None) -> FormattedEntry:
        formatter = getattr(self, f"_format_{entry.type.lower()}", None)
        if formatter is None:
            raise ValueError(f"entry '{entry.key}': the style cannot format type '@{entry.type}'")
        parts: list[_Part] = formatter(entry)
        parts.extend(self._links(entry))
        return FormattedEntry(entry.key, self._assemble(parts, entry), label)

    # -- entry types --------------------------------------------------------

    def _format_article(self, entry: Entry) -> list[_Part]:
        fields = entry.fields
        numbers = self._year(entry)
        if "volume" in fields:
            numbers += ";" + _plain(fields["volume"])
            if "number" in fields:
                numbers += f"({_plain(fields['number'])})"
        if "pages" in fields:
            numbers += ":" + self._first_page(fields["pages"])
        return [
            *self._authors(entry),
            self._source(_titled(entry, "title", "subtitle")),
            self._source(_with_period(_rich(_first_field(entry, "journal", "journaltitle") or ""))),
            self._source(String(numbers + ".")),
        ]

    def _format_online(self, entry: Entry) -> list[_Part]:
        parts = [*self._authors(entry), self._source(_titled(entry, "title", "subtitle"))]
        if "organization" in entry.fields:
            parts.append(self._source(_with_period(_rich(entry.fields["organization"]))))
        parts.extend(self._accessed(entry))
        return parts

    def _format_book(self, entry: Entry) -> list[_Part]:
        parts = [*self._authors(entry), self._source(_titled(entry, "title", "subtitle"))]
        return parts + self._publication(entry)

    _format_manual = _format_book
    _format_collection = _format_book

    def _format_incollection(self, entry: Entry) -> list[_Part]:
        parts = [
            *self._authors(entry),
            self._source(_titled(entry, "title", "subtitle")),
            self._source(_titled(entry, "booktitle", "booksubtitle")),
        ]
        return parts + self._publication(entry)

    _format_inbook = _format_incollection

    def _format_unpublished(self, entry: Entry) -> list[_Part]:
        """Internal documents: author, title, institution and place, date."""
        parts = [*self._authors(entry), self._source(_titled(entry, "title", "subtitle"))]
        return parts + self._place_and_date(entry)

    def _format_misc(self, entry: Entry) -> list[_Part]:
        """Expert opinion and the like: 'Strand JJ (expert opinion).'"""
        fields = entry.fields
        authors = format_people(entry.persons.get("author", []))
        if "title" in fields:
            parts = [self._source(_with_period(String(authors))), self._source(_with_period(_rich(fields["title"])))]
            if "howpublished" in fields:
                parts.append(self._localized(_with_period(String(self._howpublished(fields["howpublished"])))))
        else:
            parts = [
                self._source(String(authors)),
                self._localized(String(f"({self._howpublished(fields['howpublished'])}).")),
            ]
        return parts + self._place_and_date(entry)

    # -- shared pieces ------------------------------------------------------

    def _source(self, text: BaseText) -> _Part:
        return _Part(text, source=True)

    def _localized(self, text: BaseText) -> _Part:
        return _Part(text, source=False)

    def _authors(self, entry: Entry) -> list[_Part]:
        people = entry.persons.get("author") or []
        if people:
            return [self._source(_with_period(String(format_people(people))))]
        if entry.fields.get("organization") and entry.type.lower() == "manual":
            return [self._source(_with_period(_rich(entry.fields["organization"])))]
        editors = entry.persons.get("editor") or []
        if editors:
            return [self._source(String(format_people(editors) + ", ed."))]
        return []

    def _publication(self, entry: Entry) -> list[_Part]:
        """'3rd ed. Philadelphia, Pa.: Saunders Elsevier; 2016. Accessed …'"""
        fields = entry.fields
        parts: list[_Part] = []
        if "edition" in fields:
            edition = _plain(fields["edition"])
            label = self.terms.ordinal(int(edition)) if edition.isdigit() else edition
            parts.append(self._localized(String(self.terms.edition.format(n=label))))
        address = _first_field(entry, "address", "location")
        place = [_rich(value) for value in (address, fields.get("publisher")) if value]
        year = self._year(entry)
        if place:
            parts.append(self._source(Text(Text(": ").join(place), "; ", year, ".")))
        else:
            parts.append(self._source(String(year + ".")))
        return parts + self._accessed(entry)

    def _place_and_date(self, entry: Entry) -> list[_Part]:
        """'Mayo Clinic, Rochester, Minn. Oct. 30, 2015.'"""
        fields = entry.fields
        parts: list[_Part] = []
        address = _first_field(entry, "address", "location")
        place = [_rich(value) for value in (fields.get("institution"), fields.get("organization"), address) if value]
        if place:
            parts.append(self._source(_with_period(Text(", ").join(place))))
        if "date" in fields:
            date = self.terms.format_date(fields["date"], self.terms.lang)
            parts.append(self._localized(String(date + ".")))
        elif "year" in fields:
            parts.append(self._source(String(_plain(fields["year"]) + ".")))
        return parts

    def _accessed(self, entry: Entry) -> list[_Part]:
        if "urldate" not in entry.fields:
            return []
        date = self.terms.format_date(entry.fields["urldate"], self.terms.lang)
        return [self._localized(String(self.terms.accessed.format(date=date)))]

    def _links(self, entry: Entry) -> list[_Part]:
        parts = []
        if "doi" in entry.fields and is_doi(entry.fields["doi"]):
            link = doi_link(entry.fields["doi"])
            parts.append(self._source(HRef(link, link)))
        elif "url" in entry.fields and safe_link(entry.fields["url"]):
            url = entry.fields["url"].strip()
            parts.append(self._source(HRef(url, url)))
        return parts

    def _year(self, entry: Entry) -> str:
        if "year" in entry.fields:
            return _plain(entry.fields["year"])
        return entry.fields["date"].strip().split("-")[0]

    def _howpublished(self, value: str) -> str:
        plain = _plain(value)
        return self.terms.expert_opinion if plain.lower() == "expert opinion" else plain

    @staticmethod
    def _first_page(pages: str) -> str:
        """The seed cites an article by its first page: '747--755' -> '747'."""
        return re.split(r"\s*(?:-+|–|—)\s*", _plain(pages), maxsplit=1)[0]

    def _assemble(self, parts: list[_Part], entry: Entry) -> Text:
        """Join the parts; outside English, group the kept-as-written runs
        into one isolated span in the entry's own language."""
        if self.terms.lang == "en":
            return Text(" ").join(part.text for part in parts)
        source_lang = language_tag(entry.fields.get("langid", ""))
        groups: list[BaseText] = []
        run: list[BaseText] = []
        for part in parts:
            if part.source:
                run.append(part.text)
                continue
            if run:
                groups.append(Bdi(source_lang, Text(" ").join(run)))
                run = []
            groups.append(part.text)
        if run:
            groups.append(Bdi(source_lang, Text(" ").join(run)))
        return Text(" ").join(groups)


class ReferenceRenderer:
    """Formats entries of one parsed bibliography, each once per language.

    One style per language and one backend instance for the whole build:
    pybtex's `render_as` would look its plugin registry up on every call.
    """

    def __init__(self, entries: dict[str, Entry], terms_for: Callable[[str], Terms]) -> None:
        self.entries = entries
        self._terms_for = terms_for
        self._styles: dict[str, PatientStyle] = {}
        self._formatted: dict[tuple[str, str], Text] = {}
        self._html: dict[tuple[str, str], str] = {}
        self._html_backend = HtmlBackend()
        self._text_backend = TextBackend()

    def _style(self, lang: str) -> PatientStyle:
        if lang not in self._styles:
            self._styles[lang] = PatientStyle(self._terms_for(lang))
        return self._styles[lang]

    def _format(self, key: str, lang: str) -> Text:
        formatted = self._formatted.get((key, lang))
        if formatted is None:
            formatted = self._formatted[(key, lang)] = self._style(lang).format_entry(key, self.entries[key]).text
        return formatted

    def html(self, key: str, lang: str) -> str:
        cached = self._html.get((key, lang))
        if cached is None:
            cached = self._html[(key, lang)] = self._format(key, lang).render(self._html_backend)
        return cached

    def text(self, key: str, lang: str) -> str:
        return self._format(key, lang).render(self._text_backend)
