"""The words a text is found by: search keys, per language.

The reader's browser applies the same rules to the query
(`overrides/assets/javascripts/search-engine.js`, `keysOf`), so a page
is found by any form that reduces to the same key. The two are kept equal
by tests that run both on the same words.

- Every language: lower case, compatibility forms folded (NFKD) and every
  combining mark dropped, so `atención`/`atencion`, `PALIATIVOS`/`paliativos`
  and vocalised/plain Arabic meet.
- Spanish and English: a light plural stemmer (paliativos → paliativo,
  atenciones → atencion, chaplains → chaplain; Harman's "S" stemmer for
  English), not a full stemmer: plural and singular meet, other forms stay.
- Arabic: Larkey's light10 light stemmer (the article ال with its proclitics
  و ب ك ف ل — وال، بال، كال، فال، لل — and و, then common suffixes), after
  folding ى to ي and ة to ه. A single ب ك ف ل may be a proclitic or a
  root letter, so a word that starts with one also gets the key without it.
- Chinese (any Han characters): overlapping character pairs, the usual
  dictionary-free CJK indexing, so 姑息 and 缓和 are found inside 姑息治疗 and
  缓和医疗 without segmenting the text; a one-character query matches the
  pairs it starts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

# Han ideographs (CJK Unified Ideographs, Extension A, compatibility, B–F).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
_WORD = re.compile(r"[^\W_]+")
_HAN_RUN = re.compile(f"([{HAN}]+)")
_IS_HAN = re.compile(f"[{HAN}]")

_ARABIC_FOLD = str.maketrans({"\u0649": "\u064a", "\u0629": "\u0647", "\u0640": None})  # ى→ي, ة→ه, tatweel
_ARABIC_ARTICLES = ("وال", "بال", "كال", "فال", "لل", "ال")
_ARABIC_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
_ARABIC_PROCLITICS = ("ب", "ك", "ف", "ل")


class _WithoutMarks(dict):
    """str.translate's table dropping combining marks, filled in as
    characters are met (a table of all of Unicode takes a third of a
    second to make, in every process)."""

    def __missing__(self, code_point: int) -> int | None:
        value = None if unicodedata.category(chr(code_point)).startswith("M") else code_point
        self[code_point] = value
        return value


_WITHOUT_MARKS = _WithoutMarks()


def fold(text: str) -> str:
    """Lower case, compatibility forms folded, combining marks dropped."""
    return unicodedata.normalize("NFKD", text.lower()).translate(_WITHOUT_MARKS)


def words(text: str) -> Iterator[tuple[str, int, int]]:
    """The words of `text` as (folded word, start, end) in the folded text;
    a run of Han characters is one word."""
    if not _IS_HAN.search(text):  # (most text: no run to cut)
        for match in _WORD.finditer(text):
            yield match.group(), match.start(), match.end()
        return
    for match in _WORD.finditer(text):
        start = match.start()
        for part in _HAN_RUN.split(match.group()):
            if part:
                yield part, start, start + len(part)
                start += len(part)


def is_han(word: str) -> bool:
    return bool(_IS_HAN.match(word))


def han_pairs(run: str) -> list[str]:
    return [run] if len(run) < 2 else [run[i : i + 2] for i in range(len(run) - 1)]


def spanish_plural(word: str) -> str:
    if len(word) > 4 and word.endswith("ces"):
        return word[:-3] + "z"
    if len(word) > 4 and word.endswith("es") and word[-3] in "lrndzj":
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def english_plural(word: str) -> str:
    """Harman's "S" stemmer (1991)."""
    if len(word) > 3 and word.endswith("ies") and not word.endswith(("eies", "aies")):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("es") and not word.endswith(("aes", "ees", "oes")):
        return word[:-1]
    if len(word) > 2 and word.endswith("s") and not word.endswith(("us", "ss")):
        return word[:-1]
    return word


def arabic_light(word: str) -> str:
    """Larkey, Ballesteros and Connell's light10 (2002, 2007)."""
    word = word.translate(_ARABIC_FOLD)
    if len(word) > 3 and word.startswith("و"):
        word = word[1:]
    for article in _ARABIC_ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            word = word[len(article) :]
            break
    for suffix in _ARABIC_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
    return word


def keys_of_word(word: str, lang: str) -> list[str]:
    """The keys of one folded word (a Han run gives its pairs)."""
    if is_han(word):
        return han_pairs(word)
    if len(word) < 2:
        return []
    if lang == "es":
        return [spanish_plural(word)]
    if lang == "en":
        return [english_plural(word)]
    if lang == "ar":
        keys = [arabic_light(word)]
        base = word.translate(_ARABIC_FOLD)
        if len(base) > 3 and base.startswith("و"):
            base = base[1:]
        if len(base) > 3 and base.startswith(_ARABIC_PROCLITICS) and not base.startswith(_ARABIC_ARTICLES):
            alternative = arabic_light(base[1:])
            if alternative not in keys:
                keys.append(alternative)
        return keys
    return [word]


@lru_cache(maxsize=1 << 16)  # a site's vocabulary is small; each word is stemmed once
def _keys_of(word: str, lang: str) -> tuple[str, ...]:
    return tuple(keys_of_word(word, lang))


def keys(text: str, lang: str) -> list[str]:
    """Every key of `text`, in order, repeated as often as it occurs."""
    return [key for word, _start, _end in words(fold(text)) for key in _keys_of(word, lang)]
