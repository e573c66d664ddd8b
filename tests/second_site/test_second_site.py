"""A second site, unrelated to palliative care: another department of another
(fictional) hospital, in English and French, with its own bibliography,
interface text, glossary and review cycle — built by the same plugin. The
generator must not be bound to the palliative care site's content."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from patient_site.cli import translation_tool
from tests.support.site_pages import Html, output_file, parse_html, text_of
from tests.support.trees import build_site_in_process

HEART_CLINIC = Path(__file__).resolve().parent / "heart-clinic"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("heart") / "site"
    result = build_site_in_process(HEART_CLINIC / "mkdocs.yml", out)
    assert result.ok, "\n".join(str(p) for p in result.problems)
    assert result.languages == ("en", "fr")
    return out


def page(site: Path, url: str) -> Html:
    return parse_html(output_file(site, url))


def article(site: Path, url: str) -> str:
    return text_of(page(site, url).one(".//article"))


@pytest.mark.parametrize("url", ["", "treatment/", "visiting/", "references/"])
def test_every_page_exists_in_both_languages(site, url):
    assert page(site, url).root.get("lang") == "en"
    assert page(site, "fr/" + url).root.get("lang") == "fr"


def test_the_pages_carry_this_sites_hospital_and_names_no_other(site):
    for path in site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "Mayo" not in text and "palliative" not in text.lower(), path
    assert "Hôpital général Example" in article(site, "fr/")
    assert "Example General Hospital" in article(site, "")
    assert text_of(page(site, "fr/").one(".//head/title")).endswith("Soins de l'insuffisance cardiaque à l'hôpital général Example")


def test_its_own_review_cycle_is_said_in_the_readers_language(site):
    text = article(site, "fr/treatment/")
    assert "Contenu médical revu le 10 mai 2024" in text
    assert "tous les 2 ans" in text and "10 mai 2026" in text


def test_its_own_bibliography_is_rendered_in_each_language(site):
    english = article(site, "references/")
    assert "Living with heart failure: a guide for patients. Example Heart Society. Accessed March 2, 2020." in english
    assert "Doe J, et al. Cardiology for families. 2nd ed. Springfield: Example Press; 2019." in english
    french = article(site, "fr/references/")
    assert "Consulté le 2 mars 2020." in french and "2e éd." in french


def test_a_citation_links_to_its_source_at_the_foot_of_the_page(site):
    home = page(site, "fr/")
    link = next(a for a in home.all(".//article//sup[@class='citation']/a"))
    assert link.get("href") == "#ref-heartsociety2020guide"
    assert text_of(home.one(".//article//h2[@id='references']")) == "Sources"


def test_a_missing_french_page_says_so_in_french_and_shows_the_english(site):
    visiting = page(site, "fr/visiting/")
    notices = [text_of(p) for p in visiting.all(".//p") if "page-notice--fallback" in (p.get("class") or "")]
    assert notices and notices[0].startswith("Cette page n'existe pas encore en français.")
    wrapper = visiting.one(".//div[@class='page-fallback']")
    assert (wrapper.get("lang"), wrapper.get("dir")) == ("en", "ltr")
    assert "The clinic is on the second floor." in text_of(wrapper)


def test_an_outdated_french_page_says_the_english_has_changed(site):
    notices = [text_of(p) for p in page(site, "fr/treatment/").all(".//p") if "page-notice--outdated" in (p.get("class") or "")]
    assert notices and notices[0].startswith("La page anglaise a changé depuis cette traduction.")


def test_its_calls_to_action_follow_its_own_configuration(site):
    home = page(site, "fr/")
    links = {text_of(a): a.get("href") for a in home.all(".//article//a")}
    assert links["Prendre rendez-vous"] == "https://hospital.example.org/appointments"
    treatment = article(site, "treatment/")
    assert "Directions to the clinic" in treatment
    assert all(text_of(a) != "Directions to the clinic" for a in page(site, "treatment/").all(".//article//a"))


def test_each_language_has_its_own_search_index(site):
    folder = site / "fr" / "search"
    urls = {url for chunk in folder.glob("d/*.json") for url, _title, _summary in json.loads(chunk.read_bytes())}
    assert urls == {"", "treatment/", "visiting/", "references/"}
    assert json.loads((folder / "manifest.json").read_bytes())["lang"] == "fr"


def test_the_translators_tool_works_on_it(tmp_path, capsys):
    project = tmp_path / "heart-clinic"
    shutil.copytree(HEART_CLINIC, project)
    (project / "mkdocs.yml").write_text(
        (project / "mkdocs.yml").read_text(encoding="utf-8").replace("../../../overrides", str(HEART_CLINIC.parents[2] / "overrides")),
        encoding="utf-8",
    )
    assert translation_tool.main(["--config", str(project / "mkdocs.yml"), "status", "--json"]) == 0
    states = {row["page"]: row["state"] for row in json.loads(capsys.readouterr().out)["pages"]}
    assert states == {"index.md": "draft", "references.md": "draft", "treatment.md": "outdated", "visiting.md": "missing"}
