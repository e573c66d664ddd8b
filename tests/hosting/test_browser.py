"""The site in a real browser (Debian's Chromium, driven by Playwright)
behind its production nginx configuration, at the root and under
/palliative-care/: every page of every language loads without a console
error, a Content-Security-Policy violation, a failed request or a request to
another host; passes axe-core's WCAG 2.1 A/AA rules; its language switcher
leads to the same page in each language; search finds pages of the reader's
language only (fetching nothing until the box is opened), by the forms
readers type, from the keyboard and from the 404 pages; print hides the navigation; Arabic reads right to left.

What the tests check is recorded once per session by journeys, which start
with the session in a thread of their own, beside the other tests: each
language at each base is crawled once, in one browser context (and axe runs
once per page); each click on the switcher, the cookie, search, print, the
sidebar, the drawer and the screenshots are journeys of their own, each in
a tab with no cookie and nothing stored: a new context where the journey
watches every request, else a tab another journey has finished with,
cleared (see Tabs). The journeys run side by side in one browser
(Playwright's async API), one more at a time than the machine has cores.
The tests then check what was recorded, so a failure names its page and its
cause; a journey that raised fails the tests that need what it did not get
to see, with its error.

Screenshots of each home page go to $PALLIATIVE_SCREENSHOTS, by default
$TMPDIR/palliative-screenshots/.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import os
import re
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import axe_playwright_python
import pytest
from playwright.async_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Request,
    Response,
    async_playwright,
)
from playwright.async_api import Error as PlaywrightError

from patient_site.pages.search_terms import keys
from tests.support.nginx_server import BASES, Server, debian_program, nginx_serving
from tests.support.site_pages import DOCS_DIR, LANGUAGES, english_pages, page_url

pytestmark = [pytest.mark.site, pytest.mark.nginx, pytest.mark.browser]

# Debian's Chromium, as its headless shell (package chromium-headless-shell:
# the same Chromium build without the desktop browser around it, which is
# what Playwright itself runs headless; a new tab costs it a third of the
# CPU, a page load two thirds). Playwright's own browser download is not
# used. The background-networking flags keep Chromium from calling Google's hosts; the
# resolver finds no host but the test server's, so a request to another host
# fails at once (and is recorded) without intercepting every request, which
# would turn Chromium's HTTP cache off.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-proxy-server", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
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

# How many journeys run at once, each in its own context: one more than the
# machine has cores. (Six at a time on two cores took as long, 108-114 s
# against 107 s.)
CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 2
CONCURRENCY = min(8, CORES + 1)
# A journey still running after this long is stopped, and fails its tests.
JOURNEY_LIMIT = 300.0


def lang_prefix(lang: str) -> str:
    return "" if lang == "en" else f"{lang}/"


def site_url(server: Server, base: str, lang: str, name: str) -> str:
    if name == NOT_FOUND:
        return server.url(f"{base}{lang_prefix(lang)}services/no-such-page/")
    return server.url(base + page_url(name, lang))


# -- journeys: what the tests check, recorded side by side -------------------------


class Tabs:
    """Tabs to lend to journeys, by their context's options. A new tab costs
    Chromium a renderer process (0.23 CPU-s here in the headless shell, two
    page loads' worth; 0.67 in the desktop one), so a journey that needs only "no cookie, nothing stored" borrows
    a tab that another journey with the same options has finished with and
    that has been cleared: its cookies, its pages' storage and its media
    emulation. Its HTTP cache stays warm, as a reader's does: the server
    sends every page and redirect as no-cache, so the browser asks the
    server for each (and meets its language redirect) all the same."""

    def __init__(self, browser: Browser) -> None:
        self.browser = browser
        self._idle: dict[str, list[Page]] = {}
        self._all: list[BrowserContext] = []

    @staticmethod
    def _kind(options: dict[str, Any]) -> str:
        return repr(sorted(options.items()))

    async def borrow(self, **options: Any) -> Page:
        idle = self._idle.get(self._kind(options))
        if idle:
            return idle.pop()
        context = await self.browser.new_context(**options)
        self._all.append(context)
        return await context.new_page()

    async def give_back(self, page: Page, **options: Any) -> None:
        """Clears the tab for the next journey, or closes it if that fails."""
        try:
            await page.evaluate(CLEAR_STORAGE)
            await page.context.clear_cookies()
            await page.emulate_media(media="null")
            await page.goto("about:blank")
        except PlaywrightError:
            self._all.remove(page.context)
            await page.context.close()
            return
        self._idle.setdefault(self._kind(options), []).append(page)

    async def close(self) -> None:
        for context in self._all:
            await context.close()


# What the site keeps in the browser besides its cookie (Material's
# settings and the search's state); about:blank has no storage to clear.
CLEAR_STORAGE = """() => {
  if (location.protocol.startsWith("http")) { localStorage.clear(); sessionStorage.clear() }
}"""


class Journey:
    """One journey through the site (its key: its kind, then its arguments),
    and what it saw, by name. A name it did not get to see raises the error
    that stopped it."""

    def __init__(self, browser: Browser | None, server: Server, key: tuple[str, ...], tabs: Tabs | None = None) -> None:
        self.browser = browser
        self.server = server
        self.key = key
        self.tabs = tabs
        self.where = ""  # the page it is on, for its error
        self.error: Exception | None = None
        self.cleanup_error: Exception | None = None
        self._seen: dict[str, Any] = {}
        self._contexts: list[BrowserContext] = []
        self._borrowed: list[tuple[Page, dict[str, Any]]] = []

    def __str__(self) -> str:
        kind, *args = self.key
        return f"the {kind} journey ({', '.join(args)})" + (f" on {self.where}" if self.where else "")

    def url(self, base: str, lang: str, name: str) -> str:
        return site_url(self.server, base, lang, name)

    async def context(self, **options: Any) -> BrowserContext:
        """A fresh context (no cookie, empty cache), closed when the journey
        ends: for a journey that watches the context's every request."""
        assert self.browser is not None
        context = await self.browser.new_context(**options)
        self._contexts.append(context)
        return context

    async def page(self, url: str, **options: Any) -> Page:
        """A tab with no cookie and nothing stored (borrowed, see Tabs), at
        `url` once it has loaded."""
        assert self.tabs is not None
        page = await self.tabs.borrow(**options)
        self._borrowed.append((page, options))
        self.where = url
        await page.goto(url, wait_until="load")
        return page

    def __setitem__(self, name: str, value: Any) -> None:
        self._seen[name] = value

    def __getitem__(self, name: str) -> Any:
        if self.cleanup_error is not None:
            raise AssertionError(f"{self} could not close its browser context: {self.cleanup_error!r}") from self.cleanup_error
        if name in self._seen:
            return self._seen[name]
        if self.error is not None:
            raise AssertionError(f"{self} failed before it saw {name}: {self.error!r}") from self.error
        raise KeyError(f"{self} does not record {name!r}")

    async def run(self, slots: asyncio.Semaphore) -> None:
        async with slots:
            try:
                await asyncio.wait_for(JOURNEYS[self.key[0]](self, *self.key[1:]), JOURNEY_LIMIT)
            except TimeoutError:  # asyncio's, not Playwright's
                self.error = TimeoutError(f"still running after {JOURNEY_LIMIT:.0f} s")
            except Exception as error:  # its tests fail with it; the other journeys go on
                self.error = error
            finally:
                for context in self._contexts:
                    try:
                        await context.close()
                    except Exception as error:
                        self.cleanup_error = self.cleanup_error or error
                for page, options in self._borrowed:
                    if self.error is None:
                        await self.tabs.give_back(page, **options)
                    else:  # (a tab left in an unknown state is not lent again)
                        with contextlib.suppress(PlaywrightError):
                            await page.close()


def records(journeys: Callable[..., list[tuple[str, ...]]]) -> Callable:
    """Declares the journeys a test checks, from its parameters: the session
    records those of the tests it runs, and no others."""

    def declare(test: Callable) -> Callable:
        test.journeys = journeys
        return test

    return declare


# Longest first, so that no long journey starts last.
ORDER = [
    "crawl", "search", "click", "click-without-scripts", "cookie", "english", "not-found-search", "keyboard", "query", "drawer", "screenshot",
    "print", "sidebar", "twins",
]


def _order(key: tuple[str, ...]) -> tuple[int, bool]:
    return ORDER.index(key[0]), AXE_BASE not in key


async def _record(chromium: str, server: Server, keys: list[tuple[str, ...]]) -> dict[tuple[str, ...], Journey]:
    async with async_playwright() as playwright:
        try:
            browser = await playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
        except Exception as error:
            failed = {key: Journey(None, server, key) for key in keys}
            for journey in failed.values():
                journey.error = error
            return failed
        tabs = Tabs(browser)
        try:
            journeys = {key: Journey(browser, server, key, tabs) for key in keys}
            slots = asyncio.Semaphore(CONCURRENCY)
            await asyncio.gather(*(journey.run(slots) for journey in journeys.values()))
            return journeys
        finally:
            await tabs.close()
            await browser.close()


class Recorded:
    """The journeys of the tests being run, recorded."""

    def __init__(self, server: Server, journeys: dict[tuple[str, ...], Journey]) -> None:
        self.server = server
        self._journeys = journeys

    def url(self, base: str, lang: str, name: str) -> str:
        return site_url(self.server, base, lang, name)

    def journey(self, *key: str) -> Journey:
        assert key in self._journeys, f"{key} was not recorded: the test must declare it with @records"
        return self._journeys[key]

    def visit(self, base: str, lang: str, name: str) -> Visit:
        return self.journey("crawl", base, lang)[name]


def headless_chromium() -> str:
    return debian_program("chromium-headless-shell", "chromium-headless-shell", "/usr/bin/chromium-headless-shell")


def journeys_of(items: list[pytest.Item]) -> list[tuple[str, ...]]:
    """The journeys the tests among `items` declare, longest first."""
    keys = set()
    for item in items:
        journeys = getattr(getattr(item, "function", None), "journeys", None)
        if journeys is not None:
            keys.update(journeys(**item.callspec.params))
    return sorted(keys, key=_order)


class Recording:
    """The journeys, recorded in a thread of their own from the start of the
    session (tests/conftest.py starts it) while the other tests run in the
    main one: each alone leaves part of the cores unused (the browser waits
    for pages to settle, most other tests use one core). This module's tests
    run last.
    What stops it from starting (the site's build, nginx, the browser's
    installation) fails this module's tests only."""

    def __init__(self, keys: list[tuple[str, ...]]) -> None:
        self._keys = keys
        self._journeys: dict[tuple[str, ...], Journey] = {}
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self._running = contextlib.ExitStack()
        self.server: Server | None = None

    def start(self, site: Callable[[], Path], work_dir: Path) -> Recording:
        try:
            self.server = self._running.enter_context(nginx_serving(site(), work_dir))
            chromium = headless_chromium()  # (installed if need be, from the main thread)
        except (Exception, pytest.fail.Exception) as error:
            self._error = error
            return self
        self._thread = threading.Thread(target=self._run, args=(chromium,), name="browser journeys", daemon=True)
        self._thread.start()
        return self

    def _run(self, chromium: str) -> None:
        assert self.server is not None
        try:
            self._journeys = asyncio.run(_record(chromium, self.server, self._keys))
        except BaseException as error:  # raised again in the tests that wait for it
            self._error = error

    def result(self) -> Recorded:
        if self._thread is not None:
            self._thread.join()
        if self._error is not None:
            raise AssertionError(f"the browser's journeys could not be recorded: {self._error!r}") from self._error
        assert self.server is not None
        return Recorded(self.server, self._journeys)

    def stop(self) -> None:
        """Once the journeys are done: nginx stops."""
        if self._thread is not None:
            self._thread.join()
        self._running.close()


@pytest.fixture(scope="session")
def recorded(browser_journeys: Recording | None) -> Recorded:
    assert browser_journeys is not None, "tests/conftest.py starts the journeys when a test declares some"
    return browser_journeys.result()


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

# Resolve once the page's main thread, or a worker, has nothing left to run.
# (The headless shell now and then gives a page no idle period at all, its
# first in a new context: after a second the callback runs anyway, by which
# time anything the page queued at load has started.)
IDLE = "() => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 }))"
WORKER_IDLE = "() => new Promise((resolve) => setTimeout(resolve))"


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


# Every finite animation and transition has ended (the open search fades
# in: axe run during the fade reads its colours half-way).
AT_REST = "() => document.getAnimations().every(a => a.playState !== 'running' || a.effect.getTiming().iterations === Infinity)"


async def _axe_violations(page: Page) -> list[str]:
    """axe on the page as it rests."""
    await page.wait_for_function(AT_REST, timeout=5000)
    await page.evaluate(AXE_SOURCE)
    results = await page.evaluate("(options) => axe.run(document, options)", AXE_OPTIONS)
    found = []
    for violation in results["violations"]:
        for node in violation["nodes"]:
            summary = " ".join(node.get("failureSummary", "").split())
            found.append(f"{violation['id']} ({violation['impact']}) {node['target']}: {summary}")
    return found


class Requests:
    """A context's requests: those in flight, and how many have started."""

    def __init__(self) -> None:
        self.pending: set[Request] = set()
        self.started = 0

    def start(self, request: Request) -> None:
        self.pending.add(request)
        self.started += 1

    def end(self, request: Request) -> None:
        self.pending.discard(request)


async def _idle(page: Page, waiting: list[str]) -> None:
    """Returns once the page's main thread, then each of its workers, has had
    nothing left to run (what it is waiting for is last in `waiting`)."""
    waiting.append("the page's main thread to be idle")
    await page.evaluate(IDLE)
    for worker in page.workers:
        waiting.append(f"the worker {worker.url} to be idle")
        with contextlib.suppress(PlaywrightError):  # a worker that has ended makes no request
            await worker.evaluate(WORKER_IDLE)


async def _settle(page: Page, requests: Requests, quiet: float = 0.2, limit: float = 10.0) -> None:
    """Wait until no request has been in flight, nor started, for `quiet`
    seconds (like Playwright's "networkidle", which always waits 0.5 s), and
    the page and its workers have then been idle with none started. (Under
    load the round trips to the page and its workers take longer, as the
    page's own work does.)"""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    waiting = ["no request to have started for a moment"]
    while loop.time() < deadline:
        if requests.pending:
            await asyncio.sleep(0.02)
            continue
        started = requests.started
        await asyncio.sleep(quiet)
        if requests.pending or requests.started != started:
            continue
        try:
            await asyncio.wait_for(_idle(page, waiting), max(deadline - loop.time(), 0.1))
        except TimeoutError:
            break
        if not requests.pending and requests.started == started:
            return
    raise AssertionError(
        f"{page.url}: not settled after {limit} s, waiting for {waiting[-1]}"
        f" (requests in flight: {[r.url for r in requests.pending]}; {requests.started} started)"
    )


async def crawl(journey: Journey, base: str, lang: str) -> None:
    """Every page of one language at one base, visited once in one context."""
    origin = journey.server.origin
    current: list[Visit] = []
    requests = Requests()

    def visit() -> Visit:
        return current[-1]

    def on_request(request: Request) -> None:
        requests.start(request)
        if not request.url.startswith(origin + "/"):
            if request.url.startswith(("http:", "https:", "ws:", "wss:")):
                visit().other_hosts.append(request.url)  # (it fails: no other host resolves)
            return
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
        requests.end(request)
        if request.url.startswith(origin + "/"):  # (another host's is recorded as such)
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

    context = await journey.context(viewport=DESKTOP, locale=LOCALES[lang])
    await context.expose_binding(
        "__palliativeCsp",
        lambda _source, v: visit().csp_violations.append(
            f"{v['directive']} blocked {v['blocked'] or '?'} at {v['source']}:{v['line']}"
            + (f" ({v['sample']})" if v["sample"] else "")
        ),
    )
    await context.add_init_script(CSP_LISTENER)
    context.on("request", on_request)
    context.on("response", on_response)
    context.on("requestfailed", on_request_failed)
    context.on("requestfinished", requests.end)
    page = await context.new_page()
    page.on("console", on_console)
    # (A worker's errors and CSP reports too.)
    page.on("worker", lambda worker: worker.on("console", on_console))
    page.on("pageerror", lambda error: visit().console_errors.append(f"uncaught {error.name}: {error.message}"))
    for name in VISITS:
        record = Visit(name, journey.url(base, lang, name))
        current.append(record)
        journey.where = record.url
        await page.goto(record.url, wait_until="load")
        # Requests made after "load" (Material fetches sitemaps then).
        await _settle(page, requests)
        started = requests.started
        record.inline_scripts = [
            f"{csp_hash(script)} {' '.join(script.split())[:100]}" for script in await page.evaluate(INLINE_SCRIPTS)
        ]
        record.switcher = dict(
            await page.eval_on_selector_all(
                "a.md-select__link", "els => els.map(e => [e.getAttribute('hreflang'), e.href])"
            )
        )
        if base == AXE_BASE:
            record.axe = await _axe_violations(page)
        if requests.pending or requests.started != started:
            await _settle(page, requests)  # not to go on while they are in flight
        journey[name] = record


def _crawl_of(base: str, lang: str, name: str | None = None) -> list[tuple[str, ...]]:
    return [("crawl", base, lang)]


# Each test is parametrized base x language x page, and checks what the
# crawl of its base and language recorded.
VISIT_PARAMS = [
    pytest.param(base, lang, name, id=f"{base}{lang}:{name}") for base in BASES for lang in LANGUAGES for name in VISITS
]
PAGE_PARAMS = [p for p in VISIT_PARAMS if p.values[2] != NOT_FOUND]


# -- every page loads cleanly -----------------------------------------------------


@records(_crawl_of)
@pytest.mark.parametrize(("base", "lang", "name"), VISIT_PARAMS)
def test_no_console_error(recorded, base, lang, name):
    """(CSP reports and failed requests are checked, with their details, by
    the tests below.)"""
    visit = recorded.visit(base, lang, name)
    assert not visit.console_errors, f"{visit.url}:\n" + "\n".join(visit.console_errors)


@records(_crawl_of)
@pytest.mark.parametrize(("base", "lang", "name"), VISIT_PARAMS)
def test_no_content_security_policy_violation(recorded, base, lang, name):
    visit = recorded.visit(base, lang, name)
    problems = visit.csp_violations + visit.csp_console
    assert not problems, (
        f"{visit.url}:\n" + "\n".join(problems)
        + "\ninline scripts on the page (CSP hash, start):\n" + "\n".join(visit.inline_scripts)
    )


@records(_crawl_of)
@pytest.mark.parametrize(("base", "lang", "name"), VISIT_PARAMS)
def test_no_failed_request(recorded, base, lang, name):
    visit = recorded.visit(base, lang, name)
    expected = 404 if name == NOT_FOUND else 200
    assert visit.status == expected, f"{visit.url}: HTTP {visit.status}"
    assert not visit.failed_requests, f"{visit.url}:\n" + "\n".join(visit.failed_requests)


@records(_crawl_of)
@pytest.mark.parametrize(("base", "lang", "name"), VISIT_PARAMS)
def test_no_request_to_another_host(recorded, base, lang, name):
    visit = recorded.visit(base, lang, name)
    assert not visit.other_hosts, f"{visit.url}:\n" + "\n".join(visit.other_hosts)


@records(_crawl_of)
@pytest.mark.parametrize(("base", "lang", "name"), VISIT_PARAMS)
def test_no_request_leaves_the_base(recorded, base, lang, name):
    """Under /palliative-care/ the site may share its host with others: all
    it loads must come from under its own base."""
    visit = recorded.visit(base, lang, name)
    assert not visit.outside_base, f"{visit.url}:\n" + "\n".join(visit.outside_base)


@records(lambda lang, name: _crawl_of(AXE_BASE, lang))
@pytest.mark.parametrize(
    ("lang", "name"), [pytest.param(lang, name, id=f"{lang}:{name}") for lang in LANGUAGES for name in VISITS]
)
def test_no_accessibility_violation(recorded, lang, name):
    """axe-core, WCAG 2.0/2.1 A and AA rules."""
    visit = recorded.visit(AXE_BASE, lang, name)
    assert visit.axe is not None
    assert not visit.axe, f"{visit.url}:\n" + "\n".join(visit.axe)


@records(_crawl_of)
@pytest.mark.parametrize(("base", "lang", "name"), PAGE_PARAMS)
def test_switcher_links_lead_to_the_same_page_in_each_language(recorded, base, lang, name):
    visit = recorded.visit(base, lang, name)
    expected = {other: switched_to(recorded, base, other, name) for other in LANGUAGES}
    assert visit.switcher == expected


def switched_to(recorded: Recorded, base: str, lang: str, name: str) -> str:
    """Where the switcher leads to `name` in `lang`: the English home page
    as index.html, which the server's language redirect leaves alone (it
    applies to the bare root only), so the choice holds before the page's
    scripts have run, and without them."""
    url = recorded.url(base, lang, name)
    return url + "index.html" if (lang, name) == ("en", "index.md") else url


# -- the switcher, clicked ---------------------------------------------------------

# A reader's click on the switcher, from the home page and from a page two
# levels down (the links' hrefs on every page are checked above).
CLICKED_PAGES = ["index.md", "services/hospital.md"]


async def _choose_language(page: Page, lang: str) -> None:
    await page.hover(".md-header .md-select")
    async with page.expect_navigation(wait_until="load"):
        await page.click(f".md-select__link[hreflang='{lang}']")


async def click(journey: Journey, base: str, lang: str, name: str, other: str) -> None:
    """From `name` in `lang`, in a tab with no cookie, whose browser prefers
    `lang`, a click on `other` in the switcher."""
    page = await journey.page(journey.url(base, lang, name), viewport=DESKTOP, locale=LOCALES[lang])
    await _choose_language(page, other)
    journey["url"] = page.url


async def click_without_scripts(journey: Journey, base: str, lang: str) -> None:
    """From the home page in `lang`, with JavaScript off, in a tab with no cookie
    whose browser prefers `lang`, a click on English in the switcher."""
    page = await journey.page(
        journey.url(base, lang, "index.md"), viewport=DESKTOP, locale=LOCALES[lang], java_script_enabled=False
    )
    await _choose_language(page, "en")
    journey["url"] = page.url


@records(lambda base, lang: [("click-without-scripts", base, lang)])
@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_the_switcher_reaches_the_english_home_page_without_scripts(recorded, base, lang):
    """Nothing remembers the choice without JavaScript: the link itself must
    not be sent back to the reader's language by the server's redirect."""
    got = recorded.journey("click-without-scripts", base, lang)["url"]
    assert got == switched_to(recorded, base, "en", "index.md"), f"from {recorded.url(base, lang, 'index.md')}: got {got}"


def _clicks_of(base: str, lang: str) -> list[tuple[str, ...]]:
    return [("click", base, lang, name, other) for name in CLICKED_PAGES for other in LANGUAGES if other != lang]


@records(_clicks_of)
@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_clicking_the_switcher_opens_the_same_page_in_each_language(recorded, base, lang):
    """Through Material's click handling and the server's language redirect:
    a reader whose browser prefers `lang` picks each other language."""
    problems = []
    for key in _clicks_of(base, lang):
        _, _, _, name, other = key
        got = recorded.journey(*key)["url"]
        if got != switched_to(recorded, base, other, name):
            problems.append(f"{recorded.url(base, lang, name)}: chose {other}, got {got}")
    assert not problems, "\n".join(problems)


def _cookie_start(lang: str) -> str:
    return "es" if lang == "en" else "en"


async def cookie(journey: Journey, base: str, lang: str) -> None:
    """In a tab with no cookie, `lang` chosen in the switcher, then the home page."""
    start = _cookie_start(lang)
    page = await journey.page(
        journey.url(base, start, "services/hospital.md"), viewport=DESKTOP, locale=LOCALES["en" if lang != "en" else "es"]
    )
    await _choose_language(page, lang)
    journey["cookies"] = {c["name"]: c for c in await page.context.cookies()}
    journey.where = journey.url(base, "en", "index.md")
    await page.goto(journey.where, wait_until="load")
    journey["home"] = page.url


@records(lambda base, lang: [("cookie", base, lang)])
@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_chosen_language_is_remembered_in_a_cookie(recorded, base, lang):
    """The switcher's choice is stored as `lang=<code>` for the whole site
    (path "/", or the site's base), which the home-page redirect honours."""
    seen = recorded.journey("cookie", base, lang)
    cookies = seen["cookies"]
    start = _cookie_start(lang)
    assert "lang" in cookies, f"no `lang` cookie after choosing {lang} on {recorded.url(base, start, 'services/hospital.md')}"
    assert cookies["lang"]["value"] == lang
    assert cookies["lang"]["path"] in ("/", base), cookies["lang"]
    assert seen["home"] == recorded.url(base, lang, "index.md"), "the home page does not follow the chosen language"


# -- the notice's link to the English page ---------------------------------------------

TRANSLATIONS = [lang for lang in LANGUAGES if lang != "en"]


async def english_link(journey: Journey, base: str, lang: str, js: str) -> None:
    """A reader whose browser prefers `lang` follows the draft notice's link
    on the translated home page to the English page (JavaScript on or off),
    then comes back to the site's address."""
    page = await journey.page(
        journey.url(base, lang, "index.md"), viewport=DESKTOP, locale=LOCALES[lang], java_script_enabled=js == "on"
    )
    link = page.locator("a.page-notice__english")
    journey["links"] = await link.count()
    if not journey["links"]:
        return
    async with page.expect_navigation(wait_until="load"):
        await link.first.click()
    journey["landed"] = page.url
    journey["landed_lang"] = await page.locator("html").get_attribute("lang")
    journey.where = journey.url(base, "en", "index.md")
    await page.goto(journey.where, wait_until="load")
    journey["again"] = page.url


@records(lambda base, lang, js: [("english", base, lang, js)])
@pytest.mark.parametrize("js", ["on", "off"])
@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_the_notices_english_link_reaches_the_english_page(recorded, base, lang, js):
    """The link must not send a reader whose browser prefers the language
    straight back to the translated home page (nginx redirects the site's
    address by Accept-Language until the reader has chosen)."""
    seen = recorded.journey("english", base, lang, js)
    assert seen["links"] >= 1, f"no link to the English page in the notice of {recorded.url(base, lang, 'index.md')}"
    english_home = recorded.url(base, "en", "index.md")
    assert seen["landed"] in (english_home, english_home + "index.html"), seen["landed"]
    assert seen["landed_lang"] == "en"
    if js == "on":
        # The choice is remembered, as the switcher's is: the site's address stays English.
        assert seen["again"] == english_home


# -- search -------------------------------------------------------------------------

# A word each language's pages use (docs/team/teamwork*.md, docs/index.zh.md).
SEARCH_WORDS = {
    "en": ("chaplains", "team/teamwork.md"),
    "es": ("capellanes", "team/teamwork.es.md"),
    "ar": ("الروحيون", "team/teamwork.ar.md"),
    "zh": ("姑息", "index.zh.md"),
}
SEARCH_FIELD = "input.md-search__input"
RESULTS = ".md-search-result__list a[href]"
# What belongs to the search: its engine and the languages' indexes. (The
# box's own small script, search.js, is one of every page's scripts.)
SEARCH_REQUEST = re.compile(r"/(?:search-engine|search-highlight)\.js$|/search/[^/]+(?:/[^/]+)?\.json$")
# Playwright types Arabic and Chinese characters as inserted text (as an
# input method commits them): the search reads the field's `input` events.


def _without_query(hrefs: list[str]) -> list[str]:
    return [href.split("#")[0].split("?")[0] for href in hrefs]


async def _search_for(page: Page, word: str) -> tuple[list[str], str]:
    """Type `word` into the search field; the results' links (in order,
    with their query) and the result count's text, once the first is shown."""
    field = page.locator(SEARCH_FIELD)
    await field.click()
    await field.fill(word)
    await page.locator(RESULTS).first.wait_for(state="attached", timeout=10_000)
    # The results are shown a few at a time: read them once their number
    # has held still across a moment the page was idle.
    shown = -1
    while (now := await page.locator(RESULTS).count()) != shown:
        shown = now
        await page.evaluate(IDLE)
    hrefs = await page.locator(RESULTS).evaluate_all("els => els.map(e => e.href)")
    return hrefs, await page.locator(".md-search-result__meta").inner_text()


async def search(journey: Journey, base: str, lang: str) -> None:
    """The language's word typed into the search field of its home page,
    then the first result followed: what was requested before the box was
    opened, the results, axe on the open results, the marks on the page."""
    word, _ = SEARCH_WORDS[lang]
    context = await journey.context(viewport=DESKTOP, locale=LOCALES[lang])
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    page = await context.new_page()
    journey.where = journey.url(base, lang, "index.md")
    await page.goto(journey.where, wait_until="load")
    await page.evaluate(IDLE)
    journey["before_opening"] = [url for url in requested if SEARCH_REQUEST.search(urlsplit(url).path)]
    try:
        hrefs, journey["count"] = await _search_for(page, word)
    except PlaywrightError as error:
        meta = await page.locator(".md-search-result__meta").all_inner_texts()
        journey["no_results"] = f"on {page.url} (result text: {meta}): {error}"
        return
    journey["no_results"] = None
    await page.evaluate(IDLE)  # the results after the first
    hrefs = await page.locator(RESULTS).evaluate_all("els => els.map(e => e.href)")
    journey["hrefs"] = sorted(set(_without_query(hrefs)))
    journey["first"] = hrefs[0]
    journey["labels"] = {
        "field": await page.locator(SEARCH_FIELD).get_attribute("aria-label"),
        "dialog": await page.locator(".md-search").get_attribute("aria-label"),
        "status": await page.locator(".md-search-result__meta").get_attribute("role"),
    }
    if base == AXE_BASE:
        journey["axe"] = await _axe_violations(page)
    async with page.expect_navigation(wait_until="load"):
        await page.locator(RESULTS).first.click()
    journey.where = page.url
    await page.wait_for_function("() => document.querySelector('article.md-content__inner mark') !== null", timeout=10_000)
    journey["landed"] = page.url
    journey["marks"] = await page.locator("article.md-content__inner mark").all_inner_texts()


@records(lambda base, lang: [("search", base, lang)])
@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_finds_pages_of_the_readers_language_only(recorded, base, lang):
    word, source = SEARCH_WORDS[lang]
    assert word in (DOCS_DIR / source).read_text(encoding="utf-8"), f"'{word}' is no longer in docs/{source}"
    seen = recorded.journey("search", base, lang)
    if seen["no_results"] is not None:
        pytest.fail(f"no search results for '{word}' {seen['no_results']}")
    hrefs = seen["hrefs"]
    pages = {recorded.url(base, lang, src) for src in PAGES}
    assert hrefs, f"no result for '{word}'"
    assert recorded.url(base, lang, source.replace(f".{lang}.md", ".md")) in hrefs, f"'{word}' did not find docs/{source}"
    wrong = [href for href in hrefs if href not in pages]
    assert not wrong, f"'{word}' in {lang} found pages that are not {lang} pages:\n" + "\n".join(wrong)


@records(lambda base, lang: [("search", base, lang)])
@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_nothing_of_search_is_fetched_before_the_box_is_opened(recorded, base, lang):
    seen = recorded.journey("search", base, lang)
    assert seen["before_opening"] == [], "requested on page load:\n" + "\n".join(seen["before_opening"])


@records(lambda base, lang: [("search", base, lang)])
@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_result_leads_to_its_page_with_the_words_marked(recorded, base, lang):
    word, _ = SEARCH_WORDS[lang]
    seen = recorded.journey("search", base, lang)
    assert seen["landed"] == seen["first"]
    assert seen["marks"], f"nothing marked on {seen['landed']}"
    # Each mark is a form of the word (light stemming: الروحيون "the
    # spiritual ones" marks والروحية "and the spiritual" too).
    wanted = keys(word, lang)
    stray = [mark for mark in seen["marks"] if not any(k.startswith(w) for k in keys(mark, lang) for w in wanted)]
    assert not stray, f"marked for '{word}' on {seen['landed']}: {stray}"


@records(lambda lang: [("search", AXE_BASE, lang)])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_open_search_is_labelled_and_passes_axe(recorded, lang):
    """The field, the dialog and the result count (a status, read out when
    it changes) are labelled in the reader's language; axe finds nothing."""
    seen = recorded.journey("search", AXE_BASE, lang)
    assert all(seen["labels"][what] for what in ("field", "dialog")), seen["labels"]
    assert seen["labels"]["status"] == "status"
    assert seen["count"].strip()
    assert not seen["axe"], "\n".join(seen["axe"])


# Forms a reader may type, each of which must find what the first finds.
SAME_RESULTS = [
    ("es", ("paliativos", "PALIATIVOS", "paliativo", "Paliativo")),
    ("es", ("atención", "atencion", "ATENCION")),
    ("ar", ("الرعاية", "رعاية", "والرعاية", "بالرعاية", "للرعاية")),
    # Found on a page only with a proclitic: والإجراءات (docs/clinical-trials.ar.md),
    # بالتفاصيل (docs/patient-stories.ar.md).
    ("ar", ("إجراءات", "الإجراءات", "والإجراءات")),
    ("ar", ("تفاصيل", "التفاصيل", "بالتفاصيل")),
    ("zh", ("姑息",)),
    ("zh", ("缓和",)),
]
WORD_PAGES = {"إجراءات": "clinical-trials.md", "تفاصيل": "patient-stories.md", "姑息": "index.md", "缓和": "index.md"}
QUERIES = sorted({(lang, word) for lang, words in SAME_RESULTS for word in words})


async def query(journey: Journey, lang: str, word: str) -> None:
    """One query in the search box of the language's home page."""
    page = await journey.page(journey.url(BASES[0], lang, "index.md"), viewport=DESKTOP, locale=LOCALES[lang])
    hrefs, count = await _search_for(page, word)
    journey["hrefs"] = _without_query(hrefs)
    journey["count"] = count


@records(lambda lang, words: [("query", lang, word) for word in words])
@pytest.mark.parametrize(("lang", "words"), SAME_RESULTS, ids=[f"{lang}:{words[0]}" for lang, words in SAME_RESULTS])
def test_the_forms_a_reader_types_find_the_same_pages(recorded, lang, words):
    """Spanish with or without accents, in any case, singular or plural;
    Arabic with or without the article and its proclitics; Chinese words
    inside longer ones."""
    first = recorded.journey("query", lang, words[0])
    pages = {recorded.url(BASES[0], lang, src) for src in PAGES}
    assert first["hrefs"] and set(first["hrefs"]) <= pages, first["hrefs"]
    if words[0] in WORD_PAGES:
        assert recorded.url(BASES[0], lang, WORD_PAGES[words[0]]) in first["hrefs"], first["hrefs"]
    for word in words[1:]:
        seen = recorded.journey("query", lang, word)
        assert (seen["count"], seen["hrefs"]) == (first["count"], first["hrefs"]), f"'{word}' against '{words[0]}'"


async def keyboard(journey: Journey, base: str) -> None:
    """Search without a mouse: "/" opens the box, the word is typed, the
    down arrow reaches the first result, Enter follows it; Escape closes."""
    page = await journey.page(journey.url(base, "en", "services/hospital.md"), viewport=DESKTOP, locale=LOCALES["en"])
    await page.keyboard.press("/")
    journey["focused"] = await page.evaluate("() => document.activeElement.matches('input.md-search__input')")
    journey["open"] = await page.evaluate("() => document.getElementById('__search').checked")
    await page.keyboard.type("chaplains")
    await page.locator(RESULTS).first.wait_for(state="attached", timeout=10_000)
    await page.keyboard.press("ArrowDown")
    journey["reached"] = await page.evaluate("() => document.activeElement.closest('.md-search-result__list') ? document.activeElement.href : null")
    await page.keyboard.press("ArrowUp")
    journey["back"] = await page.evaluate("() => document.activeElement.matches('input.md-search__input')")
    await page.keyboard.press("Escape")
    journey["closed"] = await page.evaluate("() => !document.getElementById('__search').checked")
    await page.keyboard.press("s")
    await page.keyboard.press("ArrowDown")
    async with page.expect_navigation(wait_until="load"):
        await page.keyboard.press("Enter")
    journey["landed"] = page.url


@records(lambda base: [("keyboard", base)])
@pytest.mark.parametrize("base", BASES)
def test_search_works_from_the_keyboard(recorded, base):
    seen = recorded.journey("keyboard", base)
    assert seen["focused"] and seen["open"], "'/' does not open the search box"
    teamwork = recorded.url(base, "en", "team/teamwork.md")
    assert (seen["reached"] or "").split("?")[0] == teamwork, f"the down arrow reached {seen['reached']}"
    assert seen["back"], "the up arrow does not lead back to the field"
    assert seen["closed"], "Escape does not close the search box"
    assert seen["landed"].split("?")[0] == teamwork


async def not_found_search(journey: Journey, base: str, lang: str) -> None:
    """A search from the language's 404 page (served at any depth)."""
    word, _ = SEARCH_WORDS[lang]
    page = await journey.page(journey.url(base, lang, NOT_FOUND), viewport=DESKTOP, locale=LOCALES[lang])
    hrefs, _count = await _search_for(page, word)
    journey["hrefs"] = _without_query(hrefs)


@records(lambda base, lang: [("not-found-search", base, lang)])
@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_works_from_the_404_pages(recorded, base, lang):
    word, source = SEARCH_WORDS[lang]
    hrefs = recorded.journey("not-found-search", base, lang)["hrefs"]
    pages = {recorded.url(base, lang, src) for src in PAGES}
    assert hrefs and set(hrefs) <= pages, f"'{word}' from the {lang} 404 page at {base}: {hrefs}"
    assert recorded.url(base, lang, source.replace(f".{lang}.md", ".md")) in hrefs


# The browser's keys against the build's, for words of every kind.
TWIN_WORDS = {
    "en": "Chaplains, FAMILIES, stress and status: services' service",
    "es": "Atención, ATENCIONES, paliativos médicos; luces, síntomas, niño, estrés 2017",
    "ar": "والرعاية بالرعاية للرعاية برعاية فريق الإجراءات الرِّعَايَة مستشفى أطباء",
    "zh": "梅奥诊所（Mayo Clinic）的缓和医疗，也称姑息治疗。姑",
}


async def twins(journey: Journey, lang: str) -> None:
    page = await journey.page(journey.url(BASES[0], "en", "index.md"), viewport=DESKTOP)
    journey["keys"] = await page.evaluate(
        """async ([text, lang]) => {
          const engine = await import(new URL("assets/javascripts/search-engine.js", location.href).href)
          return engine.keysOf(text, lang)
        }""",
        [TWIN_WORDS[lang], lang],
    )


@records(lambda lang: [("twins", lang)])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_browser_finds_words_by_the_keys_the_build_indexed(recorded, lang):
    """search-engine.js (as published, minified) and search_terms.py
    reduce the same text to the same keys."""
    assert recorded.journey("twins", lang)["keys"] == keys(TWIN_WORDS[lang], lang)


# -- print ----------------------------------------------------------------------------

HIDDEN_IN_PRINT = {
    "header": ".md-header",
    "navigation (primary sidebar)": ".md-sidebar--primary",
    "table of contents (secondary sidebar)": ".md-sidebar--secondary",
    "footer navigation": ".md-footer",
}


async def print_(journey: Journey, lang: str, name: str) -> None:
    """What shows of a page on screen, then printed."""
    page = await journey.page(journey.url(BASES[0], lang, name), viewport=DESKTOP, locale=LOCALES[lang])
    journey["url"] = page.url
    journey["on_screen"] = {what: await page.locator(selector).first.is_visible() for what, selector in HIDDEN_IN_PRINT.items()}
    await page.emulate_media(media="print")
    journey["in_print"] = {what: await page.locator(selector).first.is_visible() for what, selector in HIDDEN_IN_PRINT.items()}
    journey["article"] = await page.locator("article.md-content__inner").is_visible()


@records(lambda lang, name: [("print", lang, name)])
@pytest.mark.parametrize("name", ["index.md", "services/hospital.md"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_print_shows_the_content_without_navigation(recorded, lang, name):
    seen = recorded.journey("print", lang, name)
    for what, selector in HIDDEN_IN_PRINT.items():
        assert seen["on_screen"][what], f"{what} ({selector}) should show on screen"
    shown = [f"{what} ({selector})" for what, selector in HIDDEN_IN_PRINT.items() if seen["in_print"][what]]
    assert not shown, f"{seen['url']}: printed with " + ", ".join(shown)
    assert seen["article"]


# -- right to left ------------------------------------------------------------------------

SIDEBAR = ".md-sidebar--primary"
CONTENT = ".md-content"


async def _bounding_box(page: Page, selector: str) -> dict | None:
    return await page.locator(selector).first.bounding_box()


def _box(seen: Journey, name: str, selector: str) -> dict:
    box = seen[name]
    assert box is not None, f"{selector} is not rendered"
    return box


async def sidebar(journey: Journey, lang: str) -> None:
    """Where the navigation and the content sit on a wide screen."""
    page = await journey.page(journey.url(BASES[0], lang, "services/hospital.md"), viewport=DESKTOP, locale=LOCALES[lang])
    journey["sidebar"] = await _bounding_box(page, SIDEBAR)
    journey["content"] = await _bounding_box(page, CONTENT)


@records(lambda lang: [("sidebar", lang)])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_navigation_sidebar_is_on_the_reading_side(recorded, lang):
    """On a wide screen the navigation sits before the content in reading
    order: left of it, and right of it in Arabic."""
    seen = recorded.journey("sidebar", lang)
    sidebar = _box(seen, "sidebar", SIDEBAR)
    content = _box(seen, "content", CONTENT)
    if lang == "ar":
        assert sidebar["x"] >= content["x"] + content["width"] - 1, (sidebar, content)
    else:
        assert sidebar["x"] + sidebar["width"] <= content["x"] + 1, (sidebar, content)


async def drawer(journey: Journey, lang: str) -> None:
    """On a phone, the navigation drawer before and after its button is tapped."""
    page = await journey.page(
        journey.url(BASES[0], lang, "services/hospital.md"), viewport=PHONE, locale=LOCALES[lang], has_touch=True
    )
    journey["closed"] = await _bounding_box(page, SIDEBAR)
    await page.click("label.md-header__button[for='__drawer']")
    # Wait for the slide-in transition to end.
    await page.wait_for_function(AT_REST, timeout=5000)
    journey["open"] = await _bounding_box(page, SIDEBAR)


@records(lambda lang: [("drawer", lang)])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_navigation_drawer_opens_from_the_reading_side(recorded, lang):
    """On a phone the navigation drawer slides in from the left, and from the
    right in Arabic."""
    seen = recorded.journey("drawer", lang)
    closed = _box(seen, "closed", SIDEBAR)
    assert closed["x"] + closed["width"] <= 1 or closed["x"] >= PHONE["width"] - 1, f"drawer open at first: {closed}"
    box = _box(seen, "open", SIDEBAR)
    assert box["width"] > 100, box
    if lang == "ar":
        assert abs(box["x"] + box["width"] - PHONE["width"]) <= 1, f"drawer not at the right edge: {box}"
    else:
        assert abs(box["x"]) <= 1, f"drawer not at the left edge: {box}"


# -- screenshots -------------------------------------------------------------------------


def screenshot_dir() -> Path:
    return Path(os.environ.get("PALLIATIVE_SCREENSHOTS") or Path(tempfile.gettempdir()) / "palliative-screenshots")


async def screenshot(journey: Journey, lang: str) -> None:
    folder = screenshot_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"home-{lang}.png"
    page = await (await journey.context(viewport=DESKTOP, locale=LOCALES[lang])).new_page()
    journey.where = journey.url(BASES[0], lang, "index.md")
    await page.goto(journey.where, wait_until="networkidle")
    await page.screenshot(path=str(target), full_page=True)
    journey["target"] = target


@records(lambda lang: [("screenshot", lang)])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_screenshot_for_people_to_look_at(recorded, lang):
    target = recorded.journey("screenshot", lang)["target"]
    assert target.stat().st_size > 10_000, f"{target} looks empty"
    print(f"screenshot: {target}")


JOURNEYS = {
    "crawl": crawl, "click": click, "click-without-scripts": click_without_scripts, "cookie": cookie, "english": english_link, "search": search, "print": print_,
    "sidebar": sidebar, "drawer": drawer, "screenshot": screenshot, "query": query, "keyboard": keyboard,
    "not-found-search": not_found_search, "twins": twins,
}
