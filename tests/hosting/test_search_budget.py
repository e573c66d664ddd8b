"""Search at hospital scale, in a real browser behind the production nginx:
on a generated site of 200 pages × 4 languages, every request from page load
to the first result is recorded. Nothing of the search is requested before
the reader opens the box; then the bytes to the first result (as nginx sent
them, gzip'd) are at most a tenth of the index Material would have had the
browser download on every page view (rebuilt from the same pages with
Material's own search parser: scripts/patient_site/benchmarks/search_bytes.py).

The generated site is built once per session by the README's build command,
without handouts.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.async_api import Browser, async_playwright

from patient_site.benchmarks.generated_site import LANGUAGES, generate
from patient_site.benchmarks.search_bytes import TYPICAL_QUERIES, search_bytes
from patient_site.project import PLUGIN_NAME
from patient_site.translations.languages import MkDocsYamlLoader
from tests.conftest import PROJECT_DIR, run_build
from tests.hosting.test_browser import (
    CHROMIUM_ARGS,
    DESKTOP,
    IDLE,
    LOCALES,
    RESULTS,
    SEARCH_FIELD,
    SEARCH_REQUEST,
    headless_chromium,
)
from tests.support.nginx_server import Server, nginx_serving

pytestmark = [pytest.mark.nginx, pytest.mark.browser]

PAGES = 200
BUDGET = 0.10  # of Material's whole index for the language

# Stamps the moment the first result is in the list (performance.now()).
FIRST_RESULT = """() => {
  const list = document.querySelector(".md-search-result__list")
  window.__firstResult = new Promise((resolve) => new MutationObserver((_, observer) => {
    if (list.querySelector("a[href]")) { observer.disconnect(); resolve(performance.now()) }
  }).observe(list, { childList: true }))
}"""
RESOURCES = """() => performance.getEntriesByType("resource").map((e) => ({
  url: e.name, start: e.startTime, end: e.responseEnd, bytes: e.encodedBodySize,
}))"""


def _generated_config(folder: Path) -> Path:
    """The project's mkdocs.yml for the generated docs/ beside it (no nav:
    the generated pages are the site's)."""
    config = yaml.load((PROJECT_DIR / "mkdocs.yml").read_text(encoding="utf-8"), Loader=MkDocsYamlLoader)
    config.pop("nav", None)
    config["theme"]["custom_dir"] = str(PROJECT_DIR / "overrides")
    options = next(p[PLUGIN_NAME] for p in config["plugins"] if isinstance(p, dict) and PLUGIN_NAME in p)
    options.update({"glossary": str(PROJECT_DIR / "translations" / "glossary"), "interface_text": str(PROJECT_DIR / "translations" / "ui")})
    options.pop("only_language", None)
    path = folder / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def generated_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("generated-200")
    generate(folder, PAGES)
    _generated_config(folder)
    result = run_build(folder, folder / "site", "--no-handouts")
    assert result.returncode == 0, result.stderr[-5000:]
    return folder / "site"


@pytest.fixture(scope="session")
def generated_server(generated_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with nginx_serving(generated_site, tmp_path_factory.mktemp("nginx-generated")) as running:
        yield running


async def _first_result(browser: Browser, server: Server, lang: str) -> dict:
    """A cold visit (a fresh context) to the language's home page, then the
    typical word searched: what was requested before the box was opened,
    and each resource fetched from opening it to the first result."""
    context = await browser.new_context(viewport=DESKTOP, locale=LOCALES[lang])
    try:
        requested: list[str] = []
        context.on("request", lambda request: requested.append(request.url))
        page = await context.new_page()
        await page.goto(server.url("/" if lang == "en" else f"/{lang}/"), wait_until="load")
        await page.evaluate(IDLE)
        await asyncio.sleep(0.3)  # anything a page load would still start
        before = list(requested)
        await page.evaluate(FIRST_RESULT)
        opened = await page.evaluate("() => performance.now()")
        await page.locator(SEARCH_FIELD).click()
        await page.locator(SEARCH_FIELD).fill(TYPICAL_QUERIES[lang])
        await page.locator(RESULTS).first.wait_for(state="attached", timeout=15_000)
        first = await page.evaluate("() => window.__firstResult")
        await page.evaluate(IDLE)
        resources = await page.evaluate(RESOURCES)
        return {
            "before": before,
            "fetched": [r for r in resources if opened <= r["start"] <= first],
            "unfinished": [r["url"] for r in resources if opened <= r["start"] <= first and r["end"] == 0],
        }
    finally:
        await context.close()


@pytest.fixture(scope="session")
def first_results(generated_server: Server) -> dict[str, dict]:
    chromium = headless_chromium()

    async def record() -> list[dict]:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
            try:
                return await asyncio.gather(*(_first_result(browser, generated_server, lang) for lang in LANGUAGES))
            finally:
                await browser.close()

    return dict(zip(LANGUAGES, asyncio.run(record()), strict=True))


def _path(url: str) -> str:
    return urlsplit(url).path


@pytest.mark.parametrize("lang", LANGUAGES)
def test_nothing_of_search_is_requested_before_the_box_is_opened(first_results, lang):
    before = [url for url in first_results[lang]["before"] if SEARCH_REQUEST.search(_path(url))]
    assert not before, "requested on page load, before the search box was opened:\n" + "\n".join(before)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_first_result_costs_at_most_a_tenth_of_materials_index(generated_site, first_results, lang):
    seen = first_results[lang]
    assert not seen["unfinished"], seen["unfinished"]
    assert all(SEARCH_REQUEST.search(_path(r["url"])) for r in seen["fetched"]), [r["url"] for r in seen["fetched"]]
    fetched = sum(r["bytes"] for r in seen["fetched"])
    material = search_bytes(generated_site, lang)["material_index_gzip"]
    print(f"{lang}: {fetched:,} B to the first result, {fetched / material:.1%} of Material's index ({material:,} B gzip)")
    assert 0 < fetched <= BUDGET * material, (
        f"{lang}: {fetched:,} B to the first result, {fetched / material:.1%} of Material's index ({material:,} B gzip):\n"
        + "\n".join(f"{r['bytes']:>7,} B {_path(r['url'])}" for r in seen["fetched"])
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_browser_reads_what_the_benchmark_counts(generated_site, first_results, lang):
    """The benchmark's count of the files a first result needs (Python's
    twin of the browser's query) is what the browser read."""
    prefix = "/" if lang == "en" else f"/{lang}/"
    read = sorted(_path(r["url"]) for r in first_results[lang]["fetched"])
    counted = search_bytes(generated_site, lang)["first_result_files"]
    expected = sorted("/assets/javascripts/" + name if name.endswith(".js") else prefix + name for name in counted)
    assert read == expected
