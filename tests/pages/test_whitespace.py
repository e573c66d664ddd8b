"""Removing the templates' indentation changes nothing a browser shows."""

from __future__ import annotations

from patient_site.pages.whitespace import compact_whitespace


def test_indentation_and_blank_lines_go_but_a_line_break_stays():
    html = "<ul>\n    <li>a</li>\n\n      <li>b</li>\n</ul>"
    assert compact_whitespace(html) == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>"


def test_words_on_separate_lines_stay_separate_words():
    assert compact_whitespace("<p>Mayo\n      Clinic</p>") == "<p>Mayo\nClinic</p>"


def test_preformatted_text_scripts_and_styles_are_untouched():
    html = '<pre><code>def f():\n    return 1\n</code></pre>\n  <script>\n  var a = `x\n   y`\n  </script>\n  <textarea>\n  a\n</textarea>'
    compacted = compact_whitespace(html)
    for kept in ("<pre><code>def f():\n    return 1\n</code></pre>", "<script>\n  var a = `x\n   y`\n  </script>", "<textarea>\n  a\n</textarea>"):
        assert kept in compacted
