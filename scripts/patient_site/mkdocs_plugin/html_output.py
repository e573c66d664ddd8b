"""on_post_page: the finished HTML of a page, repaired and made smaller."""

from __future__ import annotations

from patient_site.mkdocs_plugin.state import BuildState
from patient_site.pages.english_names import mark_english_names
from patient_site.pages.html_fixes import label_without_control
from patient_site.pages.whitespace import compact_whitespace


def declare_language(output: str, lang: str, state: BuildState) -> str:
    """Material writes the site's language code; the page declares its tag."""
    tag = state.tag(lang)
    return output.replace(f'<html lang="{lang}"', f'<html lang="{tag}"', 1) if tag != lang else output


def finish(output: str, build_lang: str, state: BuildState) -> str:
    output = declare_language(label_without_control(output), build_lang, state)
    if build_lang != state.languages.default:
        output = mark_english_names(output, state.english_names.get(build_lang, ()))
    return compact_whitespace(output)
