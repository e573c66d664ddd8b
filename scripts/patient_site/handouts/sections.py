"""A page's rendered body cut into its sections, by heading id.

The pages' Markdown gives every second-level heading an explicit id that is
the same in every language (the translation checks enforce it), so the
English page and its translation can be laid out section by section.
"""

from __future__ import annotations

import re

_H2 = re.compile(r'<h2\b[^>]*\bid="([^"]*)"')


def sections(body_html: str) -> list[tuple[str, str]]:
    """(heading id, HTML) of each section; the text before the first
    second-level heading (the title, an introduction) has the id ''."""
    starts = [(match.start(), match.group(1)) for match in _H2.finditer(body_html)]
    cuts = [(0, ""), *starts] if not starts or starts[0][0] > 0 else starts
    result = []
    for index, (start, ident) in enumerate(cuts):
        end = cuts[index + 1][0] if index + 1 < len(cuts) else len(body_html)
        result.append((ident, body_html[start:end]))
    return result


def paired_sections(english_html: str, translation_html: str) -> list[tuple[str, str, str]]:
    """(id, English HTML, translation HTML), in the English order; a section
    one side lacks is given with an empty other side, never dropped."""
    english, translated = dict(sections(english_html)), dict(sections(translation_html))
    order = [ident for ident, _ in sections(english_html)]
    order += [ident for ident, _ in sections(translation_html) if ident not in english]
    return [(ident, english.get(ident, ""), translated.get(ident, "")) for ident in order]
