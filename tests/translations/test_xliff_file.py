"""Units in an XLIFF 1.2 file and back. What is written is read with
translate-toolkit's own XLIFF reader and lxml, not with this module."""

from __future__ import annotations

import pytest
from lxml import etree
from translate.storage import xliff

from patient_site.translations.units import Tag
from patient_site.translations.xliff_file import (
    Match,
    XliffError,
    XliffPage,
    XliffUnit,
    read_xliff,
    skeleton_hash,
    write_xliff,
)

NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
SOURCE = ("See ", Tag("1", "link", content=("the clinics",)), " and the sources. ", Tag("2", "citation", "[@ref2015]"))
TARGET = ("Vea las fuentes ", Tag("2", "citation", "[@ref2015]"), " y ", Tag("1", "link", content=("las clínicas",)), ".")
PAGE = XliffPage(
    "care.md",
    "es",
    "docs/care.es.md",
    "sha256:" + "a" * 64,
    "docs/care.md",
    "sha256:0123456789abcdef",
    (
        XliffUnit("care", "heading", ("Care", Tag("1", "heading-id", " { #care }")), ("Atención", Tag("1", "heading-id", " { #care }")), "signed-off", location="docs/care.es.md:5"),
        XliffUnit(
            "care/1",
            "paragraph",
            SOURCE,
            TARGET,
            "needs-review-translation",
            (("glossary", "Glossary: care → atención"),),
            "docs/care.es.md:7",
            (Match("docs/other.es.md#learn/1", ("Véanse ", Tag("1", "link", content=("las clínicas",)), " ", Tag("2", "citation", "[@ref2015]"))),),
        ),
        XliffUnit("care/2", "list-item", ("nurses",), None, location="docs/care.es.md:9"),
    ),
    "Translate.",
)


@pytest.fixture
def written() -> bytes:
    return write_xliff(PAGE)


def test_translate_toolkit_reads_every_unit_with_its_source_and_target(written):
    store = xliff.xlifffile.parsestring(written)
    units = [(u.xmlelement.get("id"), u.source, u.target) for u in store.getunits()]
    assert units == [
        ("care", "Care { #care }", "Atención { #care }"),
        ("care/1", "See the clinics and the sources. [@ref2015]", "Vea las fuentes [@ref2015] y las clínicas."),
        ("care/2", "nurses", None),
    ]
    assert (store.getsourcelanguage(), store.gettargetlanguage(), store.getfilenames()) == ("en", "es", ["care.md"])


def test_links_are_g_and_other_markup_is_ph_holding_its_markdown(written):
    root = etree.fromstring(written)
    source = root.find(".//x:trans-unit[@id='care/1']/x:source", NS)
    assert etree.tostring(source, encoding="unicode", with_tail=False).split(">", 1)[1] == (
        'See <g id="1" ctype="link">the clinics</g> and the sources. <ph id="2" ctype="x-citation">[@ref2015]</ph></source>'
    )


def test_each_unit_says_its_state_and_only_a_sign_off_is_approved(written):
    root = etree.fromstring(written)
    units = list(root.iterfind(".//x:trans-unit", NS))
    states = [(u.get("approved"), u.find("x:target", NS).get("state") if u.find("x:target", NS) is not None else None) for u in units]
    assert states == [("yes", "signed-off"), (None, "needs-review-translation"), (None, None)]


def test_the_header_names_the_markdown_translation_and_the_english_by_their_hashes(written):
    header = etree.fromstring(written).find(".//x:header", NS)
    assert header.find("x:skl/x:external-file", NS).attrib == {"href": "docs/care.es.md", "uid": "sha256:" + "a" * 64}
    assert header.find("x:reference/x:external-file", NS).attrib == {"href": "docs/care.md", "uid": "sha256:0123456789abcdef"}


def test_notes_locations_and_matches_are_where_a_cat_tool_looks(written):
    store = xliff.xlifffile.parsestring(written)
    unit = store.getunits()[1]
    assert unit.getnotes("glossary") == "Glossary: care → atención"
    assert unit.getlocations() == ["docs/care.es.md:7"]
    (match,) = unit.getalttrans()
    assert (match.source, match.target, match.xmlelement.get("origin"), match.xmlelement.get("match-quality")) == (
        "See the clinics and the sources. [@ref2015]", "Véanse las clínicas [@ref2015]", "docs/other.es.md#learn/1", "100",
    )
    names = [g.get("name") for g in etree.fromstring(written).iterfind(".//x:context-group", NS)]
    assert len(names) == len(set(names)) == 3  # unique in the file, as XLIFF 1.2 requires


def test_a_written_file_reads_back_as_it_was(written):
    page = read_xliff(written, "care.es.xlf")
    assert (page.page, page.lang, page.translation_file, page.translation_hash, page.english_hash) == (
        "care.md", "es", "docs/care.es.md", "sha256:" + "a" * 64, "sha256:0123456789abcdef",
    )
    assert [(u.id, u.kind, u.target, u.state) for u in page.units] == [
        ("care", "heading", ("Atención", Tag("1", "heading-id", " { #care }")), "signed-off"),
        ("care/1", "paragraph", TARGET, "needs-review-translation"),
        ("care/2", "list-item", None, ""),
    ]
    assert page.units[1].notes == (("glossary", "Glossary: care → atención"),)


def test_a_cat_tool_s_segment_marks_are_read_through():
    marked = write_xliff(PAGE).replace(b"Vea las fuentes", b'<mrk mtype="seg" mid="1">Vea las fuentes</mrk>')
    assert read_xliff(marked, "care.es.xlf").units[1].target == TARGET


def test_an_inline_element_the_tool_never_writes_is_an_error_naming_the_unit():
    broken = write_xliff(PAGE).replace(b'<ph id="2" ctype="x-citation">[@ref2015]</ph> y', b'<bx id="9"/> y')
    with pytest.raises(XliffError) as error:
        read_xliff(broken, "care.es.xlf")
    assert str(error.value).startswith("care.es.xlf:")
    assert str(error.value).endswith("unit 'care/1': <bx> is not a placeholder of this file — keep the tags as exported (<g> and <ph>)")


def test_a_file_that_is_not_xml_is_a_problem_with_its_line():
    with pytest.raises(XliffError) as error:
        read_xliff(b"<xliff version='1.2'>\n<file>\n</xliff>", "bad.xlf")
    assert error.value.problem.path == "bad.xlf" and error.value.problem.line == 3
    assert error.value.problem.message.startswith("not an XLIFF 1.2 file (")


def test_an_xliff_file_not_made_by_export_is_refused():
    other = b'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="x" source-language="en" target-language="es" datatype="plaintext"><body/></file></xliff>'
    with pytest.raises(XliffError) as error:
        read_xliff(other, "other.xlf")
    assert str(error.value) == "other.xlf:1: the header has no <skl> naming its page — import only files made by `translate export`"


def test_the_skeleton_hash_sees_every_byte():
    assert skeleton_hash("a\n") != skeleton_hash("a \n")
    assert skeleton_hash("a\n") == "sha256:" + "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7"


def test_a_tag_whose_ctype_a_cat_tool_dropped_is_read_by_its_id_alone():
    stripped = write_xliff(PAGE).replace(b' ctype="x-citation"', b"")
    assert read_xliff(stripped, "care.es.xlf").units[1].target[1] == Tag("2", "", "[@ref2015]")
