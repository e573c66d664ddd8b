"""Only absolute http(s) addresses may become link targets."""

from __future__ import annotations

import pytest

from patient_site.content.urls import safe_link


@pytest.mark.parametrize(
    "url", ["https://hospital.example.org/book", "http://example.org", "https://example.org/a?b=1&c=2#d"]
)
def test_an_http_or_https_address_is_accepted_as_written(url):
    assert safe_link(url) == url


def test_surrounding_spaces_are_trimmed():
    assert safe_link("  https://example.org/care \n") == "https://example.org/care"


def test_the_scheme_may_be_in_capitals():
    assert safe_link("HTTPS://EXAMPLE.ORG/") == "HTTPS://EXAMPLE.ORG/"


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,<b>x</b>",
        "data:text/plain;base64,SGVsbG8=",
        "mailto:care@example.org",
        "ftp://example.org/file",
        "care.md",
        "/book",
        "//example.org/book",
        "www.example.org",
        "https://",
        "",
    ],
)
def test_anything_but_an_absolute_http_address_is_refused(url):
    assert safe_link(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/a b",
        "https://example.org/a\tb",
        "https://example.org/a\nb",
        'https://example.org/"onmouseover="x',
        "https://example.org/<script>",
        "https://example.org/a\\b",
        "https://example.org/`x`",
        "https://example.org/\x00",
    ],
)
def test_an_address_with_spaces_quotes_or_control_characters_is_refused(url):
    assert safe_link(url) is None
