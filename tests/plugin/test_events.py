"""The plugin's events on tiny trees, as mkdocs-static-i18n tests its own:
load the configuration, run only the events a behaviour needs (`config`,
`files`), and look at what the plugin decided — no page is rendered."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import get_files

from patient_site.mkdocs_plugin.plugin import BuildProblems, PatientSitePlugin
from patient_site.problems import Problem
from tests.plugin.scenarios import scenario


def _config(config_file: Path) -> MkDocsConfig:
    return load_config(str(config_file), site_dir=str(config_file.parent / "site"))


def _plugin(config: MkDocsConfig) -> PatientSitePlugin:
    return config.plugins["patient-site"]


def run_config_and_files(config_file: Path) -> PatientSitePlugin:
    config = _config(config_file)
    config = config.plugins.on_config(config)
    config.plugins.on_files(get_files(config), config=config)
    return _plugin(config)


def test_the_config_event_reads_every_source_once_into_the_plugins_state(tmp_path):
    plugin = run_config_and_files(scenario("outdated-translation", tmp_path / "site"))
    state = plugin.state
    assert state is not None
    assert state.languages.all == ("en", "es")
    assert state.inputs.inventory.pages == ["index.md"]
    assert state.translation("index.md", "es").state == "outdated"
    assert set(state.inputs.bibliography.keys) == {"capc2015get", "kelley2015seriously"}
    assert plugin.problems == []


def test_an_unknown_citation_key_stops_the_files_event_with_its_line(tmp_path):
    config_file = scenario("unknown-citation", tmp_path / "site", languages=("en",))
    with pytest.raises(BuildProblems) as raised:
        run_config_and_files(config_file)
    expected = "docs/index.md:9: unknown citation key 'nobody2020' — add it to bibliography.bib or correct the key"
    assert str(raised.value) == f"{expected}\n1 problem(s) in the sources; the site was not built."


def test_the_problems_are_kept_on_the_plugin_as_data(tmp_path):
    config = _config(scenario("unknown-citation", tmp_path / "site", languages=("en",)))
    config = config.plugins.on_config(config)
    with pytest.raises(BuildProblems):
        config.plugins.on_files(get_files(config), config=config)
    assert _plugin(config).problems == [
        Problem("docs/index.md", 9, "unknown citation key 'nobody2020' — add it to bibliography.bib or correct the key")
    ]


def test_broken_front_matter_stops_the_config_event_at_the_quote_and_nothing_else(tmp_path):
    """One broken page: its own problem, at the line of the unclosed quote,
    and no false 'no such page' for the pages that link to it."""
    with pytest.raises(BuildProblems) as raised:
        run_config_and_files(scenario("bad-front-matter", tmp_path / "site", languages=("en",)))
    assert str(raised.value).splitlines() == [
        "docs/index.md:2: front matter: the quotation mark opened on this line is never closed — add the closing quote",
        "1 problem(s) in the sources; the site was not built.",
    ]


def test_check_sources_off_skips_the_reference_checks(tmp_path):
    """The build command's language processes: the parent checked already."""
    config = _config(scenario("unknown-citation", tmp_path / "site", languages=("en",)))
    _plugin(config).configure_build(check_sources=False)
    config = config.plugins.on_config(config)
    config.plugins.on_files(get_files(config), config=config)
    assert _plugin(config).problems == []


def test_only_language_must_be_a_language_the_site_builds(tmp_path):
    config = _config(scenario("outdated-translation", tmp_path / "site"))
    _plugin(config).configure_build(only_language="fr")
    with pytest.raises(BuildProblems) as raised:
        config.plugins.on_config(config)
    assert str(raised.value).splitlines()[0] == (
        "mkdocs.yml:1: only_language 'fr' is not a language the site builds — use one of en, es"
    )


def test_a_new_build_starts_from_nothing(tmp_path):
    """A `mkdocs serve` rebuild: the state of the last build is not carried over."""
    config_file = scenario("outdated-translation", tmp_path / "site")
    config = _config(config_file)
    config = config.plugins.on_config(config)
    first = _plugin(config).state
    config = config.plugins.on_config(_config(config_file))
    assert _plugin(config).state is not first


def test_the_plugin_can_be_switched_off(tmp_path):
    config = _config(scenario("unknown-citation", tmp_path / "site", languages=("en",), plugin={"enabled": False}))
    config = config.plugins.on_config(config)
    config.plugins.on_files(get_files(config), config=config)
    assert _plugin(config).state is None
