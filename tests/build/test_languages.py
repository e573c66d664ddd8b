"""One MkDocs build in this process: its result is data, and a problem in
mkdocs.yml is reported at its line."""

from __future__ import annotations

from patient_site.build.languages import build_into, load_mkdocs_config
from tests.support.trees import write_site


def test_a_build_returns_what_it_built_and_the_pages_for_the_handouts(tmp_path):
    config = write_site(tmp_path / "p", {"docs/index.md": "# Home { #home }\n"}, languages=("en", "es"))
    result = build_into(tmp_path / "site", config, record_handouts=True)
    assert result.ok and result.languages == ("en", "es")
    assert sorted((h.page, h.lang, h.text_lang) for h in result.handouts) == [("index.md", "en", "en"), ("index.md", "es", "en")]


def test_one_language_is_built_at_its_own_prefix(tmp_path):
    config = write_site(tmp_path / "p", {"docs/index.md": "# Home { #home }\n"}, languages=("en", "es"))
    result = build_into(tmp_path / "site", config, only_language="es")
    assert result.languages == ("es",)
    assert (tmp_path / "site" / "es" / "index.html").is_file()


def test_a_problem_found_by_the_plugin_comes_back_as_data(tmp_path):
    config = write_site(tmp_path / "p", {"docs/index.md": "# Home { #home }\n\n[@nobody]\n"}, languages=("en",))
    result = build_into(tmp_path / "site", config)
    assert [str(p) for p in result.problems] == [
        "docs/index.md:3: unknown citation key 'nobody' — add it to bibliography.bib or correct the key"
    ]


def test_an_unknown_option_in_mkdocs_yml_is_reported_at_its_line(tmp_path):
    config = write_site(tmp_path / "p", {"docs/index.md": "# Home { #home }\n"}, languages=("en",), plugin={"review_cycle_years": "often"})
    loaded, problems = load_mkdocs_config(config)
    line = next(n for n, text in enumerate(config.read_text().splitlines(), 1) if "review_cycle_years" in text)
    assert loaded is None
    assert [(p.path, p.line) for p in problems] == [("mkdocs.yml", line)]
    assert "review_cycle_years" in problems[0].message
