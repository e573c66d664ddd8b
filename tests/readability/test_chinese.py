"""The plain indicators for Chinese: average sentence length in characters
and the share of Han characters outside level 1 of the 通用规范汉字表."""

from __future__ import annotations

import pytest

from patient_site.readability import chinese
from patient_site.readability.chinese import chinese_scores, level1_characters
from patient_site.readability.scores import measure


def test_chinese_indicators_by_hand() -> None:
    # With a made-up common list: 我们帮您 (4 Han, all common), then
    # 医生来 (3 Han, 医 and 生 not common) and "Mayo" (one character).
    scores = chinese_scores(["我们帮您。", "Mayo 医生来！"], common=frozenset("我们帮您来"))
    assert (scores.sentences, scores.characters, scores.han, scores.outside_level1) == (2, 8, 7, 2)
    assert scores.average_sentence_length == pytest.approx(4.0)
    assert scores.outside_share == pytest.approx(2 / 7)
    assert scores.outside_characters == {"医": 1, "生": 1}


def test_chinese_indicators_with_the_real_level1_list() -> None:
    # 茨 (of 斯科茨代尔, Scottsdale) is number 4128 of the table: level 2.
    # The other 12 characters are level 1. 13 Han characters, 1 outside.
    report = measure("医生会帮助您。斯科茨代尔很远！", "zh")
    assert report.sentences == 2
    assert report.metrics["average_sentence_length"] == pytest.approx(6.5)
    assert report.metrics["outside_level1"] == 1
    assert report.metrics["outside_level1_share"] == pytest.approx(1 / 13)
    assert report.metrics["outside_level1_characters"] == {"茨": 1}


def test_level1_list_is_the_tables_first_3500_characters() -> None:
    level1 = level1_characters()
    assert len(level1) == 3500
    lines = [
        line
        for line in chinese.LEVEL1_FILE.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    # The table opens with 一乙二十丁厂七卜八人 and level 1 ends with 矗 (3500).
    assert "".join(lines[:10]) == "一乙二十丁厂七卜八人"
    assert lines[-1] == "矗"
    assert {"的", "是", "医", "护", "疗", "姑", "息"} <= level1
    assert "茨" not in level1



def test_a_run_of_latin_letters_or_digits_reads_as_one_character() -> None:
    scores = chinese_scores(["COVID-19 疫苗在 2021 年。"], common=frozenset("疫苗在年"))
    # COVID-19, 疫, 苗, 在, 2021, 年
    assert (scores.characters, scores.han, scores.outside_level1) == (6, 4, 0)


def test_text_without_han_characters_has_no_share_outside_level1() -> None:
    scores = chinese_scores(["Mayo Clinic 2017。"], common=frozenset())
    assert (scores.han, scores.outside_share) == (0, 0.0)


def test_the_characters_outside_level1_are_listed_most_frequent_first() -> None:
    scores = chinese_scores(["生医医。"], common=frozenset())
    assert list(scores.outside_characters.items()) == [("医", 2), ("生", 1)]


def test_a_level1_list_of_the_wrong_size_is_refused(tmp_path) -> None:
    path = tmp_path / "level1.txt"
    path.write_text("# header\n一\n乙\n二\n", encoding="utf-8")
    with pytest.raises(ValueError) as raised:
        level1_characters(path)
    assert str(raised.value) == f"{path}: expected 3,500 distinct Han characters, one a line"
