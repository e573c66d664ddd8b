"""The nginx configuration is rendered with the site's languages from
mkdocs.yml, and refuses values that would break it."""

from __future__ import annotations

import pytest

from patient_site.hosting.nginx_config import language_values, render
from patient_site.translations.languages import site_languages_from
from tests.support.project import PROJECT_DIR

LANGUAGES = site_languages_from([
    {"locale": "en", "default": True}, {"locale": "fr"}, {"locale": "de", "build": False},
])


def test_the_language_placeholders_list_the_built_languages():
    assert language_values(LANGUAGES) == {
        "languages": "en|fr",
        "translations": "fr",
        "cookie_languages": "    en       en;\n    fr       fr;",
        "header_languages": "    ~*^en$  en;\n    ~*^fr$  fr;",
    }


def test_every_template_is_rendered_with_no_placeholder_left(tmp_path):
    main = render(
        tmp_path / "conf", template_dir=PROJECT_DIR / "deploy" / "nginx", languages=LANGUAGES,
        listen="127.0.0.1:8080", site_root=tmp_path / "site", run_dir=tmp_path / "run", user="www-data",
    )
    assert main == tmp_path / "conf" / "palliative-care.conf"
    texts = {path.name: path.read_text(encoding="utf-8") for path in (tmp_path / "conf").glob("*.conf")}
    assert not any("{{" in text for text in texts.values())
    site = texts["palliative-care.site.conf"]
    assert "(en|fr)" in site and "    fr       fr;" in site and "/(fr)/" in site and "(?:(?:fr)/)?404" in site


@pytest.mark.parametrize("server_name", ["a;b", "x {", 'q"'])
def test_a_value_that_would_break_the_configuration_is_refused(tmp_path, server_name):
    with pytest.raises(ValueError, match="cannot go into an nginx configuration unquoted"):
        render(
            tmp_path / "conf", template_dir=PROJECT_DIR / "deploy" / "nginx", languages=LANGUAGES,
            listen="80", site_root=tmp_path, run_dir=tmp_path, user="www-data", server_name=server_name,
        )
