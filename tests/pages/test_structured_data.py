"""Structured data for search engines: a schema.org MedicalWebPage in the
page's language with only the facts given (never an invented address), and
JSON that cannot close its <script> element."""

from __future__ import annotations

import datetime as dt
import json

from patient_site.pages.campus_data import Campus
from patient_site.pages.structured_data import json_ld, medical_web_page

ARIZONA = Campus(
    "arizona",
    "campuses/arizona.md",
    {"en": "Arizona"},
    "Mayo Clinic",
    (("Phoenix", "Arizona"), ("Scottsdale", "Arizona")),
)


def page(**facts) -> dict:
    return medical_web_page(name="Hospital care", description="Care in the hospital.", lang="es", last_reviewed=None, **facts)


def test_a_page_describes_itself_in_its_language_with_only_the_facts_given():
    assert page() == {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": "Hospital care",
        "description": "Care in the hospital.",
        "inLanguage": "es",
    }


def test_the_sites_subject_is_given_with_its_schema_org_type():
    assert page(about=("MedicalTherapy", "Palliative care"))["about"] == {"@type": "MedicalTherapy", "name": "Palliative care"}


# How Chinese readers know the names (a glossary's work, here by hand).
CHINESE = {"Palliative care": "姑息治疗", "Mayo Clinic": "梅奥诊所", "Phoenix": "凤凰城", "Scottsdale": "斯科茨代尔", "Arizona": "亚利桑那州"}


def test_names_are_given_as_readers_of_the_page_know_them():
    data = page(about=("MedicalTherapy", "Palliative care"), campus=ARIZONA, say=lambda name: CHINESE.get(name, name))
    assert data["about"] == {"@type": "MedicalTherapy", "name": "姑息治疗"}
    assert data["mainEntity"] == {
        "@type": "MedicalOrganization",
        "name": "梅奥诊所",
        "address": [
            {"@type": "PostalAddress", "addressLocality": "凤凰城", "addressRegion": "亚利桑那州"},
            {"@type": "PostalAddress", "addressLocality": "斯科茨代尔", "addressRegion": "亚利桑那州"},
        ],
    }


def test_the_pages_own_name_and_description_are_not_renamed():
    data = page(say=lambda name: "renamed")
    assert (data["name"], data["description"]) == ("Hospital care", "Care in the hospital.")


def test_the_medical_review_date_is_last_reviewed_in_iso_form():
    data = medical_web_page(name="x", description="y", lang="en", last_reviewed=dt.date(2017, 8, 15))
    assert data["lastReviewed"] == "2017-08-15"


def test_the_pages_address_is_given_when_known():
    assert page(url="https://example.org/es/services/hospital/")["url"] == "https://example.org/es/services/hospital/"


def test_a_campus_with_several_places_lists_each_city_and_state():
    assert page(campus=ARIZONA)["mainEntity"] == {
        "@type": "MedicalOrganization",
        "name": "Mayo Clinic",
        "address": [
            {"@type": "PostalAddress", "addressLocality": "Phoenix", "addressRegion": "Arizona"},
            {"@type": "PostalAddress", "addressLocality": "Scottsdale", "addressRegion": "Arizona"},
        ],
    }


def test_a_campus_with_one_place_gives_a_single_address_not_a_list():
    florida = Campus("florida", "campuses/florida.md", {"en": "Florida"}, "Mayo Clinic", (("Jacksonville", "Florida"),))
    assert page(campus=florida)["mainEntity"]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Jacksonville",
        "addressRegion": "Florida",
    }


def test_a_campus_without_places_names_the_organization_without_an_address():
    campus = Campus("health-system", "campuses/health-system.md", {"en": "Health System"}, "Mayo Clinic Health System")
    assert page(campus=campus)["mainEntity"] == {"@type": "MedicalOrganization", "name": "Mayo Clinic Health System"}


def test_a_campus_without_an_organization_adds_no_main_entity():
    campus = Campus("x", "campuses/x.md", {"en": "X"}, "", (("Phoenix", "Arizona"),))
    assert "mainEntity" not in page(campus=campus)


def test_no_street_address_or_phone_is_ever_added():
    organization = page(campus=ARIZONA)["mainEntity"]
    assert set(organization) == {"@type", "name", "address"}
    assert all(set(address) == {"@type", "addressLocality", "addressRegion"} for address in organization["address"])


def test_json_ld_cannot_close_the_script_element():
    text = json_ld({"name": "a </script><script>alert(1)</script>"})
    assert "</" not in text
    assert json.loads(text) == {"name": "a </script><script>alert(1)</script>"}


def test_json_ld_keeps_the_pages_language_as_written():
    text = json_ld({"name": "Atención 姑息治疗 الرعاية"})
    assert "Atención 姑息治疗 الرعاية" in text
    assert "\\u" not in text


def test_json_ld_reads_back_as_the_same_data():
    data = page(campus=ARIZONA, url="https://example.org/es/")
    assert json.loads(json_ld(data)) == data
