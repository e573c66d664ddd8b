"""Repairs to Material's HTML that its templates cannot be told to make.

Material's table of contents always writes `<label for="__toc">`, but on a
section's index page (navigation.indexes) it writes no `__toc` control, and a
label for a missing control is invalid HTML (and a dead end for assistive
technology). There the label becomes a plain title.
"""

from __future__ import annotations

import re

_TOC_LABEL = re.compile(r'<label class="md-nav__title" for="__toc">(.*?)</label>', re.DOTALL)


def label_without_control(html: str) -> str:
    if 'for="__toc"' not in html or 'id="__toc"' in html:
        return html
    return _TOC_LABEL.sub(r'<div class="md-nav__title">\1</div>', html)
