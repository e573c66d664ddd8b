"""MkDocs hooks: thin adapters from MkDocs events to the project's modules.

mkdocs-static-i18n builds every language in turn inside the default
language's build (in its `on_post_build`), in this process. So a "build" here
is the outermost one: state is reset when it starts, problems from every page
of every language are collected and reported together when it ends, and the
per-language outputs (search indexes, 404 pages) are written last.

The hook decides *when*; the modules decide *what*.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

import page_status
import ui_text
from bibliography import Bibliography, load_bibliography
from bibstyle import ReferenceRenderer, Terms
from campus_services import campus_services, load_campus_services, services_table
from citations import CitationText, find_citations, render_bibliography, render_citations
from front_matter import FrontMatterError, split_front_matter
from hospital_links import apply_hospital_links, check_link_config
from link_check import check_links
from markdown_directives import expand_directives
from page_status import front_matter_problems
from problems import Problem, ProblemsFound
from search_index import language_index, language_prefix, write_index
from translation_files import orphaned_translations, split_language
from translation_parity import parse_structure

log = logging.getLogger("mkdocs.hooks.palliative")

PROJECT_DIR = Path(__file__).resolve().parent.parent
BIBLIOGRAPHY = PROJECT_DIR / "bibliography.bib"
CAMPUS_DATA = PROJECT_DIR / "docs" / "_data" / "campus-services.yml"


@dataclass
class _Build:
    """What one whole build (all languages) collects."""

    problems: list[Problem] = field(default_factory=list)
    search: dict[str, tuple[list[dict], dict]] = field(default_factory=dict)
    not_found_pages: dict[str, bytes] = field(default_factory=dict)
    renderer: ReferenceRenderer | None = None
    bibliography: Bibliography | None = None


_build = _Build()


# -- where we are in the build ------------------------------------------------


def _i18n(config: MkDocsConfig):  # type: ignore[no-untyped-def]
    return config.plugins.get("i18n")


def _languages(config: MkDocsConfig) -> tuple[str, ...]:
    i18n = _i18n(config)
    return tuple(i18n.build_languages) if i18n else (config.theme["language"],)


def _default_language(config: MkDocsConfig) -> str:
    i18n = _i18n(config)
    return i18n.default_language if i18n else config.theme["language"]


def _build_language(config: MkDocsConfig) -> str:
    i18n = _i18n(config)
    return (i18n.current_language or i18n.default_language) if i18n else config.theme["language"]


def _is_outermost(config: MkDocsConfig) -> bool:
    """True unless static-i18n is building another language inside this one."""
    i18n = _i18n(config)
    return not (i18n and getattr(i18n, "building", False))


def _page_language(page: Page, config: MkDocsConfig) -> str:
    """The language the page's text is written in (a fallback page's text is
    the default language's, whatever the build language)."""
    return getattr(page.file, "locale", None) or _build_language(config)


# -- cached loads ----------------------------------------------------------------


@lru_cache(maxsize=4)
def _load_bibliography(path: Path, mtime_ns: int) -> Bibliography:
    """Parsed once per build (and again only when the file changes)."""
    return load_bibliography(path, display_path=path.name)


def _terms(lang: str) -> Terms:
    messages = ui_text.load_messages(lang)
    return Terms(lang, messages["accessed"], messages["edition"], messages["expert_opinion"], ui_text.format_partial_date)


# -- events ----------------------------------------------------------------------


@event_priority(100)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if not _is_outermost(config):
        return config
    global _build
    _build = _Build()
    i18n = _i18n(config)
    if i18n is not None:
        # static-i18n appends every build's search entries to one list and
        # never empties it; a `mkdocs serve` rebuild would index pages twice.
        i18n.search_entries = []
    if i18n is not None and i18n.current_language not in (None, i18n.default_language):
        # static-i18n leaves its last language current after a build; a
        # `mkdocs serve` rebuild must start from the default language again.
        i18n.current_language = i18n.default_language
    problems = check_link_config(config.extra.get("hospital_links", {}))
    if problems:
        raise PluginError("mkdocs.yml: " + "\nmkdocs.yml: ".join(problems))
    try:
        bibliography = _load_bibliography(BIBLIOGRAPHY, BIBLIOGRAPHY.stat().st_mtime_ns)
    except ProblemsFound as error:
        raise PluginError(f"{error}\n{len(error.problems)} problem(s) in bibliography.bib; the site was not built.") from None
    _build.bibliography = bibliography
    _build.renderer = ReferenceRenderer(bibliography.data.entries, _terms)
    try:
        load_campus_services(CAMPUS_DATA, _languages(config))
    except ValueError as error:
        raise PluginError(str(error)) from None
    return config


@event_priority(100)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Check the sources of every language once, before any page is built."""
    if _is_outermost(config):
        assert _build.bibliography is not None
        problems = check_sources(files, _languages(config), _default_language(config), _build.bibliography)
        if problems:
            # Fail before any page is built: every source problem at once.
            raise PluginError(f"{ProblemsFound(problems)}\n{len(problems)} problem(s) in the sources; the site was not built.")
    return files


def check_sources(files: Files, languages: tuple[str, ...], default: str, bibliography: Bibliography) -> list[Problem]:
    translations = [lang for lang in languages if lang != default]
    sources = [file for file in files if file.is_documentation_page()]
    problems = [
        Problem(f"docs/{src}", 1, f"translation of 'docs/{english}', which does not exist — rename it after its English page or delete it")
        for src, english in orphaned_translations([f.src_uri for f in sources], translations)
    ]
    structures = {}
    for file in sources:
        try:
            document = split_front_matter(Path(file.abs_src_path).read_text(encoding="utf-8"))
        except FrontMatterError as error:
            problems.append(Problem(f"docs/{file.src_uri}", error.line, error.message))
            continue
        problems.extend(
            Problem(f"docs/{file.src_uri}", line, message) for line, message in front_matter_problems(document.meta)
        )
        structures[file.src_uri] = parse_structure(document.body, document.body_start_line)
    english_of = {src: split_language(src, translations)[0] for src in structures}
    assets = [file.src_uri for file in files if not file.is_documentation_page()]
    problems.extend(check_links(structures, english_of, assets))
    problems.extend(
        Problem(f"docs/{src}", line, f"unknown citation key '{key}' — add it to bibliography.bib or correct the key")
        for src, structure in structures.items()
        for section in structure.sections
        for key, line in section.citations
        if key not in bibliography
    )
    return problems


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    lang = _page_language(page, config)
    path = f"docs/{page.file.src_uri}"
    messages = ui_text.load_messages(lang)

    markdown, link_problems = apply_hospital_links(markdown, config.extra.get("hospital_links", {}))

    data = load_campus_services(CAMPUS_DATA, _languages(config))
    english_src = page.file.src_uri if lang == _default_language(config) else _english_src(page)
    renderer = _build.renderer
    assert renderer is not None and _build.bibliography is not None
    handlers = {
        "campus-services-table": lambda _arg: services_table(data, lang, english_src, messages),
        "campus-services": lambda arg: campus_services(data, arg, lang, english_src, messages),
        "bibliography": lambda _arg: render_bibliography(
            _build.bibliography.keys, lambda key: renderer.html(key, lang)
        ),
    }
    markdown, directive_problems = expand_directives(markdown, handlers)

    citations = find_citations(markdown)
    citation_problems = [
        (citation.line, f"unknown citation key '{key}' — add it to bibliography.bib or correct the key")
        for citation in citations
        for key in citation.keys
        if key not in _build.bibliography
    ]
    problems = link_problems + directive_problems + citation_problems
    if problems:
        offset = _front_matter_lines(page)
        _build.problems.extend(Problem(path, line + offset, message) for line, message in problems)
        return markdown
    text = CitationText(messages["references_heading"], messages["back_to_text"], messages["citation_label"])
    return render_citations(markdown, citations, lambda key: renderer.html(key, lang), text)


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    build_lang = _build_language(config)
    prefix = language_prefix(build_lang, _default_language(config))
    context["page_status"] = page_status.page_status(
        meta=page.meta,
        text_lang=_page_language(page, config),
        reader_lang=build_lang,
        today=dt.date.today(),
        english_url=page.url[len(prefix):] if prefix and page.url.startswith(prefix) else page.url,
    )
    context["language_root"] = prefix
    _make_alternates_relative(config)
    return context


def _make_alternates_relative(config: MkDocsConfig) -> None:
    """static-i18n gives the home pages' alternates as absolute paths from
    site_url ("/es/"); as site-relative URLs Material writes them relative to
    the page, so one build serves at the root and under any sub-path. (The
    sitemap keeps fully-qualified hreflang URLs for search engines.)"""
    base = urlsplit(config.site_url or "/").path
    base = base if base.endswith("/") else base + "/"
    # static-i18n sets `config.extra.alternate` as an attribute, which is what
    # the templates read.
    for alternate in getattr(config.extra, "alternate", None) or []:
        link = alternate.get("link", "")
        if link.startswith(base):
            alternate["link"] = link[len(base):]


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """Keep each language's 404 page: every language build writes site/404.html."""
    if template_name == "404.html":
        _build.not_found_pages[_build_language(config)] = output
    return output


@event_priority(-150)
def on_post_build(config: MkDocsConfig) -> None:
    """After static-i18n (priority -100) has built every language: write the
    per-language outputs and report the problems of all pages at once."""
    if not _is_outermost(config):
        return
    site_dir = Path(config.site_dir)
    default = _default_language(config)
    languages = _languages(config)
    i18n = _i18n(config)
    if i18n is not None:
        prefixes = {lang: language_prefix(lang, default) for lang in languages}
        for lang, prefix in prefixes.items():
            others = tuple(p for p in prefixes.values() if p and p != prefix)
            index = language_index(i18n.search_entries, prefix, _search_settings(config, lang), exclude=others)
            write_index(site_dir, prefix, index)
        for lang, content in _build.not_found_pages.items():
            target = site_dir / language_prefix(lang, default) / "404.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
    if _build.problems:
        problems = ProblemsFound(_build.problems)
        count = len(problems.problems)
        raise PluginError(f"{problems}\n{count} problem(s) in the pages; fix them and build again.")


def _search_settings(config: MkDocsConfig, lang: str) -> dict:
    """Material's own lunr settings for `lang` (separator, stemmer pipeline),
    read from its language partials as its search plugin would."""
    env = config.theme.get_env()
    module = env.get_template("partials/language.html", None, {"config": {"theme": {"language": lang}}}).module
    search = config.plugins.get("material/search") or config.plugins.get("search")
    return {
        "lang": [module.t("search.config.lang")],
        "separator": module.t("search.config.separator"),
        "pipeline": [p.strip() for p in module.t("search.config.pipeline").split(",") if p.strip()],
        "fields": dict(search.config.fields) if search is not None else {},
    }


# -- small helpers -----------------------------------------------------------


def _english_src(page: Page) -> str:
    """The English source path a translated page corresponds to."""
    return split_language(page.file.src_uri, (page.file.locale,))[0] if hasattr(page.file, "locale") else page.file.src_uri


def _front_matter_lines(page: Page) -> int:
    """Lines of front matter before the Markdown body MkDocs hands us."""
    source = Path(page.file.abs_src_path).read_text(encoding="utf-8")
    if not source.startswith("---"):
        return 0
    end = source.find("\n---", 3)
    return source.count("\n", 0, end) + 2 if end != -1 else 0
