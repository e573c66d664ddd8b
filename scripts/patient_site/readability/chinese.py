"""Plain indicators for Chinese, where no validated readability formula exists:
the average sentence length in characters, and the share of Han characters
outside level 1 (the 3,500 common-use characters) of the Table of General
Standard Chinese Characters (通用规范汉字表, 2013). The level-1 list is a data
file beside this module (data/tongyong-guifan-level1.txt, source in its
header)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

LEVEL1_FILE = Path(__file__).resolve().parent / "data" / "tongyong-guifan-level1.txt"

# Chinese. Han characters: the CJK Unified Ideographs blocks (with
# extensions) and the compatibility ideographs.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U000323af"
_HAN_CHAR = re.compile(f"[{_HAN}]")
# What a reader takes in as one character: a Han character, or a whole run of
# Latin letters or digits ("Mayo", "2017") — counting "Clinic" as six would
# make a sentence look longer than it reads.
_ZH_UNIT = re.compile(f"[{_HAN}]|[0-9A-Za-z\u00c0-\u024f]+(?:[.'’-][0-9A-Za-z\u00c0-\u024f]+)*")


@cache  # packaged data, the same for every run
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
