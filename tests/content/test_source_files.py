"""Reading source files: UTF-8 text, or a problem naming the file, the line
and the column of the first byte that is not UTF-8, and the fix."""

from __future__ import annotations

import pytest

from patient_site.content.source_files import SourceError, decode, read_text

FIX = "save the file as UTF-8 (in most editors: Save with Encoding → UTF-8)"


def test_a_utf8_file_is_read_as_text(tmp_path):
    path = tmp_path / "index.es.md"
    path.write_bytes("# Cuidados — atención\n".encode())
    assert read_text(path, "docs/index.es.md") == "# Cuidados — atención\n"


def test_utf8_bytes_decode():
    assert decode("الرعاية 缓和".encode(), "docs/x.md") == "الرعاية 缓和"


def test_a_latin1_byte_is_reported_at_its_line_and_column_with_the_fix():
    data = "First line\nCafé and tea\n".encode("latin-1")  # é is 0xe9, line 2, column 4
    with pytest.raises(SourceError) as error:
        decode(data, "docs/index.es.md")
    assert str(error.value.problem) == f"docs/index.es.md:2: byte 0xe9 at column 4 is not UTF-8 — {FIX}"


def test_only_the_first_bad_byte_is_reported():
    data = "ñu\nmás\n".encode("latin-1")  # ñ (0xf1) is line 1, column 1
    with pytest.raises(SourceError) as error:
        decode(data, "docs/a.md")
    assert (error.value.problem.line, error.value.problem.message) == (1, f"byte 0xf1 at column 1 is not UTF-8 — {FIX}")


def test_a_file_that_is_not_utf8_is_a_problem_of_that_file(tmp_path):
    path = tmp_path / "care.md"
    path.write_bytes(b"ok\n\xe9\n")
    with pytest.raises(SourceError) as error:
        read_text(path, "docs/care.md")
    assert str(error.value) == f"docs/care.md:2: byte 0xe9 at column 1 is not UTF-8 — {FIX}"


def test_a_source_error_is_a_value_error():
    assert issubclass(SourceError, ValueError)


def test_a_byte_order_mark_is_not_part_of_the_text():
    assert decode(b"\xef\xbb\xbf---\ntitle: Care\n---\n", "docs/care.md") == "---\ntitle: Care\n---\n"
