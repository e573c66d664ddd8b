"""The list of pages each language's build hands to the handout step reads
back exactly as it was written, notices included."""

from __future__ import annotations

from patient_site.handouts.documents import HandoutSource
from patient_site.handouts.manifest import read_manifest, write_manifest
from patient_site.pages.status import Notice

SOURCES = [
    HandoutSource(
        page="services/hospital.md",
        lang="ar",
        text_lang="en",
        title="Hospital care",
        body_html='<h1 id="top">Hospital care</h1><p>Text.</p>',
        url="ar/services/hospital/",
        site_name="الرعاية التلطيفية",
        site_url="https://example.org/",
        last_reviewed="آخر مراجعة",
        review_due="المراجعة القادمة",
        notices=(Notice("fallback", "لم تُترجم هذه الصفحة", "اقرأ الصفحة باللغة الإنجليزية", "services/hospital/"),),
        order=3,
        file_prefix="palliative-care",
    ),
    HandoutSource(
        page="index.md",
        lang="zh",
        text_lang="zh",
        title="首页",
        body_html="<h1>姑息治疗</h1>",
        url="zh/",
        site_name="姑息治疗",
        site_url="https://example.org/",
    ),
]


def test_the_manifest_reads_back_as_written(tmp_path):
    path = tmp_path / "handouts.json"
    write_manifest(path, SOURCES)
    assert read_manifest(path) == SOURCES


def test_notices_read_back_as_notice_objects(tmp_path):
    path = tmp_path / "handouts.json"
    write_manifest(path, SOURCES)
    notices = read_manifest(path)[0].notices
    assert isinstance(notices, tuple) and all(isinstance(notice, Notice) for notice in notices)
    assert notices[0].link_url == "services/hospital/"


def test_the_manifest_is_utf8_with_the_text_as_written(tmp_path):
    path = tmp_path / "handouts.json"
    write_manifest(path, SOURCES)
    data = path.read_bytes()
    assert "姑息治疗".encode() in data and b"\\u" not in data


def test_an_empty_manifest_reads_back_empty(tmp_path):
    path = tmp_path / "handouts.json"
    write_manifest(path, [])
    assert read_manifest(path) == []
