"""Directive lines `[[name argument]]` replaced by their handler's output;
an unknown directive or a handler's complaint reported with its line."""

from __future__ import annotations

from patient_site.content.directives import DirectiveError, expand_directives


def table(_argument: str) -> str:
    return "| Service |\n|---|\n| Pain clinic |"


def test_a_directive_line_is_replaced_by_its_handler_output():
    text, problems = expand_directives("Before\n[[services-table]]\nAfter\n", {"services-table": table})
    assert text == "Before\n| Service |\n|---|\n| Pain clinic |\nAfter\n"
    assert problems == []


def test_the_handler_gets_the_argument_without_surrounding_spaces():
    seen = []
    expand_directives(
        "[[campus-services   north ]]\n[[campus-services]]\n", {"campus-services": lambda a: seen.append(a) or ""}
    )
    assert seen == ["north", ""]


def test_trailing_spaces_after_a_directive_are_part_of_its_line():
    text, problems = expand_directives("[[services-table]]  \nAfter\n", {"services-table": lambda _a: "TABLE"})
    assert (text, problems) == ("TABLE\nAfter\n", [])


def test_an_unknown_directive_is_reported_with_its_line_and_the_known_ones():
    markdown = "Text\n\n[[bibliography]]\n"
    text, problems = expand_directives(markdown, {"services-table": table, "campus-services": table})
    assert problems == [
        (3, "unknown directive '[[bibliography]]' — use one of [[campus-services]], [[services-table]]")
    ]
    assert text == markdown


def test_a_handler_complaint_is_reported_with_the_directive_and_its_line():
    def campus(argument: str) -> str:
        raise DirectiveError(f"no campus '{argument}' — use one of north, south")

    markdown = "One\nTwo\n[[campus-services west]]\n"
    text, problems = expand_directives(markdown, {"campus-services": campus})
    assert problems == [(3, "[[campus-services west]]: no campus 'west' — use one of north, south")]
    assert text == markdown


def test_a_complaint_about_a_directive_without_argument_shows_it_bare():
    def refuse(_argument: str) -> str:
        raise DirectiveError("needs a campus — write [[campus-services north]]")

    _text, problems = expand_directives("[[campus-services]]\n", {"campus-services": refuse})
    assert problems == [(1, "[[campus-services]]: needs a campus — write [[campus-services north]]")]


def test_every_directive_is_expanded_and_every_problem_kept():
    markdown = "[[a]]\n[[nope]]\n[[b]]\n"
    text, problems = expand_directives(markdown, {"a": lambda _x: "A", "b": lambda _x: "B"})
    assert text == "A\n[[nope]]\nB\n"
    assert problems == [(2, "unknown directive '[[nope]]' — use one of [[a]], [[b]]")]


def test_directives_inside_code_are_left_untouched():
    calls = []
    markdown = "```\n[[services-table]]\n```\n\n~~~\n[[unknown]]\n~~~\n"
    text, problems = expand_directives(markdown, {"services-table": lambda a: calls.append(a) or "X"})
    assert (text, problems, calls) == (markdown, [], [])


def test_a_directive_inside_a_sentence_is_not_a_directive():
    markdown = "See [[services-table]] here.\n"
    assert expand_directives(markdown, {}) == (markdown, [])
