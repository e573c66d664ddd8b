"""Files kept by a key over everything that made them: a key changes with
any part, a reader never sees half a file, and pruning keeps what the last
build used and what was used lately."""

from __future__ import annotations

import os
import time

from patient_site.file_cache import FileCache, key


def test_a_key_changes_with_any_part():
    base = key("handout", "html", b"\x00font")
    assert key("handout", "html!", b"\x00font") != base
    assert key("handout", "html", b"\x00fonT") != base
    assert key("handout", "html", b"\x00font", "") != base
    assert key("handout", "html", b"\x00font") == base


def test_parts_cannot_run_together():
    assert key("ab", "c") != key("a", "bc")
    assert key("a", "") != key("a")


def test_text_and_its_utf8_bytes_are_the_same_part():
    assert key("姑息") == key("姑息".encode())


def test_a_kept_file_reads_back(tmp_path):
    cache = FileCache(tmp_path, ".pdf")
    k = key("x")
    assert cache.get(k) is None
    cache.put(k, b"%PDF-1.7 data")
    assert cache.get(k).read_bytes() == b"%PDF-1.7 data"
    assert cache.get(k).suffix == ".pdf"


def test_putting_leaves_no_partial_file(tmp_path):
    cache = FileCache(tmp_path, ".pdf")
    cache.put(key("x"), b"data")
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == [f"{key('x')}.pdf"]


def test_copy_to_makes_the_folders_and_copies(tmp_path):
    cache = FileCache(tmp_path / "cache")
    cache.put(key("x"), b"data")
    target = tmp_path / "site" / "es" / "a.pdf"
    cache.copy_to(key("x"), target)
    assert target.read_bytes() == b"data"
    target.write_bytes(b"changed in the site")
    assert cache.get(key("x")).read_bytes() == b"data", "a copy, not a link: the site cannot change the cache"


def test_prune_keeps_the_last_builds_files_and_those_used_lately(tmp_path):
    cache = FileCache(tmp_path, ".pdf")
    for name in ("kept", "recent", "old"):
        cache.put(key(name), name.encode())
    long_ago = time.time() - 30 * 86400
    os.utime(cache.path(key("old")), (long_ago, long_ago))
    os.utime(cache.path(key("kept")), (long_ago, long_ago))
    assert cache.prune([key("kept")]) == 1
    assert cache.get(key("kept")) and cache.get(key("recent")) and cache.get(key("old")) is None


def test_using_a_file_marks_it_as_used(tmp_path):
    cache = FileCache(tmp_path, ".pdf")
    cache.put(key("x"), b"x")
    long_ago = time.time() - 30 * 86400
    os.utime(cache.path(key("x")), (long_ago, long_ago))
    cache.get(key("x"))
    assert cache.prune([]) == 0


def test_prune_of_a_missing_folder_removes_nothing(tmp_path):
    assert FileCache(tmp_path / "none").prune([]) == 0
