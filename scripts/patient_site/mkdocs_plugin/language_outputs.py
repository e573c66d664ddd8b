"""on_post_build: what each language gets once all its pages are built —
its own search index and 404 page — and the site's sitemap."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from patient_site.mkdocs_plugin.i18n import search_entries
from patient_site.mkdocs_plugin.state import BuildState
from patient_site.pages.search_index import language_index, write_index
from patient_site.pages.sitemap import sitemap_xml, write_sitemap


def search_settings(config: MkDocsConfig, lang: str) -> dict:
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


def write_search_indexes(config: MkDocsConfig, state: BuildState, built: tuple[str, ...]) -> None:
    site_dir = Path(config.site_dir)
    languages = state.languages
    prefixes = {lang: languages.prefix(lang) for lang in languages.built}
    entries = search_entries(config)
    for lang in built:
        prefix = prefixes[lang]
        others = tuple(p for p in prefixes.values() if p and p != prefix)
        write_index(site_dir, prefix, language_index(entries, prefix, search_settings(config, lang), exclude=others))


def write_not_found_pages(config: MkDocsConfig, state: BuildState) -> None:
    """Every language build writes site/404.html; each one's is kept under its prefix."""
    site_dir = Path(config.site_dir)
    for lang, content in state.not_found_pages.items():
        target = site_dir / state.languages.prefix(lang) / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")


def write_site_map(config: MkDocsConfig, state: BuildState) -> None:
    if not config.site_url:
        return
    languages = state.languages
    xml = sitemap_xml(
        config.site_url, state.inputs.inventory.pages, languages.all, languages.default, state.translated, state.language_tags
    )
    write_sitemap(Path(config.site_dir), xml)
