"""on_page_context: the language switcher leads to the same page in each
language by links relative to the site (it serves under any sub-path), and
to the default language's home page past the server's language redirect."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from patient_site.mkdocs_plugin.i18n import switcher_links
from patient_site.pages.switcher import site_relative
from patient_site.pages.urls import past_the_redirect


def make_relative(config: MkDocsConfig) -> None:
    for alternate in switcher_links(config):
        alternate["link"] = past_the_redirect(site_relative(alternate.get("link", ""), config.site_url or ""))


def home_past_the_redirect(config: MkDocsConfig) -> None:
    """A 404 page's switcher (root-absolute links, to each home page): the
    default language's home page past the server's language redirect too."""
    for alternate in switcher_links(config):
        link = alternate.get("link", "")
        if site_relative(link, config.site_url or "") == "":  # the site's root
            alternate["link"] = link + past_the_redirect("")
