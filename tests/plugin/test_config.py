"""The plugin's options are typed and checked where they are declared: a
wrong value is a configuration error naming the option."""

from __future__ import annotations

import pytest

from patient_site.mkdocs_plugin.config import PatientSiteConfig


def _validate(**options):
    config = PatientSiteConfig()
    config.load_dict(options)
    failed, _warnings = config.validate()
    return config, {name: str(error) for name, error in failed}


def test_the_defaults_are_the_projects_layout():
    config, failed = _validate()
    assert failed == {}
    assert (config.bibliography, config.glossary, config.interface_text) == (
        "bibliography.bib", "translations/glossary", "translations/ui"
    )
    assert (config.review_cycle_years, config.handout_prefix, config.only_language) == (3, "handout", None)
    assert config.hospital_links == {} and config.check_sources is True and config.record_handouts is False


@pytest.mark.parametrize(
    ("options", "name", "message"),
    [
        ({"hospital_links": {"appointments": "javascript:alert(1)"}}, "hospital_links",
         "hospital_links.appointments: 'javascript:alert(1)' is not an http(s) address — write the full https:// address or leave it empty"),
        ({"hospital_links": ["appointments"]}, "hospital_links", 'hospital_links must map each key to an address (or to "")'),
        ({"review_cycle_years": 0}, "review_cycle_years", "review_cycle_years 0: give the years between medical reviews (1 to 10)"),
        ({"handout_prefix": "Palliative Care"}, "handout_prefix",
         "handout_prefix 'Palliative Care': use lower-case letters, digits and hyphens (it starts every PDF's file name)"),
    ],
)
def test_a_wrong_value_names_the_option_and_what_to_write(options, name, message):
    _config, failed = _validate(**options)
    assert failed == {name: message}


def test_an_empty_hospital_link_is_allowed_until_the_hospital_fills_it_in():
    config, failed = _validate(hospital_links={"appointments": "", "billing": "https://example.org/billing"})
    assert failed == {} and config.hospital_links == {"appointments": "", "billing": "https://example.org/billing"}
