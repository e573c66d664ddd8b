"""The site's languages as mkdocs.yml configures them, and which file is
which language's page."""

from __future__ import annotations

import pytest

from patient_site.translations.languages import (
    language_prefix,
    orphaned_translations,
    plugin_options,
    read_site_languages,
    site_languages_from,
    split_language,
    text_direction,
    translation_path,
)

ENTRIES = [
    {"locale": "en", "name": "English", "default": True},
    {"locale": "es", "name": "Español", "site_name": "Cuidados paliativos"},
    {"locale": "ar", "name": "العربية", "build": False},
    {"locale": "zh"},
]


def test_the_default_language_and_the_translations_in_their_order():
    languages = site_languages_from(ENTRIES)
    assert languages.default == "en"
    assert languages.others == ("es", "ar", "zh")
    assert languages.all == ("en", "es", "ar", "zh")


def test_the_default_need_not_come_first():
    languages = site_languages_from([{"locale": "es"}, {"locale": "en", "default": True}])
    assert (languages.default, languages.others, languages.built) == ("en", ("es",), ("en", "es"))


def test_a_language_with_build_false_is_a_translation_but_not_built():
    languages = site_languages_from(ENTRIES)
    assert languages.built == ("en", "es", "zh")
    assert languages.built_translations == ("es", "zh")
    assert "ar" in languages.others


def test_build_only_locale_builds_that_language_alone():
    languages = site_languages_from(ENTRIES, build_only_locale="es")
    assert languages.built == ("es",)
    assert languages.built_translations == ("es",)
    assert languages.others == ("es", "ar", "zh")


def test_names_fall_back_to_the_locale_and_site_names_to_empty():
    languages = site_languages_from(ENTRIES)
    assert languages.names == {"en": "English", "es": "Español", "ar": "العربية", "zh": "zh"}
    assert languages.site_names == {"en": "", "es": "Cuidados paliativos", "ar": "", "zh": ""}


MKDOCS_YML = """\
site_name: Test
site_url: !ENV [SITE_URL, "https://example.org/"]
plugins:
  - search
  - i18n:
      docs_structure: suffix
{build_only}      languages:
        - {{locale: en, name: English, default: true}}
        - {{locale: es, name: Español}}
        - {{locale: ar, name: العربية, build: false}}
"""


def test_languages_are_read_from_mkdocs_yml_without_mkdocs(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text(MKDOCS_YML.format(build_only=""), encoding="utf-8")
    languages = read_site_languages(config)
    assert (languages.default, languages.others, languages.built) == ("en", ("es", "ar"), ("en", "es"))
    assert languages.names["ar"] == "العربية"


def test_build_only_locale_is_read_from_mkdocs_yml(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text(MKDOCS_YML.format(build_only="      build_only_locale: es\n"), encoding="utf-8")
    assert read_site_languages(config).built == ("es",)


def test_a_mkdocs_yml_without_i18n_languages_is_refused(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: Test\nplugins:\n  - search\n", encoding="utf-8")
    with pytest.raises(ValueError) as error:
        read_site_languages(config)
    assert str(error.value) == f"{config}: no i18n plugin with languages"


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ({"plugins": ["search", {"patient-site": {"glossary": "g"}}]}, {"glossary": "g"}),
        ({"plugins": ["search", "patient-site"]}, {}),
        ({"plugins": [{"patient-site": None}]}, {}),
        ({"plugins": ["search"]}, None),
        ({}, None),
    ],
)
def test_plugin_options_are_found_in_each_form(config, expected):
    assert plugin_options(config, "patient-site") == expected


def test_the_default_language_is_at_the_site_root_and_others_under_their_code():
    assert language_prefix("en", "en") == ""
    assert language_prefix("es", "en") == "es/"
    languages = site_languages_from(ENTRIES)
    assert (languages.prefix("en"), languages.prefix("zh")) == ("", "zh/")


@pytest.mark.parametrize(
    ("lang", "direction"), [("ar", "rtl"), ("he", "rtl"), ("ar-EG", "rtl"), ("en", "ltr"), ("es", "ltr"), ("zh", "ltr")]
)
def test_text_direction(lang, direction):
    assert text_direction(lang) == direction


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("services/hospital.es.md", ("services/hospital.md", "es")),
        ("index.ar.md", ("index.md", "ar")),
        ("services/hospital.md", ("services/hospital.md", None)),
        ("notes.fr.md", ("notes.fr.md", None)),  # fr is not a site language
        ("v1.2.md", ("v1.2.md", None)),
        ("README", ("README", None)),
    ],
)
def test_split_language(src, expected):
    assert split_language(src, ("es", "ar")) == expected


def test_translation_path_puts_the_language_before_the_extension():
    assert translation_path("services/hospital.md", "es") == "services/hospital.es.md"


def test_a_translation_without_its_english_page_is_an_orphan():
    sources = ["index.md", "index.es.md", "old.es.md", "team/gone.ar.md", "team/work.md"]
    assert orphaned_translations(sources, ("es", "ar")) == [
        ("old.es.md", "old.md"),
        ("team/gone.ar.md", "team/gone.md"),
    ]
