"""Every fact of the hospital's page appears on the English site, and nothing
is invented: no phone numbers, street addresses or unknown web addresses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.site_pages import PROJECT_DIR, english_pages, output_file, page_url, parse_html, text_of

pytestmark = pytest.mark.site

SEED = PROJECT_DIR / "source" / "palliative-care-page.txt"

# The seed's facts as key terms, each of which a reader must find.
FACTS = [
    # approach
    "interdisciplinary team", "palliative medicine specialists", "creativity", "empathy",
    "treatment options", "goals", "concerns", "as much time as needed", "every step of the way",
    "control your symptoms", "relieve stress", "improve quality of life for both you and your family",
    "in the hospital", "gone home after treatment", "moved to a care facility",
    "partners with you, your family and your other doctors",
    # hospital services
    "primary team of providers", "at any time", "Board-certified specialists",
    "physical, emotional and spiritual needs",
    # outpatient
    "not being treated by a Mayo Clinic doctor", "pain and other symptoms", "life-threatening illness",
    "Ask your doctor for a palliative care referral",
    "Symptom Management, Pain and Quality of Life Clinic", "outpatient consultation",
    # children
    "campuses in Minnesota and Arizona", "Child life specialists",
    "education", "therapeutic play", "play activities", "comfort children",
    # teamwork: every care provider the seed names
    "primary care doctors", "pharmacists", "advanced practice clinicians", "dietitians",
    "social workers", "chaplains", "care plan that is right for you",
    # experience
    "board certified", "advanced training", "assess", "anticipate", "alleviate",
    "thousands of people", "seriously ill", "their families", "care settings",
    # research
    "research institution", "improve its effectiveness", "treated before you",
    "new knowledge", "future of palliative medicine",
    # experience and stories
    "quality of their interactions", "attention to detail", "how efficient their visits are",
    "health care like they have never experienced", "See the stories of satisfied Mayo Clinic patients",
    # campuses
    "Phoenix and Scottsdale, Arizona", "Jacksonville, Florida", "Rochester, Minnesota",
    "dozens of locations in several states", "learn more about visiting Mayo Clinic", "choose your location",
    # costs and insurance
    "hundreds of insurance companies", "in-network provider for millions of people",
    "doesn't require a referral", "physician referral", "some insurers require referrals",
    "other rules for some kinds of medical care", "prioritized on the basis of medical need",
    "Learn more about appointments at Mayo Clinic", "contact your insurance company",
    "verify", "authorization", "back of your insurance card", "customer service number",
    "More information about billing and insurance", "Mayo Clinic in Arizona, Florida and Minnesota",
    "Mayo Clinic Health System",
    # clinical trials
    "studies tests and procedures", "prevent, detect, treat or manage conditions",
    # date of the medical content
    "Aug. 15, 2017",
]


@pytest.fixture(scope="module")
def english_text(site) -> str:
    texts = []
    for src in english_pages():
        page = parse_html(output_file(site, page_url(src, "en")))
        texts.append(text_of(page.one(".//article")))
    return " ".join(texts)


@pytest.mark.parametrize("fact", FACTS)
def test_seed_fact_appears_on_the_english_site(english_text, fact):
    assert fact.lower() in english_text.lower()


def test_every_reference_line_of_the_seed_appears(english_text):
    for line in (PROJECT_DIR / "tests" / "references" / "fixtures" / "seed-references.txt").read_text().splitlines():
        assert line in english_text


def test_the_site_invents_no_phone_numbers_or_addresses(site):
    seed = SEED.read_text(encoding="utf-8")
    phone = re.compile(r"\(?\b\d{3}\)?[-.\s]\d{3}[-.]\d{4}\b")
    street = re.compile(r"\b\d{2,5}\s+\w+(?:\s\w+)?\s(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.)", re.I)
    assert not phone.search(seed)
    for html in Path(site).rglob("*.html"):
        text = text_of(parse_html(html).one(".//body"))
        assert not phone.search(text), f"{html}: phone number"
        assert not street.search(text), f"{html}: street address"


def test_calls_to_action_without_an_address_render_as_plain_text(site):
    page = parse_html(output_file(site, page_url("patient-stories.md", "en")))
    article = page.one(".//article")
    assert "See the stories of satisfied Mayo Clinic patients." in text_of(article)
    assert all("satisfied" not in text_of(a) for a in article.iter("a"))
    for html in Path(site).rglob("*.html"):
        assert "hospital-link:" not in html.read_text(encoding="utf-8")
