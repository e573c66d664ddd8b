"""What a reader is told about a page before trusting it: translation
notices in the reader's language with a link to the English page (or, for a
reviewed translation, when it was reviewed), and the medical review line
(last review, next review due, or overdue)."""

from __future__ import annotations

import datetime as dt

import pytest

from patient_site.pages.status import DEFAULT_REVIEW_CYCLE_YEARS, Notice, ReaderStatus, reader_status, review_due_date
from patient_site.translations.interface_text import InterfaceText
from patient_site.translations.inventory import SignOff, TranslationState
from tests.support.project import interface_text

# Tiny interface text, so every expected string can be read off here.
TEXT = InterfaceText(
    {
        "en": {
            "translation_missing": "Not in your language yet.",
            "translation_outdated": "The English page changed.",
            "translation_draft": "Not reviewed yet.",
            "translation_reviewed": "Reviewed by a professional on {date}.",
            "english_page_link": "English page",
            "last_reviewed": "Reviewed {date}.",
            "review_due": "Every {years} years; next review {date}.",
            "review_overdue": "Every {years} years; the review was due {date}.",
        },
        "es": {
            "translation_missing": "Aún no está en su idioma.",
            "translation_outdated": "La página en inglés cambió.",
            "translation_draft": "Aún sin revisar.",
            "translation_reviewed": "Revisada por un profesional el {date}.",
            "english_page_link": "Página en inglés",
            "last_reviewed": "Revisado el {date}.",
            "review_due": "Cada {years} años; próxima revisión el {date}.",
            "review_overdue": "Cada {years} años; la revisión correspondía el {date}.",
        },
    }
)
TODAY = dt.date(2019, 1, 1)
ENGLISH_URL = "services/hospital/"
SIGNED = SignOff("Dr. Ruiz", "palliative care physician", dt.date(2018, 11, 30), "sha256:e", "sha256:t")


def translation(state: str = "draft", review: str = "draft", sign_off: SignOff | None = None) -> TranslationState:
    """The inventory's state of the page's Spanish translation."""
    return TranslationState("services/hospital.md", "es", state, "services/hospital.es.md", review, sign_off)


def status(meta=None, text_lang="es", reader_lang="es", today=TODAY, **options) -> ReaderStatus:
    return reader_status(
        meta=meta or {},
        text_lang=text_lang,
        reader_lang=reader_lang,
        today=today,
        text=TEXT,
        english_url=ENGLISH_URL,
        **options,
    )


# -- notices ---------------------------------------------------------------


def test_the_english_page_has_no_notice():
    assert status({"last_reviewed": "2017-08-15"}, text_lang="en", reader_lang="en").notices == ()


def test_a_draft_translation_says_so_in_the_readers_language_with_the_english_link():
    assert status(translation=translation()).notices == (
        Notice("draft", "Aún sin revisar.", "Página en inglés", ENGLISH_URL),
    )


def test_a_reviewed_translation_says_when_it_was_reviewed_in_the_readers_language():
    assert status(translation=translation("reviewed", "reviewed", SIGNED)).notices == (
        Notice("reviewed", "Revisada por un profesional el 30 de noviembre de 2018."),
    )


def test_a_translation_edited_after_its_sign_off_is_a_draft_again():
    # The front matter still says "reviewed"; the inventory found the text changed.
    result = status({"translation": "reviewed"}, translation=translation("draft", "draft", SIGNED))
    assert [n.kind for n in result.notices] == ["draft"]


def test_the_front_matter_alone_does_not_make_a_translation_reviewed():
    assert [n.kind for n in status({"translation": "reviewed"}, translation=translation()).notices] == ["draft"]


def test_a_translation_without_a_status_field_is_a_draft():
    assert [n.kind for n in status({}, translation=translation()).notices] == ["draft"]


def test_an_outdated_reviewed_translation_says_only_that_the_english_page_changed():
    assert status(translation=translation("outdated", "reviewed", SIGNED)).notices == (
        Notice("outdated", "La página en inglés cambió.", "Página en inglés", ENGLISH_URL),
    )


def test_an_outdated_draft_gets_both_notices_outdated_first():
    assert [n.kind for n in status(translation=translation("outdated", "draft")).notices] == ["outdated", "draft"]


def test_a_fallback_page_says_only_that_the_text_is_the_english_original():
    # The English text shown in the Spanish section: the draft and outdated
    # states of a translation the reader does not see do not apply.
    result = status(text_lang="en", reader_lang="es", translation=translation("untranslated", ""))
    assert result.notices == (Notice("fallback", "Aún no está en su idioma.", "Página en inglés", ENGLISH_URL),)


def test_the_notices_use_the_projects_own_words_in_the_readers_language():
    result = reader_status(
        meta={"translation": "draft"}, text_lang="es", reader_lang="es", today=TODAY, text=interface_text(),
        english_url=ENGLISH_URL, translation=translation(),
    )
    spanish = interface_text().messages("es")
    assert result.notices == (Notice("draft", spanish["translation_draft"], spanish["english_page_link"], ENGLISH_URL),)


@pytest.mark.parametrize(
    ("lang", "wording"),
    [
        ("en", "A medical professional reviewed this translation on Nov. 30, 2018."),
        ("es", "Un profesional médico revisó esta traducción el 30 de noviembre de 2018."),
        ("ar", "راجع أخصائي طبي هذه الترجمة بتاريخ 30 نوفمبر 2018."),
        ("zh", "本译文已于2018年11月30日经医学专业人员审核。"),
    ],
)
def test_the_reviewed_notice_is_in_each_readers_language_with_the_date_as_they_write_it(lang, wording):
    result = reader_status(
        meta={}, text_lang=lang, reader_lang=lang, today=TODAY, text=interface_text(),
        translation=TranslationState("index.md", lang, "reviewed", f"index.{lang}.md", "reviewed", SIGNED),
    )
    assert result.notices == (Notice("reviewed", wording),)


# -- the reader's language and the text's -------------------------------------


def test_a_page_in_the_readers_language_is_not_a_fallback():
    assert not ReaderStatus(text_lang="ar", reader_lang="ar").is_fallback


def test_english_text_in_another_section_is_a_fallback():
    assert ReaderStatus(text_lang="en", reader_lang="ar").is_fallback


def test_arabic_text_runs_right_to_left():
    assert ReaderStatus(text_lang="ar", reader_lang="ar").text_dir == "rtl"


def test_english_text_in_the_arabic_section_runs_left_to_right():
    assert ReaderStatus(text_lang="en", reader_lang="ar").text_dir == "ltr"


# -- the review line ---------------------------------------------------------


def test_the_review_line_gives_the_last_review_and_when_the_next_is_due():
    result = status({"last_reviewed": dt.date(2017, 8, 15)}, text_lang="en", reader_lang="en")
    assert result.last_reviewed == "Reviewed Aug. 15, 2017."
    assert result.review_due == "Every 3 years; next review Aug. 15, 2020."
    assert (result.reviewed_on, result.due_on, result.review_overdue) == (dt.date(2017, 8, 15), dt.date(2020, 8, 15), False)


def test_a_review_date_written_as_text_is_read_as_a_date():
    result = status({"last_reviewed": "2017-08-15"}, text_lang="en", reader_lang="en")
    assert result.reviewed_on == dt.date(2017, 8, 15)


def test_the_review_dates_are_written_as_the_reader_writes_dates():
    result = status({"last_reviewed": "2017-08-15"})
    assert result.last_reviewed == "Revisado el 15 de agosto de 2017."
    assert result.review_due == "Cada 3 años; próxima revisión el 15 de agosto de 2020."


def test_a_fallback_page_gives_its_review_line_in_the_readers_language():
    result = status({"last_reviewed": "2017-08-15"}, text_lang="en", reader_lang="es")
    assert result.last_reviewed == "Revisado el 15 de agosto de 2017."


def test_on_the_due_date_the_review_is_not_yet_overdue():
    result = status({"last_reviewed": "2017-08-15"}, text_lang="en", reader_lang="en", today=dt.date(2020, 8, 15))
    assert not result.review_overdue
    assert result.review_due == "Every 3 years; next review Aug. 15, 2020."


def test_the_day_after_the_due_date_the_reader_is_told_the_review_is_overdue():
    result = status({"last_reviewed": "2017-08-15"}, text_lang="en", reader_lang="en", today=dt.date(2020, 8, 16))
    assert result.review_overdue
    assert result.review_due == "Every 3 years; the review was due Aug. 15, 2020."


def test_the_overdue_message_uses_the_projects_own_words():
    result = reader_status(
        meta={"last_reviewed": "2017-08-15"}, text_lang="es", reader_lang="es", today=dt.date(2024, 1, 1),
        text=interface_text(),
    )
    # The wording is the translators' (translations/ui/es.yml); the date and cycle are filled in.
    template = interface_text().messages("es")["review_overdue"]
    assert result.review_due == template.format(date="15 de agosto de 2020", years=3)
    assert "15 de agosto de 2020" in result.review_due


def test_a_shorter_review_cycle_moves_the_due_date_and_is_named_in_the_message():
    result = status({"last_reviewed": "2017-08-15"}, text_lang="en", reader_lang="en", review_cycle_years=2)
    assert result.due_on == dt.date(2019, 8, 15)
    assert result.review_due == "Every 2 years; next review Aug. 15, 2019."


def test_a_page_without_a_review_date_has_no_review_line_but_keeps_its_notices():
    result = status({"translation": "draft"}, translation=translation())
    assert (result.last_reviewed, result.review_due, result.reviewed_on, result.due_on) == ("", "", None, None)
    assert not result.review_overdue
    assert [n.kind for n in result.notices] == ["draft"]


# -- review_due_date --------------------------------------------------------------


def test_the_default_cycle_is_three_years():
    assert DEFAULT_REVIEW_CYCLE_YEARS == 3
    assert review_due_date(dt.date(2017, 8, 15)) == dt.date(2020, 8, 15)


@pytest.mark.parametrize(("years", "due"), [(1, dt.date(2018, 8, 15)), (5, dt.date(2022, 8, 15))])
def test_the_due_date_is_the_same_day_years_later(years, due):
    assert review_due_date(dt.date(2017, 8, 15), years) == due


def test_a_review_on_29_february_is_due_on_28_february_of_a_common_year():
    assert review_due_date(dt.date(2016, 2, 29)) == dt.date(2019, 2, 28)


def test_a_review_on_29_february_is_due_on_29_february_of_a_leap_year():
    assert review_due_date(dt.date(2016, 2, 29), 4) == dt.date(2020, 2, 29)
