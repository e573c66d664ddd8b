"""What a page may put into its HTML, checked as a browser parses it, each
finding traced to its Markdown line."""

from __future__ import annotations

import pytest

from patient_site.pages.html_policy import findings, source_line


def messages(html: str) -> list[str]:
    return [finding.what for finding in findings(html)]


def test_ordinary_content_passes():
    html = (
        '<h2 id="care">Care</h2><p>See <a href="../team/">the team</a> or <a href="https://example.org/">a page</a>.</p>'
        '<img alt="A nurse" src="../img/nurse.png"><table><tr><td>x</td></tr></table><sup class="citation"><a href="#ref-a">1</a></sup>'
    )
    assert messages(html) == []


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ("<script>alert(1)</script>", "<script> is not allowed: a <script> runs code in the reader's browser"),
        ('<iframe src="https://video.example.com/x"></iframe>', "<iframe> is not allowed: an <iframe> shows another site inside the page"),
        ('<object data="x.swf"></object>', "<object> is not allowed"),
        ('<embed src="x.swf">', "<embed> is not allowed"),
        ('<base href="https://elsewhere.example/">', "<base> is not allowed"),
        ("<style>p{color:red}</style>", "<style> is not allowed"),
    ],
)
def test_elements_that_run_frame_or_redirect_are_refused(html, message):
    found = messages(html)
    assert found and found[0].startswith(message), found


def test_an_event_handler_attribute_is_refused_whatever_its_case():
    assert messages('<p ONCLICK="steal()">Text</p>') == [
        "the attribute onclick= is not allowed: it runs code in the reader's browser — "
        "remove it from the page (see translations/README.md, 'What a page may contain')"
    ]


@pytest.mark.parametrize("url", ["javascript:alert(1)", " JavaScript:void(0)", "data:text/html,<b>x</b>", "vbscript:x"])
def test_a_link_that_runs_code_is_refused(url):
    found = messages(f'<a href="{url}">click</a>')
    assert len(found) == 1 and "address in <a href=> is not allowed" in found[0]


@pytest.mark.parametrize(
    "html", ['<img src="https://tracker.example.com/p.png" alt="">', '<img src="//cdn.example.com/p.png" alt="">',
             '<img srcset="a.png 1x, https://cdn.example.com/b.png 2x" alt="">', '<video poster="https://x.example/p.png"></video>'],
)
def test_anything_loaded_from_another_host_is_refused(html):
    found = messages(html)
    assert len(found) == 1 and "would load from another host, which the site never does" in found[0]


def test_a_link_to_another_site_is_allowed_because_it_loads_nothing():
    assert messages('<a href="https://www.mayoclinic.org/">Mayo Clinic</a>') == []


def test_the_line_is_found_in_the_markdown_outside_code():
    markdown = "---\ntitle: x\n---\n\n# Page\n\n`<script>` is shown as code.\n\n<script>x()</script>\n"
    assert source_line(markdown, "<script") == 9


def test_a_finding_not_found_in_the_markdown_is_at_the_first_line():
    assert source_line("# Page\n", "onclick") == 1
