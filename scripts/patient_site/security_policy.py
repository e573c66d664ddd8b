"""The site's Content-Security-Policy: one definition, three uses.

The nginx header (deploy/nginx, filled in by nginx_config.py), the
`<meta http-equiv>` tag in every built page (so the policy holds on any
static host, and for a page opened from disk), and the tests all take it
from here. Only the site's own files are loaded; no inline script or style,
no plugins, no framing, no <base>.
"""

from __future__ import annotations

DIRECTIVES: tuple[tuple[str, str], ...] = (
    ("default-src", "'none'"),
    ("script-src", "'self'"),
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),
    ("connect-src", "'self'"),
    ("font-src", "'self'"),
    ("manifest-src", "'self'"),
    ("worker-src", "'self'"),
    ("base-uri", "'none'"),
    ("form-action", "'self'"),
    ("frame-ancestors", "'none'"),
)
# What a <meta> policy cannot carry (CSP Level 3, §3.3): these stay in the header.
HEADER_ONLY = frozenset({"frame-ancestors", "report-uri", "sandbox"})


def header_value() -> str:
    """The Content-Security-Policy header, as nginx sends it."""
    return "; ".join(f"{name} {value}" for name, value in DIRECTIVES)


def meta_value() -> str:
    """The same policy for a page's <meta http-equiv> tag."""
    return "; ".join(f"{name} {value}" for name, value in DIRECTIVES if name not in HEADER_ONLY)
