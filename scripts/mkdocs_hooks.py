"""MkDocs hooks: thin adapters from MkDocs events to the project's modules.

mkdocs-static-i18n builds every language in turn inside the default
language's build (in its `on_post_build`), in this process. So a "build" here
is the outermost one: its state is set up when it starts (bibliography parsed
once, sources checked once), and the per-language outputs (search indexes,
404 pages) are written when every language is done.

The hook decides *when*; the modules decide *what*.
"""

from __future__ import annotations

import datetime as dt
import os
from copy import deepcopy
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

import ui_text
from bibliography import Bibliography, load_bibliography
from bibstyle import ReferenceRenderer, Terms
from build_site import HANDOUT_MANIFEST, ONLY_LANGUAGE
from campus_services import CampusServices, campus_services, load_campus_services, services_table
from citations import CitationText, find_citations, render_bibliography, render_citations
from foreign_names import mark_english_names
from glossary import GlossaryError, load_glossary
from handouts import HandoutSource, handout_filename, handouts_list, page_titles, write_manifest
from handouts import Notice as HandoutNotice
from hospital_links import apply_hospital_links, check_link_config
from html_whitespace import compact_whitespace
from markdown_directives import expand_directives
from material_fixes import label_without_control
from page_status import page_status
from problems import Problem, ProblemsFound
from search_index import language_index, write_index
from sitemap import sitemap_xml, write_sitemap
from source_checks import check_sources, parse_structures
from structured_data import OG_LOCALES, json_ld, medical_web_page
from translation_files import language_prefix, split_language
from translation_status import MISSING, OUTDATED, UNTRANSLATED, PageState, take_inventory

# Inputs, found from the configuration (so the same hooks build the real
# site and the benchmark's generated ones).
BIBLIOGRAPHY = "bibliography.bib"  # beside mkdocs.yml
CAMPUS_DATA = "_data/campus-services.yml"  # in docs/
# HANDOUT_MANIFEST and ONLY_LANGUAGE (from build_site.py, which sets them):
# where to record the pages for the handout step, and, when it builds one
# language per process, which language this one is.
# ONLY_LANGUAGE=es mkdocs serve previews one language quickly (at /es/).


@dataclass
class _Build:
    """What one whole build (all languages) knows and collects."""

    docs_dir: Path = Path("docs")
    glossary: Path = Path("translations/glossary")
    campus_data: Path | None = None
    bibliography: Bibliography | None = None
    renderer: ReferenceRenderer | None = None
    # (English page, language) -> state of its translation.
    translations: dict[tuple[str, str], PageState] = field(default_factory=dict)
    pages: list[str] = field(default_factory=list)  # the English pages
    # English page -> the translation languages it really exists in.
    translated: dict[str, set[str]] = field(default_factory=dict)
    # (English page, language) -> the page's title in that language.
    titles: dict[tuple[str, str], str] = field(default_factory=dict)
    # Build language -> {page source: position in the navigation}.
    nav_positions: dict[str, dict[str, int]] = field(default_factory=dict)
    handouts: list[HandoutSource] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    not_found_pages: dict[str, str] = field(default_factory=dict)
    english_names: tuple[str, ...] = ()


_build = _Build()


# -- where we are in the build ---------------------------------------------------


def _i18n(config: MkDocsConfig):  # type: ignore[no-untyped-def]
    return config.plugins.get("i18n")


def _languages(config: MkDocsConfig) -> tuple[str, ...]:
    i18n = _i18n(config)
    return tuple(i18n.all_languages) if i18n else (config.theme["language"],)


def _default_language(config: MkDocsConfig) -> str:
    i18n = _i18n(config)
    return i18n.default_language if i18n else config.theme["language"]


def _build_language(config: MkDocsConfig) -> str:
    i18n = _i18n(config)
    return (i18n.current_language or i18n.default_language) if i18n else config.theme["language"]


def _is_outermost(config: MkDocsConfig) -> bool:
    """True unless static-i18n is building another language inside this one
    (a process that builds one language has only the one build)."""
    i18n = _i18n(config)
    return ONLY_LANGUAGE in os.environ or not (i18n and getattr(i18n, "building", False))


def _english_src(page: Page, config: MkDocsConfig) -> str:
    return split_language(page.file.src_uri, _languages(config))[0]


def _translation(page: Page, config: MkDocsConfig) -> PageState | None:
    """The state of this page in the build language (None in the default)."""
    return _build.translations.get((_english_src(page, config), _build_language(config)))


def _text_language(page: Page, config: MkDocsConfig) -> str:
    """The language the page's text is written in: a missing translation's
    fallback and an untranslated scaffold hold the default language's text."""
    state = _translation(page, config)
    if state is not None and (state.state == UNTRANSLATED or getattr(page.file, "locale", None) != state.lang):
        return _default_language(config)
    return _build_language(config)


# -- loaded once per build ---------------------------------------------------------


@lru_cache(maxsize=4)
def _load_bibliography(path: Path, mtime_ns: int) -> Bibliography:
    """Parsed once per build, and again only when the file changes."""
    return load_bibliography(path, display_path=path.name)


def _campus_services(config: MkDocsConfig) -> CampusServices:
    if _build.campus_data is None:
        return CampusServices((), ())
    return load_campus_services(_build.campus_data, _languages(config))


def _terms(lang: str) -> Terms:
    messages = ui_text.load_messages(lang)
    return Terms(lang, messages["accessed"], messages["edition"], messages["expert_opinion"], ui_text.format_partial_date)


def _fail(problems: list[Problem], where: str) -> PluginError:
    return PluginError(f"{ProblemsFound(problems)}\n{len(problems)} problem(s) in {where}; the site was not built.")


# -- events -----------------------------------------------------------------------


@event_priority(100)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if not _is_outermost(config):
        return config
    global _build
    _build = _Build()
    i18n = _i18n(config)
    if i18n is not None:
        # static-i18n leaves its last language current after a build and keeps
        # appending search entries to one list; a `mkdocs serve` rebuild must
        # start again from the default language with an empty list.
        i18n.current_language = os.environ.get(ONLY_LANGUAGE, i18n.default_language)
        i18n.search_entries = []
        if ONLY_LANGUAGE in os.environ:
            # This process builds one language: static-i18n must not build the
            # others inside it (it skips them while it believes it is building).
            i18n.building = True
    link_problems = check_link_config(config.extra.get("hospital_links", {}))
    if link_problems:
        raise PluginError("mkdocs.yml: " + "\nmkdocs.yml: ".join(link_problems))
    try:
        bib = Path(config.config_file_path).parent / BIBLIOGRAPHY
        _build.bibliography = _load_bibliography(bib, bib.stat().st_mtime_ns)
    except ProblemsFound as error:
        raise _fail(error.problems, "bibliography.bib") from None
    _build.renderer = ReferenceRenderer(_build.bibliography.data.entries, _terms)
    _build.docs_dir = Path(config.docs_dir)
    _build.glossary = Path(config.config_file_path).parent / "translations" / "glossary"
    try:
        _build.english_names = load_glossary(_build.glossary, tuple(_languages(config))).names()
    except GlossaryError as error:
        raise _fail(error.problems, "the glossary") from None
    campus_data = _build.docs_dir / CAMPUS_DATA
    _build.campus_data = campus_data if campus_data.is_file() else None
    try:
        _campus_services(config)
    except ValueError as error:
        raise PluginError(str(error)) from None
    return config


@event_priority(100)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Check the sources of every language once, before any page is built."""
    if _is_outermost(config):
        default = _default_language(config)
        inventory = take_inventory(_build.docs_dir, tuple(lang for lang in _languages(config) if lang != default))
        _build.translations = dict(inventory.states)
        _build.pages = list(inventory.pages)
        for (page, lang), state in inventory.states.items():
            if state.state not in (MISSING, UNTRANSLATED):
                _build.translated.setdefault(page, set()).add(lang)
        _build.titles = page_titles(inventory, default)
        # A process that builds one language (not the default) leaves the
        # checks of all the sources to the default language's process.
        if os.environ.get(ONLY_LANGUAGE, default) == default:
            assets = [file.src_uri for file in files if not file.is_documentation_page()]
            assert _build.bibliography is not None
            problems = check_sources(inventory, parse_structures(inventory), assets, _build.bibliography)
            if problems:
                raise _fail(problems, "the sources")
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    lang = _text_language(page, config)
    messages = ui_text.load_messages(lang)
    renderer, bibliography = _build.renderer, _build.bibliography
    assert renderer is not None and bibliography is not None

    markdown, problems = apply_hospital_links(markdown, config.extra.get("hospital_links", {}))

    data = _campus_services(config)
    english_src = _english_src(page, config)
    markdown, directive_problems = expand_directives(
        markdown,
        {
            "campus-services-table": lambda _arg: services_table(data, lang, english_src, messages),
            "campus-services": lambda arg: campus_services(data, arg, lang, english_src, messages),
            "bibliography": lambda _arg: render_bibliography(bibliography.keys, lambda key: renderer.html(key, lang)),
            "handouts": lambda _arg: handouts_list(
                _build.titles, _build_language(config), _default_language(config), page.url, messages
            ),
        },
    )
    problems += directive_problems
    if problems:
        offset = _front_matter_lines(page)
        _build.problems.extend(Problem(f"docs/{page.file.src_uri}", line + offset, message) for line, message in problems)
        return markdown
    # Citation keys were checked for every page before the build.
    text = CitationText(messages["references_heading"], messages["back_to_text"], messages["citation_label"])
    return render_citations(markdown, find_citations(markdown), lambda key: renderer.html(key, lang), text)


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    build_lang = _build_language(config)
    prefix = language_prefix(build_lang, _default_language(config))
    english_url = page.url[len(prefix):] if prefix and page.url.startswith(prefix) else page.url
    state = _translation(page, config)
    text_lang = _text_language(page, config)
    context["page_status"] = page_status(
        meta=page.meta,
        text_lang=text_lang,
        reader_lang=build_lang,
        today=dt.date.today(),
        outdated=state is not None and state.state == OUTDATED,
        english_url=english_url,
    )
    context["language_root"] = prefix
    if text_lang != build_lang and config.site_url:
        # A page with no translation is the English page: say so to search engines.
        page.canonical_url = config.site_url.rstrip("/") + "/" + english_url
    context["hreflang_alternates"] = _hreflang_alternates(page, config)
    english_src = _english_src(page, config)
    title = _build.titles.get((english_src, build_lang)) or page.title or ""
    description = str(page.meta.get("description") or config.site_description or "")
    canonical = page.canonical_url or ""
    context["structured_data"] = json_ld(
        medical_web_page(
            name=title,
            description=description,
            lang=text_lang,
            last_reviewed=context["page_status"].reviewed_on,
            url=canonical,
            campus=_campus_services(config).campus_of_page(english_src),
        )
    )
    context["open_graph"] = {
        "title": title,
        "description": description,
        "locale": OG_LOCALES.get(text_lang, text_lang),
        "url": canonical,
        "site_name": config.site_name,
    }
    context["handout_file"] = handout_filename(english_src, build_lang)
    context["ui"] = ui_text.load_messages(build_lang)
    if HANDOUT_MANIFEST in os.environ:
        status = context["page_status"]
        _build.handouts.append(
            HandoutSource(
                page=english_src,
                lang=build_lang,
                text_lang=text_lang,
                title=title,
                body_html=page.content or "",
                url=page.url,
                site_name=config.site_name,
                site_url=config.site_url or "",
                last_reviewed=status.last_reviewed,
                review_due=status.review_due,
                notices=tuple(HandoutNotice(n.kind, n.text) for n in status.notices),
                order=_nav_position(page, nav, build_lang),
            )
        )
    return context


def on_env(env, config: MkDocsConfig, files: Files):  # type: ignore[no-untyped-def]
    # Each build makes a new environment; within one build no template file
    # changes, so Jinja need not stat every template on every include
    # (Material includes about 45 per page).
    env.auto_reload = False
    return env


def on_template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    i18n = _i18n(config)
    if template_name == "404.html" and i18n is not None:
        # Each language's 404 page searches its own language's index.
        context["language_root"] = language_prefix(_build_language(config), _default_language(config))
        if i18n.extra_alternate:
            # static-i18n leaves the last page's alternates in place when it
            # builds a language after another; a 404 page's switcher leads to
            # each language's home page.
            config.extra.alternate = deepcopy(i18n.extra_alternate)
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    output = label_without_control(output)
    if _build_language(config) != _default_language(config):
        output = mark_english_names(output, _build.english_names)
    return compact_whitespace(output)


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
    i18n = _i18n(config)
    if i18n is not None:
        built = [os.environ[ONLY_LANGUAGE]] if ONLY_LANGUAGE in os.environ else i18n.build_languages
        prefixes = {lang: language_prefix(lang, default) for lang in i18n.build_languages}
        for lang in built:
            prefix = prefixes[lang]
            others = tuple(p for p in prefixes.values() if p and p != prefix)
            index = language_index(i18n.search_entries, prefix, _search_settings(config, lang), exclude=others)
            write_index(site_dir, prefix, index)
        for lang, content in _build.not_found_pages.items():
            target = site_dir / language_prefix(lang, default) / "404.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
    if i18n is not None and config.site_url:
        write_sitemap(site_dir, sitemap_xml(config.site_url, _build.pages, _languages(config), default, _build.translated))
    if _build.problems:
        raise _fail(_build.problems, "the pages")
    if HANDOUT_MANIFEST in os.environ:
        write_manifest(Path(os.environ[HANDOUT_MANIFEST]), _build.handouts)


# -- small adapters ------------------------------------------------------------------


def _translated_languages(english_src: str) -> set[str]:
    """The translation languages a page really exists in."""
    return _build.translated.get(english_src, set())


def _hreflang_alternates(page: Page, config: MkDocsConfig) -> list[dict]:
    """static-i18n's alternates for this page, relative to the site (so one
    build serves at the root and under a sub-path), leaving out languages
    the page is not translated into (the switcher still offers them)."""
    base = urlsplit(config.site_url or "/").path
    base = base if base.endswith("/") else base + "/"
    default = _default_language(config)
    real = {default, *_translated_languages(_english_src(page, config))}
    # static-i18n sets `config.extra.alternate` as an attribute, which is what
    # the templates read.
    alternates = getattr(config.extra, "alternate", None) or []
    for alternate in alternates:
        link = alternate.get("link", "")
        if link.startswith(base):
            alternate["link"] = link[len(base):]
    return [alternate for alternate in alternates if alternate.get("lang") in real]


def _nav_position(page: Page, nav: object, lang: str) -> int:
    positions = _build.nav_positions.get(lang)
    if positions is None:
        pages = getattr(nav, "pages", [])
        positions = _build.nav_positions[lang] = {p.file.src_uri: i for i, p in enumerate(pages)}
    return positions.get(page.file.src_uri, len(positions))


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


def _front_matter_lines(page: Page) -> int:
    """Lines of front matter before the Markdown body MkDocs hands us."""
    source = Path(page.file.abs_src_path).read_text(encoding="utf-8")
    if not source.startswith("---"):
        return 0
    end = source.find("\n---", 3)
    return source.count("\n", 0, end) + 2 if end != -1 else 0
