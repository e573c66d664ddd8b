"""A YAML error is reported at the line the author must fix, in words an
author understands."""

from __future__ import annotations

import pytest
import yaml

from patient_site.content.yaml_errors import error_line, error_message


def yaml_error(text: str) -> yaml.MarkedYAMLError:
    with pytest.raises(yaml.MarkedYAMLError) as raised:
        yaml.safe_load(text)
    return raised.value


def test_an_unclosed_quote_is_at_the_line_it_opens_not_where_yaml_notices():
    error = yaml_error('title: Home\ndescription: "Our team\nlast_reviewed: 2017-08-15\nlang: en\n')
    assert error_line(error) == 2
    assert error_message(error) == "the quotation mark opened on this line is never closed — add the closing quote"


def test_an_unclosed_bracket_is_at_the_line_it_opens():
    error = yaml_error("title: Home\nuse: [cuidados paliativos\nsource: x\n")
    assert error_line(error) == 2
    assert error_message(error) == "the '[' opened on this line is never closed — add the closing ']'"


def test_an_unclosed_brace_is_at_the_line_it_opens():
    error = yaml_error("title: Home\nname: {en: Arizona\nid: arizona\n")
    assert error_line(error) == 2
    assert error_message(error) == "the '{' opened on this line is never closed — add the closing '}'"


def test_a_line_without_its_colon_is_named():
    error = yaml_error("title: Home\nthis line has no colon\nlast_reviewed: 2017-08-15\n")
    assert error_line(error) == 2
    assert error_message(error) == "this line is not a 'key: value' line — add the ':' after the key, or remove the line"


def test_any_other_error_says_what_yaml_found_at_its_line():
    error = yaml_error("title: Home\n  lang: en\n")
    assert error_line(error) == 2
    assert error_message(error) == "not valid YAML: mapping values are not allowed here — fix this line"
