"""Translation units in an XLIFF 1.2 file, what every CAT tool reads, and back.

Written and read with translate-toolkit (`translate.storage.xliff`, over
lxml); no XML is written by hand. One file per page:

    <file original="services/hospital.md" source-language="en"
          target-language="es" datatype="x-markdown" tool-id="patient-site">
      <header>
        <skl><external-file href="docs/services/hospital.es.md" uid="sha256:…"/></skl>
        <reference><external-file href="docs/services/hospital.md" uid="sha256:…"/></reference>
        <tool tool-id="patient-site" tool-name="translate"/>
        <note>…</note>
      </header>
      <body>
        <trans-unit id="ask-at-any-time/1" resname="ask-at-any-time/1" restype="x-paragraph">
          <source>Read <g id="1" ctype="link">the page</g> <ph id="2" ctype="x-citation">[@key]</ph></source>
          <target state="translated">Lea <g id="1" ctype="link">la página</g> <ph id="2" ctype="x-citation">[@key]</ph></target>
          <note from="glossary">…</note>
          <context-group purpose="location">…</context-group>
          <alt-trans match-quality="100" origin="…">…</alt-trans>
        </trans-unit>

The skeleton (`<skl>`) is the Markdown translation the units go back into,
named with the exact hash of its text when exported; the reference is the
English page, with the content hash of the text translated. Markup around
text is `<g>` (links: ctype `link`, emphasis: `bold`, `italic`); every other
markup is `<ph>` holding the Markdown it stands for (ctype `image`, `lb`, or
`x-citation`, `x-code`, `x-html`, `x-directive`, `x-heading-id`,
`x-autolink`), so a CAT tool shows it as a tag and keeps it whole.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from lxml import etree
from translate.storage import xliff
from translate.storage.placeables import StringElem
from translate.storage.placeables import xliff as inline
from translate.storage.placeables.lisa import strelem_to_xml

from patient_site.problems import Problem
from patient_site.translations.units import Segment, Tag

XLIFF_12 = "urn:oasis:names:tc:xliff:document:1.2"
TOOL_ID = "patient-site"
DATATYPE = "x-markdown"
GLOSSARY_NOTE = "glossary"
ENGLISH_BEFORE_NOTE = "english-before"
OUR_NOTES = (GLOSSARY_NOTE, ENGLISH_BEFORE_NOTE)
TRANSLATED, NEEDS_REVIEW, SIGNED_OFF = "translated", "needs-review-translation", "signed-off"
_PAIR_CTYPES = {"link": "link", "strong": "bold", "emphasis": "italic"}
_CODE_CTYPES = {"image": "image", "break": "lb"}


def ctype(kind: str, paired: bool) -> str:
    if paired:
        return _PAIR_CTYPES.get(kind, f"x-{kind}")
    return _CODE_CTYPES.get(kind, f"x-{kind}")


def kind_of(ctype_value: str, paired: bool) -> str:
    """The markup kind an XLIFF ctype stands for ('' for one we never write)."""
    table = _PAIR_CTYPES if paired else _CODE_CTYPES
    for kind, written in table.items():
        if written == ctype_value:
            return kind
    return ctype_value[2:] if ctype_value.startswith("x-") else ""


# A tag read without a ctype (some CAT tools drop it) has kind '': its id says what it is.


@dataclass(frozen=True)
class Match:
    """A translation-memory match: how another page translated the same English."""

    origin: str
    target: tuple[Segment, ...]


@dataclass(frozen=True)
class XliffUnit:
    id: str
    kind: str
    source: tuple[Segment, ...]
    target: tuple[Segment, ...] | None
    state: str = ""  # an XLIFF 1.2 target state
    notes: tuple[tuple[str, str], ...] = ()  # (from, text)
    location: str = ""  # file:line of the text in the translation
    matches: tuple[Match, ...] = ()
    line: int = 0  # read from a file: the unit's line in it


@dataclass(frozen=True)
class XliffPage:
    page: str  # the English page, relative to docs/
    lang: str
    translation_file: str  # "docs/services/hospital.es.md"
    translation_hash: str  # sha256 of that file's text as exported
    english_file: str
    english_hash: str  # the English page's content hash (inventory.source_hash)
    units: tuple[XliffUnit, ...]
    note: str = ""


def skeleton_hash(text: str) -> str:
    """The exact hash of a Markdown translation's text (any change counts:
    the units go back at its offsets)."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


class XliffError(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


class _Unit12(xliff.xliffunit):
    namespace = XLIFF_12


class _File12(xliff.xlifffile):
    UnitClass = _Unit12
    namespace = XLIFF_12


# -- writing ----------------------------------------------------------------------------------


def _rich(segments: tuple[Segment, ...]) -> StringElem:
    parts: list[object] = []
    for segment in segments:
        if isinstance(segment, str):
            parts.append(segment)
        elif segment.content is not None:
            parts.append(inline.G(sub=[_rich(segment.content)], id=segment.id, xml_attrib={"ctype": ctype(segment.kind, True)}))
        else:
            parts.append(inline.Ph(sub=[segment.markdown], id=segment.id, xml_attrib={"ctype": ctype(segment.kind, False)}))
    return StringElem(parts)


def _empty_store(page: XliffPage) -> _File12:
    name = etree.QName
    root = etree.Element(name(XLIFF_12, "xliff"), nsmap={None: XLIFF_12}, version="1.2")
    file_node = etree.SubElement(
        root,
        name(XLIFF_12, "file"),
        {
            "original": page.page,
            "source-language": "en",
            "target-language": page.lang,
            "datatype": DATATYPE,
            "tool-id": TOOL_ID,
        },
    )
    header = etree.SubElement(file_node, name(XLIFF_12, "header"))
    skeleton = etree.SubElement(header, name(XLIFF_12, "skl"))
    etree.SubElement(skeleton, name(XLIFF_12, "external-file"), href=page.translation_file, uid=page.translation_hash)
    reference = etree.SubElement(header, name(XLIFF_12, "reference"))
    etree.SubElement(reference, name(XLIFF_12, "external-file"), href=page.english_file, uid=page.english_hash)
    etree.SubElement(header, name(XLIFF_12, "tool"), {"tool-id": TOOL_ID, "tool-name": "translate"})
    if page.note:
        etree.SubElement(header, name(XLIFF_12, "note")).text = page.note
    etree.SubElement(file_node, name(XLIFF_12, "body"))
    return _File12.parsestring(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


def write_xliff(page: XliffPage) -> bytes:
    """The XLIFF 1.2 file of one page's units."""
    store = _empty_store(page)
    for exported in page.units:
        unit = store.UnitClass("")
        unit.setid(exported.id)
        unit.xmlelement.set("resname", exported.id)
        unit.xmlelement.set("restype", f"x-{exported.kind}")
        unit.rich_source = [_rich(exported.source)]
        if exported.target is not None:
            unit.rich_target = [_rich(exported.target)]
            if exported.state:
                unit.set_state_n(unit.statemap[exported.state])
                # translate-toolkit marks every translated unit approved; in
                # XLIFF that means it passed its final review: only a sign-off.
                if exported.state != SIGNED_OFF:
                    unit.xmlelement.attrib.pop("approved", None)
        store.addunit(unit)
        for origin, text in exported.notes:
            unit.addnote(text, origin=origin)
        if exported.location:
            # (A named group: XLIFF 1.2 wants context-group names unique in a file.)
            path, _, line = exported.location.rpartition(":")
            unit.createcontextgroup(f"location {exported.id}", [("sourcefile", path), ("linenumber", line)], purpose="location")
        for match in exported.matches:
            _add_match(unit, exported, match, page.lang)
    return bytes(store)


def _add_match(unit: _Unit12, exported: XliffUnit, match: Match, lang: str) -> None:
    """An <alt-trans> with the match's source and target, placeholders and all."""
    unit.addalttrans("-", origin=match.origin, lang=lang, sourcetxt="-", matchquality="100")
    alternative = list(unit.xmlelement.iterchildren(unit.namespaced("alt-trans")))[-1]
    for child, segments in zip(alternative, (exported.source, match.target), strict=True):
        child.text = None
        strelem_to_xml(child, _rich(segments))


# -- reading ----------------------------------------------------------------------------------


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _segments(elem: object, unit_id: str, display: str, line: int) -> tuple[Segment, ...]:
    """A rich target as segments; an inline element the tool never writes is
    an error naming the unit."""
    out: list[Segment] = []
    for part in getattr(elem, "sub", [elem]):
        if isinstance(part, str):
            out.append(part)
        elif isinstance(part, inline.G):
            attributes = getattr(part, "xml_attrib", {}) or {}
            kind = (kind_of(str(attributes["ctype"]), True) or "?") if "ctype" in attributes else ""
            out.append(Tag(str(part.id), kind, content=_segments(part, unit_id, display, line)))
        elif isinstance(part, inline.UnknownXML) and _local(part.xml_node.tag) == "ph":
            ctype_value = part.xml_node.get("ctype")
            kind = (kind_of(str(ctype_value), False) or "?") if ctype_value is not None else ""
            out.append(Tag(str(part.id), kind, markdown=str(part)))
        elif isinstance(part, inline.UnknownXML) and _local(part.xml_node.tag) == "mrk":
            out.extend(_segments(part, unit_id, display, line))  # a CAT tool's segment marks
        elif type(part) is StringElem:
            out.extend(_segments(part, unit_id, display, line))
        else:
            name = _local(part.xml_node.tag) if isinstance(part, inline.UnknownXML) else type(part).__name__.lower()
            raise XliffError(
                Problem(display, line, f"unit '{unit_id}': <{name}> is not a placeholder of this file — keep the tags as exported (<g> and <ph>)")
            )
    return _joined(out)


def _joined(segments: list[Segment]) -> tuple[Segment, ...]:
    out: list[Segment] = []
    for segment in segments:
        if isinstance(segment, str) and out and isinstance(out[-1], str):
            out[-1] += segment
        elif segment != "":
            out.append(segment)
    return tuple(out)


def _header_file(file_node: etree._Element, parent: str, display: str) -> tuple[str, str]:
    found = file_node.find(f"{{*}}header/{{*}}{parent}/{{*}}external-file")
    if found is None or not found.get("href") or not found.get("uid"):
        raise XliffError(
            Problem(display, file_node.sourceline or 1, f"the header has no <{parent}> naming its page — import only files made by `translate export`")
        )
    return str(found.get("href")), str(found.get("uid"))


def read_xliff(data: bytes, display: str) -> XliffPage:
    """The page and units of an XLIFF file made by `write_xliff` (and
    edited by a CAT tool); XliffError for a file that is not one."""
    try:
        store = xliff.xlifffile.parsestring(data)
    except (etree.XMLSyntaxError, ValueError) as error:
        line = getattr(error, "lineno", 1) or 1
        raise XliffError(Problem(display, line, f"not an XLIFF 1.2 file ({error}) — import the file as the CAT tool saved it")) from None
    files = list(store.document.getroot().iterchildren(store.namespaced("file")))
    if len(files) != 1 or not files[0].get("original") or not files[0].get("target-language"):
        raise XliffError(Problem(display, 1, "expected one <file> with 'original' and 'target-language' — import only files made by `translate export`"))
    file_node = files[0]
    translation_file, translation_hash = _header_file(file_node, "skl", display)
    english_file, english_hash = _header_file(file_node, "reference", display)
    units = []
    for unit in store.getunits():
        line = unit.xmlelement.sourceline or 1
        ident = str(unit.xmlelement.get("id", ""))
        target_node = unit.xmlelement.find(unit.namespaced("target"))
        target = None
        if target_node is not None:
            target = _segments(unit.rich_target[0], ident, display, line) if unit.rich_target else ()
        notes = tuple(
            (str(note.get("from", "")), note.text or "")
            for note in unit.xmlelement.iterchildren(unit.namespaced("note"))
        )
        state = str(target_node.get("state", "")) if target_node is not None else ""
        units.append(XliffUnit(ident, str(unit.xmlelement.get("restype", ""))[2:], (), target, state, notes, line=line))
    return XliffPage(
        str(file_node.get("original")),
        str(file_node.get("target-language")),
        translation_file,
        translation_hash,
        english_file,
        english_hash,
        tuple(units),
    )
