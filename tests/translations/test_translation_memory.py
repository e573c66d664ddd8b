"""How the site already translates an English block: identical English,
other units, each translation once."""

from __future__ import annotations

from patient_site.content.blocks import PARAGRAPH, Block
from patient_site.translations.translation_memory import Memory, TranslationMemory
from patient_site.translations.units import Unit


def unit(ident: str, english: str, target: str | None) -> Unit:
    block = Block(PARAGRAPH, "s", ident.rsplit("/", 1)[-1], 1, 0, len(english), (english,))
    return Unit(ident, PARAGRAPH, (english,), (target,) if target is not None else None, english=block)


def test_an_identical_english_block_translated_elsewhere_is_a_match():
    memory = TranslationMemory()
    memory.add("docs/a.es.md", [unit("s/1", "Learn more.", "Más información.")])
    assert memory.matches("docs/b.es.md", unit("s/2", "Learn more.", None)) == [Memory("docs/a.es.md#s/1", ("Más información.",))]


def test_a_unit_is_not_its_own_match_nor_is_the_translation_it_already_has():
    memory = TranslationMemory()
    memory.add("docs/a.es.md", [unit("s/1", "Learn more.", "Más información."), unit("s/2", "Learn more.", "Más información.")])
    memory.add("docs/b.es.md", [unit("s/1", "Learn more.", "Para saber más.")])
    assert memory.matches("docs/a.es.md", unit("s/1", "Learn more.", "Más información.")) == [
        Memory("docs/b.es.md#s/1", ("Para saber más.",))
    ]


def test_each_translation_is_offered_once_and_other_english_never():
    memory = TranslationMemory()
    memory.add("docs/a.es.md", [unit("s/1", "Learn more.", "Más información."), unit("s/2", "Learn more here.", "Aquí.")])
    memory.add("docs/b.es.md", [unit("s/1", "Learn more.", "Más información.")])
    assert memory.matches("docs/c.es.md", unit("s/1", "Learn more.", None)) == [Memory("docs/a.es.md#s/1", ("Más información.",))]


def test_untranslated_units_are_not_remembered():
    memory = TranslationMemory()
    memory.add("docs/a.es.md", [unit("s/1", "Learn more.", None)])
    assert memory.matches("docs/b.es.md", unit("s/1", "Learn more.", None)) == []
