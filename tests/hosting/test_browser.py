"""The site in a real browser (Debian's Chromium, driven by Playwright)
behind its production nginx configuration, at the root and under
/palliative-care/: every page of every language loads without a console
error, a Content-Security-Policy violation, a failed request or a request to
another host; passes axe-core's WCAG 2.1 A/AA rules; its language switcher
leads to the same page in each language; search finds pages of the reader's
language only; print hides the navigation; Arabic reads right to left.

Each language at each base is crawled once, in one browser context (and
axe runs once per page); the tests then check what the crawl recorded, so a
failure names its page and its cause.

Screenshots of each home page go to $PALLIATIVE_SCREENSHOTS, by default
$TMPDIR/palliative-screenshots/.
"""

from __future__ import annotations

import base64
import hashlib
import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import axe_playwright_python
import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Request,
    Response,
    Route,
    sync_playwright,
)

from tests.support.nginx_server import BASES, Server, debian_program, nginx_serving
from tests.support.site_pages import DOCS_DIR, LANGUAGES, english_pages, page_url

pytestmark = [pytest.mark.site, pytest.mark.nginx, pytest.mark.browser]

# Debian's chromium; Playwright's own browser download is not used. The
# background-networking flags keep Chromium from calling Google's hosts.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-proxy-server",
]
LOCALES = {"en": "en-US", "es": "es-ES", "ar": "ar-EG", "zh": "zh-CN"}
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
# axe-core as shipped in the axe-playwright-python package (no CDN).
AXE_SOURCE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
# The same HTML and CSS are served at both bases: axe runs on the root's.
AXE_BASE = BASES[0]
NOT_FOUND = "404"  # the crawl's name for "a page that does not exist"

PAGES = english_pages()
VISITS = [*PAGES, NOT_FOUND]


def lang_prefix(lang: str) -> str:
    return "" if lang == "en" else f"{lang}/"


# -- browser and server --------------------------------------------------------------


@pytest.fixture(scope="session")
def server(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with nginx_serving(site, tmp_path_factory.mktemp("nginx-browser")) as running:
        yield running


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    chromium = debian_program("chromium", "chromium", "/usr/bin/chromium")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


# -- what a page load records --------------------------------------------------------

# Tells the crawl about every Content-Security-Policy violation (an init
# script runs before the page's own scripts; the binding is not subject to
# the page's CSP).
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (e) => {
  window.__palliativeCsp({
    directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample,
    source: e.sourceFile, line: e.lineNumber, column: e.columnNumber,
  });
}, true);
"""

INLINE_SCRIPTS = """() => [...document.scripts]
  .filter((s) => !s.src && (!s.type || /^(text\\/javascript|module)$/i.test(s.type)))
  .map((s) => s.textContent)"""


def csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


@dataclass
class Visit:
    name: str  # the page's source (docs/), or NOT_FOUND
    url: str
    status: int | None = None
    console_errors: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)
    csp_console: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    other_hosts: list[str] = field(default_factory=list)
    outside_base: list[str] = field(default_factory=list)
    inline_scripts: list[str] = field(default_factory=list)
    switcher: dict[str, str] = field(default_factory=dict)
    axe: list[str] | None = None


def _is_csp_message(text: str) -> bool:
    return "Content Security Policy" in text


def _is_failed_load_message(text: str) -> bool:
    # Chromium's console line for a failed request; the request itself (URL,
    # status) is recorded in failed_requests.
    return text.startswith("Failed to load resource:")


def _axe_violations(page: Page) -> list[str]:
    page.evaluate(AXE_SOURCE)
    results = page.evaluate("(options) => axe.run(document, options)", AXE_OPTIONS)
    found = []
    for violation in results["violations"]:
        for node in violation["nodes"]:
            summary = " ".join(node.get("failureSummary", "").split())
            found.append(f"{violation['id']} ({violation['impact']}) {node['target']}: {summary}")
    return found


def _settle(page: Page, pending: set[Request], quiet: float = 0.2, limit: float = 10.0) -> None:
    """Wait until no request has been in flight for `quiet` seconds (like
    Playwright's "networkidle", which always waits 0.5 s)."""
    start = last_busy = time.monotonic()
    while time.monotonic() - start < limit:
        page.wait_for_timeout(20)
        now = time.monotonic()
        if pending:
            last_busy = now
        elif now - last_busy >= quiet:
            return
    raise AssertionError(f"{page.url}: requests still in flight after {limit} s: {[r.url for r in pending]}")


class Crawl:
    """Every page of one language at one base, visited once in one context."""

    def __init__(self, browser: Browser, server: Server) -> None:
        self.browser = browser
        self.server = server
        self._done: dict[tuple[str, str], dict[str, Visit] | Exception] = {}

    def visits(self, base: str, lang: str) -> dict[str, Visit]:
        if (base, lang) not in self._done:
            try:
                self._done[(base, lang)] = self._crawl(base, lang)
            except Exception as error:  # every test of this crawl fails with it, without crawling again
                self._done[(base, lang)] = error
        done = self._done[(base, lang)]
        if isinstance(done, Exception):
            raise AssertionError(f"the crawl of {base} in {lang} failed: {done!r}") from done
        return done

    def url(self, base: str, lang: str, name: str) -> str:
        if name == NOT_FOUND:
            return self.server.url(f"{base}{lang_prefix(lang)}services/no-such-page/")
        return self.server.url(base + page_url(name, lang))

    def _crawl(self, base: str, lang: str) -> dict[str, Visit]:
        origin = self.server.origin
        current: list[Visit] = []
        pending: set[Request] = set()

        def visit() -> Visit:
            return current[-1]

        def on_request(request: Request) -> None:
            pending.add(request)
            if not request.url.startswith(origin + "/"):
                return  # recorded (and stopped) by the route below
            if not urlsplit(request.url).path.startswith(base):
                visit().outside_base.append(request.url)

        def on_response(response: Response) -> None:
            if response.url == visit().url and response.request.is_navigation_request():
                visit().status = response.status
                if visit().name == NOT_FOUND:
                    return  # a 404 page is expected to be a 404
            if response.status >= 400:
                visit().failed_requests.append(f"HTTP {response.status} {response.url}")

        def on_request_failed(request: Request) -> None:
            pending.discard(request)
            visit().failed_requests.append(f"{request.failure} {request.url}")

        def on_console(message: ConsoleMessage) -> None:
            if message.type != "error":
                return
            text = message.text
            if _is_csp_message(text):
                visit().csp_console.append(text)
            elif not _is_failed_load_message(text):
                location = message.location
                visit().console_errors.append(f"{text} ({location.get('url')}:{location.get('lineNumber')})")

        def other_host(route: Route) -> None:
            visit().other_hosts.append(route.request.url)
            route.abort()

        context: BrowserContext = self.browser.new_context(viewport=DESKTOP, locale=LOCALES[lang])
        try:
            context.route(lambda url: not url.startswith(origin + "/"), other_host)
            context.expose_binding(
                "__palliativeCsp",
                lambda _source, v: visit().csp_violations.append(
                    f"{v['directive']} blocked {v['blocked'] or '?'} at {v['source']}:{v['line']}"
                    + (f" ({v['sample']})" if v["sample"] else "")
                ),
            )
            context.add_init_script(CSP_LISTENER)
            context.on("request", on_request)
            context.on("response", on_response)
            context.on("requestfailed", on_request_failed)
            context.on("requestfinished", lambda request: pending.discard(request))
            page = context.new_page()
            page.on("console", on_console)
            # (Material's search worker: its errors and CSP reports too.)
            page.on("worker", lambda worker: worker.on("console", on_console))
            page.on("pageerror", lambda error: visit().console_errors.append(f"uncaught {error.name}: {error.message}"))
            results = {}
            for name in VISITS:
                record = Visit(name, self.url(base, lang, name))
                current.append(record)
                page.goto(record.url, wait_until="load")
                # Requests made after "load" (Material fetches sitemaps then).
                _settle(page, pending)
                record.inline_scripts = [
                    f"{csp_hash(script)} {' '.join(script.split())[:100]}"
                    for script in page.evaluate(INLINE_SCRIPTS)
                ]
                record.switcher = dict(
                    page.eval_on_selector_all(
                        "a.md-select__link", "els => els.map(e => [e.getAttribute('hreflang'), e.href])"
                    )
                )
                if base == AXE_BASE:
                    record.axe = _axe_violations(page)
                results[name] = record
            return results
        finally:
            context.close()


@pytest.fixture(scope="session")
def crawl(browser: Browser, server: Server) -> Crawl:
    return Crawl(browser, server)


def _visit(crawl: Crawl, base: str, lang: str, name: str) -> Visit:
    return crawl.visits(base, lang)[name]


# Each test is parametrized base x language x page; the crawl of a base and
# language happens on its first test.
VISIT_PARAMS = [
    pytest.param(base, lang, name, id=f"{base}{lang}:{name}") for base in BASES for lang in LANGUAGES for name in VISITS
]
PAGE_PARAMS = [p for p in VISIT_PARAMS if p.values[2] != NOT_FOUND]


# -- every page loads cleanly -----------------------------------------------------


@pytest.mark.parametrize(("base", "lang", "name"), VISIT_PARAMS)
def test_no_console_error(crawl, base, lang, name):
    """(CSP reports and failed requests are checked, with their details, by
    the tests below.)"""
    visit = _visit(crawl, base, lang, name)
    assert not visit.console_errors, f"{visit.url}:\n" + "\n".join(visit.console_errors)


@pytest.mark.parametrize(("base", "lang", "name"), VISIT_PARAMS)
def test_no_content_security_policy_violation(crawl, base, lang, name):
    visit = _visit(crawl, base, lang, name)
    problems = visit.csp_violations + visit.csp_console
    assert not problems, (
        f"{visit.url}:\n" + "\n".join(problems)
        + "\ninline scripts on the page (CSP hash, start):\n" + "\n".join(visit.inline_scripts)
    )


@pytest.mark.parametrize(("base", "lang", "name"), VISIT_PARAMS)
def test_no_failed_request(crawl, base, lang, name):
    visit = _visit(crawl, base, lang, name)
    expected = 404 if name == NOT_FOUND else 200
    assert visit.status == expected, f"{visit.url}: HTTP {visit.status}"
    assert not visit.failed_requests, f"{visit.url}:\n" + "\n".join(visit.failed_requests)


@pytest.mark.parametrize(("base", "lang", "name"), VISIT_PARAMS)
def test_no_request_to_another_host(crawl, base, lang, name):
    visit = _visit(crawl, base, lang, name)
    assert not visit.other_hosts, f"{visit.url}:\n" + "\n".join(visit.other_hosts)


@pytest.mark.parametrize(("base", "lang", "name"), VISIT_PARAMS)
def test_no_request_leaves_the_base(crawl, base, lang, name):
    """Under /palliative-care/ the site may share its host with others: all
    it loads must come from under its own base."""
    visit = _visit(crawl, base, lang, name)
    assert not visit.outside_base, f"{visit.url}:\n" + "\n".join(visit.outside_base)


@pytest.mark.parametrize(
    ("lang", "name"), [pytest.param(lang, name, id=f"{lang}:{name}") for lang in LANGUAGES for name in VISITS]
)
def test_no_accessibility_violation(crawl, lang, name):
    """axe-core, WCAG 2.0/2.1 A and AA rules."""
    visit = _visit(crawl, AXE_BASE, lang, name)
    assert visit.axe is not None
    assert not visit.axe, f"{visit.url}:\n" + "\n".join(visit.axe)


@pytest.mark.parametrize(("base", "lang", "name"), PAGE_PARAMS)
def test_switcher_links_lead_to_the_same_page_in_each_language(crawl, base, lang, name):
    visit = _visit(crawl, base, lang, name)
    expected = {other: crawl.url(base, other, name) for other in LANGUAGES}
    assert visit.switcher == expected


# -- the switcher, clicked ---------------------------------------------------------

# A reader's click on the switcher, from the home page and from a page two
# levels down (the links' hrefs on every page are checked above).
CLICKED_PAGES = ["index.md", "services/hospital.md"]


def _choose_language(page: Page, lang: str) -> None:
    page.hover(".md-header .md-select")
    with page.expect_navigation(wait_until="load"):
        page.click(f".md-select__link[hreflang='{lang}']")


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_clicking_the_switcher_opens_the_same_page_in_each_language(browser, crawl, base, lang):
    """Through Material's click handling and the server's language redirect:
    a reader whose browser prefers `lang` picks each other language."""
    problems = []
    for name in CLICKED_PAGES:
        for other in LANGUAGES:
            if other == lang:
                continue
            context = browser.new_context(viewport=DESKTOP, locale=LOCALES[lang])
            try:
                page = context.new_page()
                page.goto(crawl.url(base, lang, name), wait_until="load")
                _choose_language(page, other)
                if page.url != crawl.url(base, other, name):
                    problems.append(f"{crawl.url(base, lang, name)}: chose {other}, got {page.url}")
            finally:
                context.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_chosen_language_is_remembered_in_a_cookie(browser, crawl, base, lang):
    """The switcher's choice is stored as `lang=<code>` for the whole site
    (path "/", or the site's base), which the home-page redirect honours."""
    context = browser.new_context(viewport=DESKTOP, locale=LOCALES["en" if lang != "en" else "es"])
    try:
        page = context.new_page()
        start = "es" if lang == "en" else "en"
        page.goto(crawl.url(base, start, "services/hospital.md"), wait_until="load")
        _choose_language(page, lang)
        cookies = {c["name"]: c for c in context.cookies()}
        assert "lang" in cookies, f"no `lang` cookie after choosing {lang} on {crawl.url(base, start, 'services/hospital.md')}"
        assert cookies["lang"]["value"] == lang
        assert cookies["lang"]["path"] in ("/", base), cookies["lang"]
        page.goto(crawl.url(base, "en", "index.md"), wait_until="load")
        assert page.url == crawl.url(base, lang, "index.md"), "the home page does not follow the chosen language"
    finally:
        context.close()


# -- search -------------------------------------------------------------------------

# A word each language's pages use (docs/team/teamwork*.md), and a Chinese
# word segmented by jieba into its own search token.
SEARCH_WORDS = {
    "en": ("chaplains", "team/teamwork.md"),
    "es": ("capellanes", "team/teamwork.es.md"),
    "ar": ("الروحيون", "team/teamwork.ar.md"),
    "zh": ("姑息", "index.zh.md"),
}


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_finds_pages_of_the_readers_language_only(browser, crawl, base, lang):
    word, source = SEARCH_WORDS[lang]
    assert word in (DOCS_DIR / source).read_text(encoding="utf-8"), f"'{word}' is no longer in docs/{source}"
    context = browser.new_context(viewport=DESKTOP, locale=LOCALES[lang])
    try:
        page = context.new_page()
        page.goto(crawl.url(base, lang, "index.md"), wait_until="load")
        # (On a wide screen the search field is in the header.) Material
        # reads the query on keyup; Playwright types Arabic and Chinese
        # characters as inserted text, without key events (as an input method
        # does until the reader commits), so a last key (End) commits it.
        field = page.locator("input.md-search__input")
        field.click()
        field.fill(word)
        field.press("End")
        results = page.locator(".md-search-result__list a[href]")
        try:
            results.first.wait_for(state="attached", timeout=10_000)
        except Exception as error:  # playwright's TimeoutError
            meta = page.locator(".md-search-result__meta").all_inner_texts()
            pytest.fail(f"no search results for '{word}' on {page.url} (result text: {meta}): {error}")
        # Material adds the query (?h=word) to highlight it on the page.
        hrefs = sorted(set(results.evaluate_all("els => els.map(e => e.href.split('#')[0].split('?')[0])")))
        pages = {crawl.url(base, lang, src) for src in PAGES}
        assert hrefs, f"no result for '{word}'"
        wrong = [href for href in hrefs if href not in pages]
        assert not wrong, f"'{word}' in {lang} found pages that are not {lang} pages:\n" + "\n".join(wrong)
    finally:
        context.close()


# -- print ----------------------------------------------------------------------------

HIDDEN_IN_PRINT = {
    "header": ".md-header",
    "navigation (primary sidebar)": ".md-sidebar--primary",
    "table of contents (secondary sidebar)": ".md-sidebar--secondary",
    "footer navigation": ".md-footer",
}


@pytest.mark.parametrize("name", ["index.md", "services/hospital.md"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_print_shows_the_content_without_navigation(browser, crawl, lang, name):
    context = browser.new_context(viewport=DESKTOP, locale=LOCALES[lang])
    try:
        page = context.new_page()
        page.goto(crawl.url(BASES[0], lang, name), wait_until="load")
        for what, selector in HIDDEN_IN_PRINT.items():
            assert page.locator(selector).first.is_visible(), f"{what} ({selector}) should show on screen"
        page.emulate_media(media="print")
        shown = [f"{what} ({selector})" for what, selector in HIDDEN_IN_PRINT.items() if page.locator(selector).first.is_visible()]
        assert not shown, f"{page.url}: printed with " + ", ".join(shown)
        assert page.locator("article.md-content__inner").is_visible()
    finally:
        context.close()


# -- right to left ------------------------------------------------------------------------


def _box(page: Page, selector: str) -> dict:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, f"{selector} is not rendered"
    return box


@pytest.mark.parametrize("lang", LANGUAGES)
def test_navigation_sidebar_is_on_the_reading_side(browser, crawl, lang):
    """On a wide screen the navigation sits before the content in reading
    order: left of it, and right of it in Arabic."""
    context = browser.new_context(viewport=DESKTOP, locale=LOCALES[lang])
    try:
        page = context.new_page()
        page.goto(crawl.url(BASES[0], lang, "services/hospital.md"), wait_until="load")
        sidebar = _box(page, ".md-sidebar--primary")
        content = _box(page, ".md-content")
        if lang == "ar":
            assert sidebar["x"] >= content["x"] + content["width"] - 1, (sidebar, content)
        else:
            assert sidebar["x"] + sidebar["width"] <= content["x"] + 1, (sidebar, content)
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_navigation_drawer_opens_from_the_reading_side(browser, crawl, lang):
    """On a phone the navigation drawer slides in from the left, and from the
    right in Arabic."""
    context = browser.new_context(viewport=PHONE, locale=LOCALES[lang], has_touch=True)
    try:
        page = context.new_page()
        page.goto(crawl.url(BASES[0], lang, "services/hospital.md"), wait_until="load")
        closed = _box(page, ".md-sidebar--primary")
        assert closed["x"] + closed["width"] <= 1 or closed["x"] >= PHONE["width"] - 1, f"drawer open at first: {closed}"
        page.click("label.md-header__button[for='__drawer']")
        # Wait for the slide-in transition to end.
        page.wait_for_function(
            "() => document.getAnimations().filter(a => a.playState === 'running').length === 0", timeout=5000
        )
        box = _box(page, ".md-sidebar--primary")
        assert box["width"] > 100, box
        if lang == "ar":
            assert abs(box["x"] + box["width"] - PHONE["width"]) <= 1, f"drawer not at the right edge: {box}"
        else:
            assert abs(box["x"]) <= 1, f"drawer not at the left edge: {box}"
    finally:
        context.close()


# -- screenshots -------------------------------------------------------------------------


def screenshot_dir() -> Path:
    return Path(os.environ.get("PALLIATIVE_SCREENSHOTS") or Path(tempfile.gettempdir()) / "palliative-screenshots")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_screenshot_for_people_to_look_at(browser, crawl, lang):
    folder = screenshot_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"home-{lang}.png"
    context = browser.new_context(viewport=DESKTOP, locale=LOCALES[lang])
    try:
        page = context.new_page()
        page.goto(crawl.url(BASES[0], lang, "index.md"), wait_until="networkidle")
        page.screenshot(path=str(target), full_page=True)
    finally:
        context.close()
    assert target.stat().st_size > 10_000, f"{target} looks empty"
    print(f"screenshot: {target}")
