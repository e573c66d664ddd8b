"""Every internal reference in the built site leads somewhere: each href,
src (and srcset, poster, data) of every page of every language resolves to
a file of the site, each #fragment to an element with that id, and the
search configuration Material reads from each page points at real files.

Pages are served at their own address, at the root or under any sub-path,
so their references must be relative. The 404 pages are the exception:
they are served at any depth, so theirs must be root-absolute (the server
points them at the sub-path, see deploy/nginx/).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from tests.support.site_pages import LANGUAGES, english_pages, output_file, page_url, parse_html

pytestmark = pytest.mark.site

ORIGIN = "http://site.invalid"  # a stand-in origin to resolve URLs against
# Elements and the attributes that refer to another resource.
REFERENCES = {
    "a": ("href",), "area": ("href",), "link": ("href",), "script": ("src",), "img": ("src", "srcset"),
    "source": ("src", "srcset"), "iframe": ("src",), "audio": ("src",), "video": ("src", "poster"),
    "track": ("src",), "embed": ("src",), "object": ("data",), "input": ("src",), "form": ("action",),
    "use": ("href",), "image": ("href",),
}
EXTERNAL = re.compile(r"^(?:https?:|mailto:|tel:)", re.IGNORECASE)
PAGES = english_pages()


def _not_found_pages(site: Path) -> list[Path]:
    return [site / ("" if lang == "en" else lang) / "404.html" for lang in LANGUAGES]


@cache
def _site_url(site: Path) -> str:
    """The site's public address, as the home page's canonical link gives it."""
    for link in parse_html(site / "index.html").all(".//head/link[@rel='canonical']"):
        return link.get("href").rstrip("/") + "/"
    return ""


@cache
def _ids(path: Path) -> frozenset[str]:
    root = parse_html(path).root
    return frozenset(e.get("id") or e.get("name") for e in root.iter() if e.get("id") or e.get("name"))


def _file_for(site: Path, url_path: str) -> tuple[Path | None, str]:
    """The file a site path is served from, or None and why not."""
    relative = unquote(url_path).lstrip("/")
    target = site / relative
    if url_path.endswith("/"):
        return (target / "index.html", "") if (target / "index.html").is_file() else (None, "no such page")
    if target.is_file():
        return target, ""
    if target.is_dir():
        return None, "a folder without its trailing slash (the server would have to redirect)"
    return None, "no such file"


def _references(root: ET.Element) -> list[tuple[str, str]]:
    found = []
    for element in root.iter():
        for attribute in REFERENCES.get(element.tag, ()):
            value = element.get(attribute)
            if value is None:
                continue
            if attribute == "srcset":
                found.extend((f"<{element.tag} srcset>", c.split()[0]) for c in value.split(",") if c.strip())
            else:
                found.append((f"<{element.tag} {attribute}>", value.strip()))
    # Material's configuration: its base, the language's root.
    for script in root.iter("script"):
        if script.get("id") == "__config":
            found.append(("__config base", json.loads("".join(script.itertext()))["base"]))
    # The search box: the folder whose search/manifest.json is this
    # language's index, and the engine beside the box's script.
    for form in root.iter("form"):
        if form.get("data-site-search") is not None:
            base = form.get("data-root", "")
            found.append(("<form data-root> + search/manifest.json", base + "search/manifest.json"))
    for script in root.iter("script"):
        src = script.get("src") or ""
        if src.endswith("/search.js"):
            found.append(("search.js's search-engine.js", src[: -len("search.js")] + "search-engine.js"))
    return found


def check_html(site: Path, path: Path) -> list[str]:
    """Every reference of one HTML file that leads nowhere (or that would
    break when the site is served under a sub-path)."""
    site_url = _site_url(site)
    served_anywhere = path in _not_found_pages(site)
    base = f"{ORIGIN}/{path.relative_to(site).as_posix()}"
    problems = []
    for where, reference in _references(parse_html(path).root):
        if not reference or reference.startswith("data:"):
            continue
        if site_url and reference.startswith(site_url):
            reference = "/" + reference[len(site_url):]  # the site's own public address
        elif reference.startswith("//"):
            problems.append(f"{where} {reference!r}: a protocol-relative URL (another host)")
            continue
        elif EXTERNAL.match(reference):
            continue  # (test_privacy checks nothing is loaded from elsewhere)
        elif re.match(r"^[a-z][a-z0-9+.-]*:", reference, re.IGNORECASE):
            problems.append(f"{where} {reference!r}: not a link")
            continue
        elif reference.startswith("/") and not served_anywhere:
            problems.append(f"{where} {reference!r}: root-absolute, breaks when the site is served under a sub-path")
        elif not reference.startswith(("/", "#")) and served_anywhere:
            problems.append(f"{where} {reference!r}: relative on a 404 page, which is served at any depth")
            continue
        url = urlsplit(urljoin(base, reference))
        if url.scheme + "://" + url.netloc != ORIGIN:
            problems.append(f"{where} {reference!r}: leads off the site")
            continue
        target, why = _file_for(site, url.path)
        if target is None:
            problems.append(f"{where} {reference!r} -> {url.path}: {why}")
            continue
        fragment = unquote(url.fragment)
        if fragment and target.suffix == ".html" and fragment not in _ids(target):
            problems.append(f"{where} {reference!r}: no element with id '{fragment}' in {target.relative_to(site)}")
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("src", PAGES)
def test_every_reference_on_the_page_leads_somewhere(site, src, lang):
    path = output_file(site, page_url(src, lang))
    problems = check_html(site, path)
    assert not problems, f"{path.relative_to(site)}:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_reference_on_the_404_page_leads_somewhere(site, lang):
    path = _not_found_pages(site)[LANGUAGES.index(lang)]
    problems = check_html(site, path)
    assert not problems, f"{path.relative_to(site)}:\n" + "\n".join(problems)


def test_every_reference_in_any_other_html_file_leads_somewhere(site):
    known = {output_file(site, page_url(src, lang)) for src in PAGES for lang in LANGUAGES}
    known |= set(_not_found_pages(site))
    problems = [
        f"{path.relative_to(site)}: {problem}"
        for path in sorted(site.rglob("*.html"))
        if path not in known
        for problem in check_html(site, path)
    ]
    assert not problems, "\n".join(problems)


def test_every_stylesheet_reference_leads_somewhere(site):
    problems = []
    for path in sorted(site.rglob("*.css")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in re.finditer(r"url\(\s*(['\"]?)(.*?)\1\s*\)", text):
            reference = match.group(2)
            if not reference or reference.startswith(("data:", "#")) or EXTERNAL.match(reference):
                continue
            url = urlsplit(urljoin(f"{ORIGIN}/{path.relative_to(site).as_posix()}", reference))
            target, why = _file_for(site, url.path)
            if target is None:
                problems.append(f"{path.relative_to(site)}: url({reference}): {why}")
    assert not problems, "\n".join(problems)


def test_every_sitemap_address_is_a_page_of_the_site(site):
    site_url = _site_url(site)
    assert site_url, "the home page has no canonical link"
    tree = ET.parse(site / "sitemap.xml")
    addresses = [
        element.text or element.get("href") or ""
        for element in tree.iter()
        if element.tag.endswith("}loc") or (element.tag.endswith("}link") and element.get("rel") == "alternate")
    ]
    assert addresses
    problems = []
    for address in addresses:
        if not address.startswith(site_url):
            problems.append(f"{address}: not under {site_url}")
            continue
        target, why = _file_for(site, "/" + address[len(site_url):])
        if target is None:
            problems.append(f"{address}: {why}")
    assert not problems, "\n".join(problems)
