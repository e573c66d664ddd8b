"""The production nginx configuration (deploy/nginx/), over plain HTTP: one
build served at the root and under /palliative-care/, each language's own
404 page, the security and cache headers, and the language redirect of the
home page (and of nothing else)."""

from __future__ import annotations

import gzip
import re
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import tinyhtml5

from patient_site.security_policy import header_value
from tests.support.nginx_server import BASES, Server, nginx_serving
from tests.support.site_pages import LANGUAGES, TRANSLATIONS, english_pages, page_url, tag

pytestmark = [pytest.mark.site, pytest.mark.nginx]

# The one definition of the policy (its content is tested in tests/test_security_policy.py).
CSP = header_value()
# Powerful features a patient-information page never needs; each must be
# switched off (`feature=()`) by Permissions-Policy.
DISABLED_FEATURES = ("camera", "microphone", "geolocation", "payment", "usb", "display-capture")
FINGERPRINTED = re.compile(r"^assets/(?:.+/)?[^/]+\.[0-9a-f]{8}\.min\.(?:js|css)$")
YEAR = 31536000
SHORT = 600  # the most a "short" max-age may be, in seconds

PAGES = english_pages()


@pytest.fixture(scope="session")
def server(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with nginx_serving(site, tmp_path_factory.mktemp("nginx-hosting")) as running:
        yield running


# -- plain HTTP, redirects not followed ------------------------------------------


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


# No proxy from the environment: the server is on 127.0.0.1.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirects())


@dataclass
class Response:
    url: str
    status: int
    headers: Message
    body: bytes

    def header_values(self, name: str) -> list[str]:
        return self.headers.get_all(name) or []

    def tokens(self, name: str) -> set[str]:
        """A list-valued header (Vary, Cache-Control), all its fields joined."""
        return {t.strip().lower() for value in self.header_values(name) for t in value.split(",") if t.strip()}


def fetch(
    url: str, *, accept_language: str | None = None, cookie: str | None = None, headers: dict[str, str] | None = None
) -> Response:
    headers = dict(headers or {})
    if accept_language is not None:
        headers["Accept-Language"] = accept_language
    if cookie is not None:
        headers["Cookie"] = cookie
    request = urllib.request.Request(url, headers=headers)
    try:
        with _OPENER.open(request, timeout=10) as response:
            return Response(url, response.status, response.headers, response.read())
    except urllib.error.HTTPError as error:
        with error:
            return Response(url, error.code, error.headers, error.read())


def parse(body: bytes) -> ET.Element:
    root = tinyhtml5.parse(body)
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.split("}", 1)[1]
    return root


def lang_prefix(lang: str) -> str:
    return "" if lang == "en" else f"{lang}/"


# -- 404 pages -----------------------------------------------------------------------

# Where a reader may land on a page that does not exist, and which
# language's 404 page they must get.
MISSING = [
    *((f"{lang}/no-such-page", lang) for lang in TRANSLATIONS),
    *((f"{lang}/services/no-such-page/", lang) for lang in TRANSLATIONS),
    ("no-such-page", "en"),
    ("services/no-such-page/", "en"),
    ("fr/no-such-page", "en"),
    ("esx/no-such-page", "en"),
    ("assets/javascripts/bundle.00000000.min.js", "en"),
    # Folders without an index page are not pages either.
    ("assets/", "en"),
    ("assets/javascripts/", "en"),
    ("search/", "en"),
    *((f"{lang}/search/", lang) for lang in TRANSLATIONS),
]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize(("path", "lang"), MISSING)
def test_a_missing_page_gets_its_languages_404_page(server, base, path, lang):
    response = fetch(server.url(base + path))
    assert response.status == 404
    assert response.headers.get_content_type() == "text/html"
    page = parse(response.body)
    assert page.get("lang") == tag(lang), f"{base + path}: the 404 page is in '{page.get('lang')}', not '{tag(lang)}'"
    assert page.find(".//body").get("dir") == ("rtl" if lang == "ar" else "ltr")
    assert response.tokens("Cache-Control") & {"no-cache", "no-store"}, "a 404 must not be cached for long"


def _references(page: ET.Element) -> list[str]:
    """Every URL the page loads or links to (href, src), in document order."""
    return [
        value
        for element in page.iter()
        for attribute in ("href", "src")
        if isinstance(element.tag, str) and (value := element.get(attribute))
    ]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_404_page_links_and_assets_stay_under_the_base_and_exist(server, base, lang):
    """A 404 page is served at any depth, so its URLs are root-absolute; under
    the sub-path they must still point into the sub-path, and load."""
    url = server.url(f"{base}{lang_prefix(lang)}a/b/no-such-page")
    page = parse(fetch(url).body)
    problems = []
    for reference in dict.fromkeys(_references(page)):
        target = urljoin(url, reference)
        if not target.startswith(server.origin):
            continue  # (nothing on the site points elsewhere; test_privacy checks)
        if not urlsplit(target).path.startswith(base):
            problems.append(f"{reference} leaves {base}")
            continue
        status = fetch(target.split("#")[0]).status
        if status != 200:
            problems.append(f"{reference} -> HTTP {status}")
    assert not problems, f"404 page at {url}:\n" + "\n".join(problems)


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_404_page_switcher_leads_to_each_languages_home(server, base, lang):
    """There is no "same page" in another language for a page that does not
    exist: the language switcher (and the alternates, if the page has any)
    lead to each home page."""
    url = server.url(f"{base}{lang_prefix(lang)}no-such-page")
    page = parse(fetch(url).body)
    expected = {other: server.url(base + page_url("index.md", other)) for other in LANGUAGES}
    switcher = {a.get("hreflang"): urljoin(url, a.get("href")) for a in page.iterfind(".//a[@class='md-select__link']")}
    # The English home page as index.html, which the language redirect leaves alone.
    assert switcher["en"] == expected["en"] + "index.html", switcher["en"]
    switcher["en"] = expected["en"]
    alternates = {
        link.get("hreflang"): urljoin(url, link.get("href"))
        for link in page.iterfind(".//head/link[@rel='alternate']")
        if link.get("hreflang")
    }
    assert switcher == expected, "language switcher of the 404 page"
    if alternates:
        assert alternates == expected, "<link rel=alternate> of the 404 page"


# -- headers on every response --------------------------------------------------------

# (path under the base, what it is, request headers)
RESPONSES = [
    ("", "home page", {}),
    ("", "language redirect", {"accept_language": "es"}),
    ("es/", "Spanish home page", {}),
    ("services/hospital/", "page", {}),
    ("ar/campuses/arizona/", "Arabic page", {}),
    ("assets/site.css", "stylesheet", {}),
    ("assets/favicon.svg", "image", {}),
    ("es/search/manifest.json", "search index", {}),
    ("sitemap.xml", "sitemap", {}),
    ("zh/no-such-page", "404 page", {}),
    ("zh", "trailing-slash redirect", {}),
]


def _fingerprinted_assets(site: Path) -> list[str]:
    assets = sorted(
        path.relative_to(site).as_posix() for path in (site / "assets").rglob("*") if path.is_file()
    )
    return [asset for asset in assets if FINGERPRINTED.match(asset)]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize(("path", "what", "request_headers"), RESPONSES, ids=[r[1] for r in RESPONSES])
def test_security_headers_on_every_response(server, site, base, path, what, request_headers):
    responses = [fetch(server.url(base + path), **request_headers)]
    responses.append(fetch(server.url(base + _fingerprinted_assets(site)[0])))
    for response in responses:
        where = f"{response.url} (HTTP {response.status})"
        assert response.header_values("Content-Security-Policy") == [CSP], where
        assert response.header_values("Referrer-Policy") == ["no-referrer"], where
        assert response.header_values("X-Content-Type-Options") == ["nosniff"], where
        policy = response.header_values("Permissions-Policy")
        assert len(policy) == 1, f"{where}: Permissions-Policy {policy}"
        directives = dict(d.strip().split("=", 1) for d in policy[0].split(","))
        for feature in DISABLED_FEATURES:
            assert directives.get(feature) == "()", f"{where}: Permissions-Policy does not disable {feature}"
        assert not [f for f, allow in directives.items() if allow != "()"], f"{where}: a feature is allowed: {policy}"
        assert "Server" not in response.headers or "/" not in response.headers["Server"], "nginx version disclosed"


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("path", ["services/hospital/", "assets/site.css"])
def test_security_and_cache_headers_on_not_modified_responses(server, site, base, path):
    """A revalidation (304) keeps the headers: browsers merge them into the
    cached response."""
    first = fetch(server.url(base + path))
    etag = first.headers["ETag"]
    assert etag, f"{base + path}: no ETag to revalidate with"
    response = fetch(server.url(base + path), headers={"If-None-Match": etag})
    assert response.status == 304
    assert response.header_values("Content-Security-Policy") == [CSP]
    assert response.header_values("X-Content-Type-Options") == ["nosniff"]
    assert "no-cache" in response.tokens("Cache-Control")


def test_fingerprinted_assets_are_found(site):
    """Material 9.x names its own bundles like bundle.79ae519e.min.js."""
    assets = _fingerprinted_assets(site)
    assert any(a.startswith("assets/javascripts/bundle.") for a in assets), assets
    assert any(a.startswith("assets/stylesheets/main.") for a in assets), assets


@pytest.mark.parametrize("base", BASES)
def test_fingerprinted_assets_are_cached_for_a_year(server, site, base):
    for asset in _fingerprinted_assets(site):
        response = fetch(server.url(base + asset))
        assert response.status == 200, asset
        cache = response.tokens("Cache-Control")
        assert {"public", f"max-age={YEAR}", "immutable"} <= cache, f"{asset}: Cache-Control {cache}"


def _is_short(cache: set[str]) -> bool:
    if "immutable" in cache:
        return False
    if "no-cache" in cache or "no-store" in cache:
        return True
    ages = [int(t.split("=", 1)[1]) for t in cache if t.startswith("max-age=")]
    return bool(ages) and max(ages) <= SHORT


@pytest.mark.parametrize("base", BASES)
def test_everything_else_is_revalidated_soon(server, site, base):
    """Pages, search indexes and scripts, site.css, images, the sitemap:
    anything not fingerprinted may change with the next build."""
    files = [p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()]
    others = [f for f in files if not FINGERPRINTED.match(f)]
    # Every HTML page is served by its folder URL; the files themselves too.
    urls = [f[: -len("index.html")] if f.endswith("index.html") else f for f in others]
    problems = []
    for url in urls:
        response = fetch(server.url(base + url))
        assert response.status == 200, f"{base + url}: HTTP {response.status}"
        cache = response.tokens("Cache-Control")
        if not _is_short(cache):
            problems.append(f"{base + url}: Cache-Control {sorted(cache)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("", "text/html"),
        ("es/404.html", "text/html"),
        ("search/manifest.json", "application/json"),
        ("zh/search/d/0.json", "application/json"),
        ("assets/javascripts/search-engine.js", "application/javascript"),
        ("assets/site.css", "text/css"),
        ("sitemap.xml", "text/xml"),
    ],
)
def test_text_is_served_as_utf8(server, base, path, content_type):
    response = fetch(server.url(base + path))
    assert response.headers.get_content_type() == content_type
    assert (response.headers.get_content_charset() or "").lower() == "utf-8", response.headers["Content-Type"]


@pytest.mark.parametrize("base", BASES)
def test_javascript_is_served_as_utf8(server, site, base):
    scripts = [p.relative_to(site).as_posix() for p in (site / "assets").rglob("*.js")]
    for script in scripts:
        response = fetch(server.url(base + script))
        assert response.headers.get_content_type() in ("application/javascript", "text/javascript"), script
        assert (response.headers.get_content_charset() or "").lower() == "utf-8", f"{script}: {response.headers['Content-Type']}"


# -- the language of the home page --------------------------------------------------


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize(
    ("accept_language", "lang"),
    [
        ("es-MX,es;q=0.9", "es"),
        ("es", "es"),
        ("zh-CN", "zh"),
        ("zh-CN,zh;q=0.9,en;q=0.8", "zh"),
        ("ar-EG", "ar"),
        ("ar-EG,ar;q=0.9,en-US;q=0.8,en;q=0.7", "ar"),
        # No site language first: the first one of the site's the reader reads.
        ("fr-FR,fr;q=0.9,es;q=0.8,en;q=0.7", "es"),
        # Spanish refused (q=0): the next one.
        ("es;q=0,ar", "ar"),
    ],
)
def test_first_visit_to_the_home_page_goes_to_the_readers_language(server, base, accept_language, lang):
    response = fetch(server.url(base), accept_language=accept_language)
    assert response.status == 302, f"{base} with Accept-Language {accept_language}: HTTP {response.status}"
    assert response.headers["Location"] in (f"{base}{lang}/", server.url(f"{base}{lang}/"))
    assert {"accept-language", "cookie"} <= response.tokens("Vary")


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize(
    "accept_language", [None, "en-US,en;q=0.9", "en", "en-GB,es;q=0.9", "*", "fr-FR,fr;q=0.9", "de, en;q=0.5, es;q=0.1"]
)
def test_english_or_no_preference_stays_on_the_english_home_page(server, base, accept_language):
    response = fetch(server.url(base), accept_language=accept_language)
    assert response.status == 200, f"{base} with Accept-Language {accept_language}: HTTP {response.status}"
    assert "Location" not in response.headers
    assert parse(response.body).get("lang") == "en"
    assert {"accept-language", "cookie"} <= response.tokens("Vary")


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize(
    ("cookie", "accept_language", "lang"),
    [
        ("lang=en", "es-MX,es;q=0.9", None),
        ("lang=en", "zh-CN", None),
        ("lang=en", "ar-EG", None),
        ("theme=dark; lang=en", "es", None),
        ("lang=zh", "es-MX,es;q=0.9", "zh"),
        ("lang=ar", "en-US,en;q=0.9", "ar"),
        ("lang=es", None, "es"),
        # Not a language of the site: Accept-Language decides.
        ("lang=fr", "es", "es"),
        ("lang=fr", "en", None),
    ],
)
def test_the_readers_choice_wins_over_accept_language(server, base, cookie, accept_language, lang):
    response = fetch(server.url(base), accept_language=accept_language, cookie=cookie)
    if lang is None:
        assert response.status == 200, f"{cookie} + {accept_language}: HTTP {response.status} {response.headers['Location']}"
    else:
        assert response.status == 302
        assert response.headers["Location"] in (f"{base}{lang}/", server.url(f"{base}{lang}/"))
    assert {"accept-language", "cookie"} <= response.tokens("Vary")


@pytest.mark.parametrize("base", BASES)
def test_no_other_url_is_redirected_by_language(server, base):
    """Every page of every language, with a reader who prefers another
    language (by header and by cookie): served as it is, and not marked as
    varying by language."""
    urls = [page_url(src, lang) for src in PAGES for lang in LANGUAGES] + ["index.html", "es/index.html"]
    problems = []
    for url in urls:
        if url == "":
            continue  # the home page itself
        for kwargs in ({"accept_language": "zh-CN"}, {"accept_language": "es", "cookie": "lang=ar"}):
            response = fetch(server.url(base + url), **kwargs)
            if response.status != 200 or "Location" in response.headers:
                problems.append(f"{base + url} {kwargs}: HTTP {response.status} {response.headers['Location']}")
            elif response.tokens("Vary") & {"accept-language", "cookie"}:
                problems.append(f"{base + url}: Vary {response.header_values('Vary')}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("base", BASES)
def test_a_folder_without_its_slash_gets_it_whatever_the_language(server, base):
    """The one other redirect: nginx adds the slash to a folder's URL (the
    pages' relative links need it), to the same path, for every reader."""
    for path in ("es", "ar/services", "team"):
        response = fetch(server.url(base + path), accept_language="zh-CN", cookie="lang=ar")
        assert response.status == 301, path
        assert response.headers["Location"] in (f"{base}{path}/", server.url(f"{base}{path}/"))


def test_the_sub_path_without_its_slash_leads_to_it(server):
    response = fetch(server.url("/palliative-care"), accept_language="es")
    assert response.status == 301
    assert response.headers["Location"] in ("/palliative-care/", server.url("/palliative-care/"))


# -- one build, two places ---------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_is_the_same_at_the_root_and_under_the_sub_path(server, lang):
    for src in PAGES:
        url = page_url(src, lang)
        at_root = fetch(server.url("/" + url), cookie="lang=en")
        under = fetch(server.url("/palliative-care/" + url), cookie="lang=en")
        assert at_root.status == under.status == 200, url
        assert at_root.body == under.body, url


def test_a_doubled_sub_path_is_not_a_page(server):
    assert fetch(server.url("/palliative-care/palliative-care/")).status == 404
    assert fetch(server.url("/palliative-care/palliative-care/es/")).status == 404


# -- byte ranges ---------------------------------------------------------------------


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("range_", ["bytes=0-9", "bytes=99999999-"])
def test_a_range_request_gets_the_whole_file_once_with_each_header_once(server, base, range_):
    """No partial or 416 responses (every file is small; nginx's 416 would
    repeat every security header): the whole file, each header once."""
    response = fetch(server.url(base + "index.html"), headers={"Range": range_})
    assert response.status == 200 and not response.header_values("Content-Range")
    for name in ("Content-Security-Policy", "Referrer-Policy", "X-Frame-Options", "Cache-Control"):
        assert len(response.header_values(name)) == 1, f"{name}: {response.header_values(name)}"


# -- language tags in any letter case ------------------------------------------------


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize(("accept_language", "lang"), [("ES", "es"), ("ZH-cn", "zh"), ("Ar-EG,en;q=0.5", "ar")])
def test_accept_language_is_read_in_any_letter_case(server, base, accept_language, lang):
    response = fetch(server.url(base), accept_language=accept_language)
    assert response.status == 302 and response.headers["Location"] == f"{base}{lang}/"


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize(
    "path", ["assets/javascripts/search-engine.js", "ar/search/manifest.json", "ar/search/d/0.json"]
)
def test_search_files_are_sent_compressed(server, site, base, path):
    """The search's bytes are counted as nginx sends them: gzip'd JSON and
    JavaScript, as every text file of the site."""
    response = fetch(server.url(base + path), headers={"Accept-Encoding": "gzip"})
    assert response.status == 200
    assert response.headers.get("Content-Encoding") == "gzip", f"{path} is sent uncompressed"
    assert gzip.decompress(response.body) == (site / path).read_bytes()
