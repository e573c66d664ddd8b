"""The language switcher's links, relative to the site root."""

from __future__ import annotations

import pytest

from patient_site.pages.switcher import site_relative


@pytest.mark.parametrize(
    ("link", "site_url", "relative"),
    [
        ("/", "https://example.org/", ""),
        ("/es/", "https://example.org/", "es/"),
        ("/palliative-care/es/services/hospital/", "https://example.org/palliative-care/", "es/services/hospital/"),
        ("/palliative-care/", "https://example.org/palliative-care", ""),
        ("/es/", "", "es/"),
        ("https://elsewhere.example/", "https://example.org/", "https://elsewhere.example/"),
    ],
)
def test_a_link_under_the_sites_base_becomes_relative_to_it(link, site_url, relative):
    assert site_relative(link, site_url) == relative
