"""A medical reviewer's sheet, before any PDF: English and translation side
by side per section, glossary terms marked in both and listed, what changed
in the English, and the sign-off block (the HTML is inspected)."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
import tinyhtml5

from patient_site.handouts.documents import HandoutSource, PrintSettings
from patient_site.handouts.review_sheet import ReviewFacts, mark_terms, render_review_sheet
from patient_site.translations.english_changes import ADDED, REMOVED, SAME, Piece
from patient_site.translations.glossary import Entry, LanguageGlossary
from patient_site.translations.inventory import SignOff

SITE = "https://palliative-care.example.org/"
SETTINGS = PrintSettings("letter", {"zh": "zh-Hans"}, {"es": "Español", "ar": "العربية", "zh": "简体中文"})
GLOSSARY = LanguageGlossary("es", "translations/glossary/es.yml", (
    Entry("palliative care", ("cuidados paliativos",), "CAPC", "the field's usual name"),
    Entry("care plan", ("plan de atención", "plan de cuidados")),
))
ENGLISH = (
    '<h1 id="care">Palliative care</h1><p>Palliative care helps.</p>'
    '<h2 id="plan">Your plan</h2><p>We make a care plan with <a href="../team/">your team</a>.</p>'
)
SPANISH = (
    '<h1 id="care">Cuidados paliativos</h1><p>Los cuidados paliativos ayudan.</p>'
    '<h2 id="plan">Su plan</h2><p>Hacemos un plan con <a href="../team/">su equipo</a>.</p>'
)


def source(lang: str, body: str) -> HandoutSource:
    url = ("" if lang == "en" else f"{lang}/") + "services/hospital/"
    title = body.split(">", 1)[1].split("<", 1)[0]
    return HandoutSource("services/hospital.md", lang, lang, title, body, url, "Palliative care", SITE)


def sheet(facts: ReviewFacts | None = None, spanish: str = SPANISH) -> ET.Element:
    facts = facts or ReviewFacts("docs/services/hospital.md", "docs/services/hospital.es.md", "draft")
    html = render_review_sheet(source("en", ENGLISH), source("es", spanish), facts, GLOSSARY, SETTINGS, "Mayo Clinic")
    return tinyhtml5.parse(html, namespace_html_elements=False)


def text_of(element: ET.Element) -> str:
    return " ".join(" ".join(element.itertext()).split())


def rows(page: ET.Element) -> list[ET.Element]:
    return [tr for tr in page.iter("tr") if tr.get("class") == "section"]


# -- marking terms -----------------------------------------------------------------------------


def test_a_term_is_marked_with_its_number_in_text_only():
    html = '<p title="palliative care">Palliative care <a href="/palliative-care/">palliative care</a></p>'
    assert mark_terms(html, [("palliative care", 1)], "en") == (
        '<p title="palliative care"><mark class="term" data-term="1">Palliative care<sup class="term-no">1</sup></mark> '
        '<a href="/palliative-care/"><mark class="term" data-term="1">palliative care<sup class="term-no">1</sup></mark></a></p>'
    )


def test_overlapping_terms_are_marked_once():
    marked = mark_terms("<p>a care plan</p>", [("care plan", 1), ("plan", 2)], "en")
    assert marked.count("<mark") == 1 and 'data-term="1"' in marked


def test_a_text_without_the_terms_is_left_as_it_is():
    assert mark_terms("<p>Hospice.</p>", [("palliative care", 1)], "en") == "<p>Hospice.</p>"


# -- side by side ---------------------------------------------------------------------------------


def test_each_section_is_a_row_english_then_the_translation_then_notes():
    def heading(td: ET.Element) -> str:
        found = next((h for h in td.iter() if h.tag in ("h1", "h2")), None)
        return found.get("id") if found is not None else ""

    found = [[(td.get("lang"), heading(td), td.get("class")) for td in tr.findall("td")] for tr in rows(sheet())]
    assert found == [
        [("en", "en--care", None), ("es", "care", None), (None, "", "notes")],
        [("en", "en--plan", None), ("es", "plan", None), (None, "", "notes")],
    ]


@pytest.mark.parametrize(("lang", "tag", "direction"), [("ar", "ar", "rtl"), ("zh", "zh-Hans", "ltr")])
def test_the_translation_column_has_its_language_and_direction(lang, tag, direction):
    html = render_review_sheet(source("en", ENGLISH), source(lang, SPANISH), ReviewFacts("e", "t", "draft"), None, SETTINGS, "Mayo Clinic")
    translation = rows(tinyhtml5.parse(html, namespace_html_elements=False))[0].findall("td")[1]
    assert (translation.get("lang"), translation.get("dir")) == (tag, direction)


def test_glossary_terms_are_marked_in_both_columns_with_the_same_number():
    first = rows(sheet())[0]
    marks = [(td.get("lang"), mark.get("data-term")) for td in first.findall("td") for mark in td.iter("mark")]
    assert marks == [("en", "1"), ("en", "1"), ("es", "1"), ("es", "1")]


def test_a_term_the_translation_lacks_is_flagged_under_its_section():
    terms = [text_of(tr) for tr in sheet().iter("tr") if tr.get("class") == "terms"]
    assert terms[1] == "2 care plan → plan de atención / plan de cuidados — not found in this section of the translation"
    assert "not found" not in terms[0]


def test_the_glossary_at_the_end_gives_each_terms_reason_and_source_once():
    table = sheet().find(".//div[@class='glossary']//tbody")
    assert [text_of(tr) for tr in table.findall("tr")] == [
        "1 palliative care cuidados paliativos the field's usual name Source: CAPC",
        "2 care plan plan de atención / plan de cuidados Source: proposed — reviewer to confirm",
    ]


def test_links_on_the_sheet_lead_to_the_site():
    hrefs = [a.get("href") for tr in rows(sheet()) for a in tr.iter("a")]
    assert hrefs == [f"{SITE}services/team/", f"{SITE}es/services/team/"]


# -- the review's facts ---------------------------------------------------------------------------


def facts(**fields) -> ReviewFacts:
    return ReviewFacts("docs/services/hospital.md", "docs/services/hospital.es.md", **{"state": "draft", **fields})


def changes_text(page: ET.Element) -> str:
    return text_of(page.find(".//div[@class='changes']"))


def test_no_change_in_the_english_is_said_plainly():
    assert changes_text(sheet(facts())) == "The English page has not changed since this translation was made."


def test_changes_since_the_sign_off_are_shown_removed_and_added():
    passages = [[Piece(SAME, "We help with"), Piece(REMOVED, "pain"), Piece(ADDED, "pain, nausea"), Piece(SAME, "and more.")]]
    page = sheet(facts(changes_since="sign-off", changes=passages))
    block = page.find(".//div[@class='changes']")
    assert text_of(block).startswith("What changed in the English since it was last signed off")
    assert [text_of(e) for e in block.iter("del")][-1] == "pain" and [text_of(e) for e in block.iter("ins")][-1] == "pain, nausea"


def test_an_earlier_english_not_in_the_history_asks_for_a_whole_comparison():
    text = changes_text(sheet(facts(state="outdated", changes=None))).replace(" ,", ",")
    assert text.startswith("The English page has changed since this translation was made, but that earlier version is not in the project's history")


def test_the_status_names_the_reviewer_of_a_reviewed_page():
    sign_off = SignOff("Ana Ruiz, MD", "palliative care physician", dt.date(2026, 11, 30), "e", "t")
    status = text_of(sheet(facts(state="reviewed", sign_off=sign_off, signed_off_holds=True)).findall(".//table[@class='facts']//td")[-1])
    assert status == "Reviewed by Ana Ruiz, MD (palliative care physician) on 2026-11-30"


def test_a_page_edited_after_its_sign_off_is_a_draft_again():
    sign_off = SignOff("Ana Ruiz, MD", "", dt.date(2026, 11, 30), "e", "t")
    status = text_of(sheet(facts(sign_off=sign_off)).findall(".//table[@class='facts']//td")[-1])
    assert status == "Draft: not yet signed off by a medical reviewer (signed off by Ana Ruiz, MD on 2026-11-30, then edited)"


def test_the_sign_off_block_gives_the_command_that_records_it():
    block = text_of(sheet().find(".//div[@class='sign-off']"))
    assert "Reviewer (name):" in block and "Signature:" in block
    assert 'translate sign-off es services/hospital.md --reviewer "NAME" --role "ROLE"' in block
