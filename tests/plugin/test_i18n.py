"""The one adapter to mkdocs-static-i18n's internals."""

from __future__ import annotations

from mkdocs.config import load_config

from patient_site.mkdocs_plugin import i18n
from tests.plugin.scenarios import scenario


def _config(tmp_path, languages=("en", "es")):
    config_file = scenario("fallback-page", tmp_path / "site", languages=languages)
    return load_config(str(config_file), site_dir=str(tmp_path / "out"))


def test_the_languages_are_static_i18ns(tmp_path):
    languages = i18n.site_languages(_config(tmp_path))
    assert (languages.default, languages.others, languages.built) == ("en", ("es",), ("en", "es"))


def test_a_new_build_starts_from_the_default_language(tmp_path):
    config = _config(tmp_path)
    config.plugins["i18n"].current_language = "es"
    i18n.start_build(config, None)
    assert i18n.build_language(config) == "en"
    assert not i18n.is_nested_build(config, None)


def test_building_one_language_keeps_static_i18n_from_building_the_others(tmp_path):
    config = _config(tmp_path)
    i18n.start_build(config, "es")
    assert i18n.build_language(config) == "es"
    assert config.plugins["i18n"].building is True
    assert not i18n.is_nested_build(config, "es")


def test_inside_the_default_build_another_language_is_a_nested_build(tmp_path):
    config = _config(tmp_path)
    config.plugins["i18n"].building = True
    assert i18n.is_nested_build(config, None)
