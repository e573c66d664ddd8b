"""What a page tells search engines and link previews about itself: its
canonical address, its other languages (relative, only the real ones), and
its Open Graph locale."""

from __future__ import annotations

import pytest

from patient_site.pages.head_tags import canonical_url, open_graph


@pytest.mark.parametrize("site_url", ["https://example.org/", "https://example.org"])
def test_the_canonical_address_is_the_site_url_and_the_pages_url(site_url):
    assert canonical_url(site_url, "es/services/hospital/") == "https://example.org/es/services/hospital/"


def test_the_home_pages_canonical_address_is_the_site_root():
    assert canonical_url("https://example.org/", "") == "https://example.org/"


def test_the_canonical_address_keeps_a_sub_path():
    assert canonical_url("https://example.org/care/", "zh/") == "https://example.org/care/zh/"


@pytest.mark.parametrize(("lang", "locale"), [("en", "en_US"), ("es", "es_US"), ("ar", "ar_AR"), ("zh", "zh_CN")])
def test_the_open_graph_locale_names_the_audience_of_the_text(lang, locale):
    assert open_graph(title="t", description="d", text_lang=lang, url="u", site_name="s")["locale"] == locale


def test_a_language_without_a_territory_is_its_own_locale():
    assert open_graph(title="t", description="d", text_lang="fr", url="u", site_name="s")["locale"] == "fr"


def test_the_open_graph_card_carries_the_pages_title_description_address_and_site():
    assert open_graph(
        title="Atención hospitalaria", description="En el hospital.", text_lang="es",
        url="https://example.org/es/services/hospital/", site_name="Cuidados paliativos",
    ) == {
        "title": "Atención hospitalaria",
        "description": "En el hospital.",
        "locale": "es_US",
        "url": "https://example.org/es/services/hospital/",
        "site_name": "Cuidados paliativos",
    }
