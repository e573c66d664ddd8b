"""The site's Content-Security-Policy: only its own files, nothing inline,
never framed; the same policy in the header and in every page."""

from __future__ import annotations

from patient_site.security_policy import DIRECTIVES, header_value, meta_value


def _parse(policy: str) -> dict[str, str]:
    return dict(part.strip().split(" ", 1) for part in policy.split(";"))


def test_everything_is_refused_unless_the_site_itself_serves_it():
    policy = _parse(header_value())
    assert policy["default-src"] == "'none'"
    assert policy["script-src"] == "'self'" and policy["style-src"] == "'self'"
    assert all("http" not in value and "*" not in value for value in policy.values()), "a third-party host is allowed"
    assert not any("unsafe" in value for value in policy.values()), "inline code or eval is allowed"


def test_the_site_is_never_framed_and_keeps_its_base():
    policy = _parse(header_value())
    assert policy["frame-ancestors"] == "'none'" and policy["base-uri"] == "'none'"


def test_the_meta_tag_carries_the_header_but_what_a_meta_policy_cannot_hold():
    assert _parse(meta_value()) == {name: value for name, value in DIRECTIVES if name != "frame-ancestors"}
