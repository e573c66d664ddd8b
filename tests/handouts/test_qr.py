"""The QR code back to the page: vector graphics a phone reads as the
page's address."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import weasyprint

from patient_site.handouts.qr import qr_svg
from tests.handouts.test_rendering import decode_qr_codes

ADDRESS = "https://palliative-care.example.org/ar/services/hospital/"


def test_a_phone_reads_the_address(tmp_path):
    page = f'<html><body style="margin: 1cm"><div style="width: 4cm">{qr_svg(ADDRESS, "Scan")}</div></body></html>'
    pdf = tmp_path / "qr.pdf"
    weasyprint.HTML(string=page).write_pdf(pdf)
    assert decode_qr_codes(pdf) == [ADDRESS]


def test_the_code_is_drawn_as_vector_graphics_the_stylesheet_scales():
    # (Inline in the handout's HTML, so without a namespace of its own.)
    svg = ET.fromstring(qr_svg(ADDRESS, "Escanee para ver la versión más reciente"))
    assert svg.get("class") == "qr-code"
    assert svg.get("width") is None and svg.get("height") is None  # sized by the print CSS
    assert svg.get("viewBox")
    assert svg.find("path") is not None and svg.find("image") is None
    assert svg.find("title").text == "Escanee para ver la versión más reciente"
