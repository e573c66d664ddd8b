"""What changed in the English since a translation was signed off, in the
words a reader sees, with a little context around each change."""

from __future__ import annotations

from patient_site.translations.english_changes import ADDED, REMOVED, SAME, Piece, english_changes

OLD = """\
# Hospital care { #hospital-care }

Our team visits you in the hospital. We help with pain and other symptoms.

- Doctors
- Nurses
"""


def test_the_same_prose_has_no_changes():
    assert english_changes(OLD, OLD) == []


def test_markdown_that_readers_do_not_see_is_not_a_change():
    moved_id = OLD.replace("{ #hospital-care }", "{ #care-in-hospital }").replace("- Doctors", "* Doctors")
    assert english_changes(OLD, moved_id) == []


def test_a_changed_word_is_shown_as_removed_and_added_with_context():
    new = OLD.replace("pain and other symptoms", "pain, nausea and other symptoms")
    assert english_changes(OLD, new, context=3) == [
        [Piece(SAME, "We help with"), Piece(REMOVED, "pain"), Piece(ADDED, "pain, nausea"), Piece(SAME, "and other symptoms.")]
    ]


def test_an_added_list_item_is_an_addition():
    new = OLD + "- Chaplains\n"
    assert english_changes(OLD, new, context=2) == [[Piece(SAME, "Doctors Nurses"), Piece(ADDED, "Chaplains")]]


def test_changes_far_apart_are_separate_passages():
    new = OLD.replace("Our team", "The team").replace("- Nurses", "- Nurse practitioners")
    passages = english_changes(OLD, new, context=2)
    assert len(passages) == 2
    assert [[p.kind for p in passage] for passage in passages] == [[SAME, REMOVED, ADDED, SAME], [SAME, REMOVED, ADDED]]
    assert passages[1][1:] == [Piece(REMOVED, "Nurses"), Piece(ADDED, "Nurse practitioners")]
