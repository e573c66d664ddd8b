"""What was read from a file is kept exactly while the file is unchanged."""

from __future__ import annotations

import os

import pytest

from patient_site.content_memo import ContentMemo, content_key


def test_an_unchanged_file_is_loaded_once(tmp_path):
    path = tmp_path / "glossary.yml"
    path.write_text("a", encoding="utf-8")
    memo, loads = ContentMemo(), []
    first = memo.get("glossary", [path], lambda: loads.append(1) or path.read_text())
    second = memo.get("glossary", [path], lambda: loads.append(1) or path.read_text())
    assert first == second == "a" and loads == [1]


def test_an_edit_is_seen_even_with_the_same_size_and_time(tmp_path):
    path = tmp_path / "glossary.yml"
    path.write_text("a", encoding="utf-8")
    memo = ContentMemo()
    assert memo.get("glossary", [path], path.read_text) == "a"
    stat = path.stat()
    path.write_text("b", encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert memo.get("glossary", [path], path.read_text) == "b"


def test_a_folder_changes_when_a_file_is_added_or_edited(tmp_path):
    folder = tmp_path / "ui"
    folder.mkdir()
    (folder / "en.yml").write_text("x", encoding="utf-8")
    before = content_key([folder])
    (folder / "es.yml").write_text("y", encoding="utf-8")
    added = content_key([folder])
    (folder / "es.yml").write_text("z", encoding="utf-8")
    assert len({before, added, content_key([folder])}) == 3


def test_a_failed_load_is_not_kept(tmp_path):
    path = tmp_path / "data.yml"
    path.write_text("a", encoding="utf-8")
    memo = ContentMemo()

    def fail() -> str:
        raise ValueError("broken")

    with pytest.raises(ValueError, match="broken"):
        memo.get("data", [path], fail)
    assert memo.get("data", [path], path.read_text) == "a"
