"""Render the site's nginx configuration for one host.

The *.conf files in deploy/nginx/ are templates with {{name}} placeholders
(nginx's own `$variables` are left alone). Every template is rendered into
one output folder, and their `include`s name that folder (conf_dir), so the
rendered files can be included from any nginx. The site's languages come
from mkdocs.yml, as everywhere else. A placeholder left without a value is an
error, as is a value no template uses.

Usage:
  .venv/bin/python deploy/nginx/render.py --out DIR --listen 80 \\
      --site-root /srv/palliative-care/site --run-dir /run/palliative-care \\
      [--user www-data] [--server-name example.org] [--config mkdocs.yml]
  nginx -c DIR/palliative-care.conf
"""

from __future__ import annotations

import argparse
import re
import string
import sys
from pathlib import Path

from patient_site.security_policy import header_value
from patient_site.translations.languages import SiteLanguages, read_site_languages

MAIN = "palliative-care.conf"


class ConfTemplate(string.Template):
    """string.Template with `{{name}}` placeholders: nginx uses `$` itself."""

    delimiter = "{{"
    pattern = r"""
        \{\{(?:
          (?P<escaped>(?!))|
          (?P<named>(?!))|
          (?P<braced>[a-z_][a-z0-9_]*)\}\}|
          (?P<invalid>)
        )
    """
    flags = re.VERBOSE


def placeholders(text: str) -> set[str]:
    return {match.group("braced") for match in ConfTemplate.pattern.finditer(text) if match.group("braced")}


def language_values(languages: SiteLanguages) -> dict[str, str]:
    """The placeholders that list the site's languages."""
    return {
        "languages": "|".join(languages.built),
        "translations": "|".join(languages.built_translations),
        "cookie_languages": "\n".join(f"    {lang:<8} {lang};" for lang in languages.built),
        "header_languages": "\n".join(f"    ~*^{lang}$  {lang};" for lang in languages.built),
    }


def render(
    out_dir: Path,
    *,
    template_dir: Path,
    languages: SiteLanguages,
    listen: str,
    site_root: Path,
    run_dir: Path,
    user: str,
    server_name: str = "_",
) -> Path:
    """Render every template into `out_dir`; return the main configuration's path."""
    out_dir = Path(out_dir).resolve()
    values = {
        "conf_dir": str(out_dir),
        "listen": listen,
        "site_root": str(Path(site_root).resolve()),
        "run_dir": str(Path(run_dir).resolve()),
        "user": user,
        "server_name": server_name,
    }
    for name, value in values.items():
        if not value or any(c in value for c in ";{}\"'\n") or (name != "listen" and " " in value):
            raise ValueError(f"{name}={value!r} cannot go into an nginx configuration unquoted")
    values.update(language_values(languages))
    values["content_security_policy"] = header_value()
    templates = sorted(template_dir.glob("*.conf"))
    used: set[str] = set()
    out_dir.mkdir(parents=True, exist_ok=True)
    for template in templates:
        text = template.read_text(encoding="utf-8")
        used |= placeholders(text)
        (out_dir / template.name).write_text(ConfTemplate(text).substitute(values), encoding="utf-8")
    if unused := set(values) - used:
        raise ValueError(f"no template uses {sorted(unused)}")
    return out_dir / MAIN


def main(argv: list[str] | None = None, template_dir: Path | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to write the rendered configuration to")
    parser.add_argument("--listen", required=True, help='what nginx listens on: "80", "127.0.0.1:8080" ...')
    parser.add_argument("--site-root", type=Path, required=True, help="the built site/ folder")
    parser.add_argument("--run-dir", type=Path, required=True, help="writable folder for pid, logs, temp files")
    parser.add_argument("--user", default="www-data", help="user of the worker processes when started as root")
    parser.add_argument("--server-name", default="_", help='host name(s); "_" for any')
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="the site's mkdocs.yml (its languages)")
    parser.add_argument("--templates", type=Path, default=template_dir or Path("deploy/nginx"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        main_conf = render(
            args.out, template_dir=args.templates, languages=read_site_languages(args.config),
            listen=args.listen, site_root=args.site_root, run_dir=args.run_dir,
            user=args.user, server_name=args.server_name,
        )
    except (KeyError, ValueError, OSError) as error:
        print(f"render.py: {error}", file=sys.stderr)
        return 1
    print(main_conf)
    return 0
