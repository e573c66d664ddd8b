"""Hospital calls to action: linked when the address is configured, plain
text until it is, an unknown key reported with its line."""

from __future__ import annotations

import pytest

from patient_site.content.hospital_links import apply_hospital_links, check_link_config

LINKS = {"appointments": "https://hospital.example.org/book", "stories": ""}


def test_a_configured_call_to_action_becomes_a_link():
    assert apply_hospital_links("[Book a visit](hospital-link:appointments)\n", LINKS) == (
        "[Book a visit](https://hospital.example.org/book)\n",
        [],
    )


@pytest.mark.parametrize("address", ["", None])
def test_a_call_to_action_without_an_address_is_plain_text(address):
    assert apply_hospital_links("Read [patient stories](hospital-link:stories).\n", {"stories": address}) == (
        "Read patient stories.\n",
        [],
    )


def test_every_call_to_action_on_a_line_is_handled():
    text, problems = apply_hospital_links("[A](hospital-link:appointments) or [B](hospital-link:stories)", LINKS)
    assert (text, problems) == ("[A](https://hospital.example.org/book) or B", [])


def test_an_unknown_key_is_reported_with_its_line_and_the_known_keys():
    markdown = "Intro.\n\n[Our team](hospital-link:team)\n"
    text, problems = apply_hospital_links(markdown, LINKS)
    assert problems == [
        (
            3,
            "unknown hospital link 'team' — use one of appointments, stories (mkdocs.yml, hospital_links of the patient-site plugin)",
        )
    ]
    assert text == markdown


def test_a_call_to_action_inside_code_is_left_as_written():
    markdown = "Write `[Book](hospital-link:nope)` in a page.\n"
    assert apply_hospital_links(markdown, LINKS) == (markdown, [])


def test_empty_and_https_addresses_are_valid_configuration():
    assert check_link_config({"appointments": "", "billing": None, "stories": "https://hospital.example.org/s"}) == []


@pytest.mark.parametrize("address", ["javascript:alert(1)", "www.hospital.example.org", "/book", 42])
def test_an_address_that_is_not_http_is_reported_with_its_key(address):
    assert check_link_config({"appointments": address}) == [
        f"hospital_links.appointments: '{address}' is not an http(s) address — write the full https:// address or leave it empty"
    ]
