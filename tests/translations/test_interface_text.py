"""Interface text: every language's file checked against the default
language's (each key present, each placeholder kept), problems with their
file and line, messages filled in."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from patient_site.problems import ProblemsFound
from patient_site.translations.interface_text import REQUIRED_MESSAGES, MissingMessage, load_interface_text
from tests.support.project import PROJECT_DIR

ENGLISH = "greeting: Hello {name}\nfarewell: Goodbye\n"
SPANISH = "greeting: Hola {name}\nfarewell: Adiós\n"
FIX_ENCODING = "save the file as UTF-8 (in most editors: Save with Encoding → UTF-8)"


def ui(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    folder = tmp_path / "ui"
    folder.mkdir(exist_ok=True)
    for lang, content in files.items():
        path = folder / f"{lang}.yml"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def problems(tmp_path: Path, spanish: str | bytes, languages=("en", "es")) -> list[str]:
    with pytest.raises(ProblemsFound) as error:
        load_interface_text(ui(tmp_path, {"en": ENGLISH, "es": spanish}), languages)
    return [str(problem) for problem in error.value.problems]


def test_every_language_s_messages_are_loaded(tmp_path):
    text = load_interface_text(ui(tmp_path, {"en": ENGLISH, "es": SPANISH}), ("en", "es"))
    assert text.messages("es") == {"greeting": "Hola {name}", "farewell": "Adiós"}


def test_a_message_is_filled_in_with_its_placeholders(tmp_path):
    text = load_interface_text(ui(tmp_path, {"en": ENGLISH, "es": SPANISH}), ("en", "es"))
    assert text.message("es", "greeting", name="Ana") == "Hola Ana"
    assert text.message("en", "farewell") == "Goodbye"


def test_a_message_the_site_uses_but_nobody_wrote_is_a_missing_message(tmp_path):
    text = load_interface_text(ui(tmp_path, {"en": ENGLISH, "es": SPANISH}), ("en", "es"))
    with pytest.raises(MissingMessage) as error:
        text.message("es", "handout_title")
    assert error.value.args[0] == "translations/ui/es.yml: no message 'handout_title' — add it"


def test_a_key_missing_from_a_translation_is_reported(tmp_path):
    assert problems(tmp_path, "greeting: Hola {name}\n") == [
        "translations/ui/es.yml:1: no message 'farewell' — add it (see translations/ui/en.yml)"
    ]


def test_a_renamed_placeholder_is_reported_at_its_line(tmp_path):
    assert problems(tmp_path, "farewell: Adiós\ngreeting: Hola {nombre}\n") == [
        "translations/ui/es.yml:2: 'greeting' has placeholders {nombre}, the original {name} — "
        "keep {name} as written and remove {nombre}, which the original does not have"
    ]


def test_a_dropped_placeholder_is_reported(tmp_path):
    assert problems(tmp_path, "greeting: Hola\nfarewell: Adiós\n") == [
        "translations/ui/es.yml:1: 'greeting' has placeholders none, the original {name} — keep {name} as written"
    ]


def test_broken_yaml_is_reported_at_its_line(tmp_path):
    (found,) = problems(tmp_path, "greeting: Hola {name}\n  farewell: Adiós\n")
    assert found.startswith("translations/ui/es.yml:2: not valid YAML: ")
    assert found.endswith(" — fix this line")


def test_a_file_that_is_not_a_mapping_is_reported(tmp_path):
    assert problems(tmp_path, "- Hola\n- Adiós\n") == ["translations/ui/es.yml:1: expected 'message_id: text' lines"]


def test_a_missing_file_is_reported(tmp_path):
    with pytest.raises(ProblemsFound) as error:
        load_interface_text(ui(tmp_path, {"en": ENGLISH}), ("en", "ar"))
    assert (
        str(error.value) == "translations/ui/ar.yml:1: interface text file is missing — copy ui/en.yml and translate it"
    )


def test_a_file_that_is_not_utf8_is_reported_at_the_bad_byte(tmp_path):
    # ó in Latin-1 is 0xf3: line 2, column 14
    assert problems(tmp_path, "greeting: Hola {name}\nfarewell: Adiós\n".encode("latin-1")) == [
        f"translations/ui/es.yml:2: byte 0xf3 at column 14 is not UTF-8 — {FIX_ENCODING}"
    ]


def test_every_problem_of_every_file_is_reported_together(tmp_path):
    folder = ui(tmp_path, {"en": ENGLISH, "es": "greeting: Hola {name}\n"})
    with pytest.raises(ProblemsFound) as error:
        load_interface_text(folder, ("en", "es", "zh"), display_dir="ui")
    assert str(error.value).splitlines() == [
        "ui/es.yml:1: no message 'farewell' — add it (see ui/en.yml)",
        "ui/zh.yml:1: interface text file is missing — copy ui/en.yml and translate it",
    ]


def test_an_unclosed_quote_is_reported_at_the_line_of_the_quote(tmp_path):
    (found,) = problems(tmp_path, 'greeting: "Hola {name}\nfarewell: Adiós\n')
    assert found.startswith("translations/ui/es.yml:1: ")


def test_an_empty_message_is_reported(tmp_path):
    assert problems(tmp_path, "greeting: Hola {name}\nfarewell:\n") == [
        "translations/ui/es.yml:2: 'farewell' has no text — write the message, in quotes if it holds a ':'"
    ]


def test_an_added_placeholder_is_reported_with_what_to_do(tmp_path):
    assert problems(tmp_path, "greeting: Hola {name}\nfarewell: Adiós {name}\n") == [
        "translations/ui/es.yml:2: 'farewell' has placeholders {name}, the original none — remove {name}, which the original does not have"
    ]


# -- the messages a site must have ---------------------------------------------------


def _code_and_templates() -> str:
    package = PROJECT_DIR / "scripts" / "patient_site"
    files = [*package.rglob("*.py"), *package.rglob("*.html"), *(PROJECT_DIR / "overrides").rglob("*.html")]
    return "\n".join(path.read_text(encoding="utf-8") for path in files if path.name != "interface_text.py")


def test_every_message_the_code_and_templates_name_is_required():
    english = yaml.safe_load((PROJECT_DIR / "translations" / "ui" / "en.yml").read_text(encoding="utf-8"))
    source = _code_and_templates()
    used = {key for key in english if re.search(rf"\b{re.escape(key)}\b", source)}
    assert used <= REQUIRED_MESSAGES, sorted(used - REQUIRED_MESSAGES)


def test_every_required_message_is_used_and_in_the_projects_interface_text():
    english = yaml.safe_load((PROJECT_DIR / "translations" / "ui" / "en.yml").read_text(encoding="utf-8"))
    assert set(english) >= REQUIRED_MESSAGES, sorted(REQUIRED_MESSAGES - set(english))
    source = _code_and_templates()
    assert {key for key in REQUIRED_MESSAGES if not re.search(rf"\b{re.escape(key)}\b", source)} == set()


def test_a_reference_language_missing_a_required_message_is_named(tmp_path):
    with pytest.raises(ProblemsFound) as found:
        load_interface_text(ui(tmp_path, {"en": ENGLISH, "es": SPANISH}), ("en", "es"), required=("greeting", "farewell_note"))
    assert [str(p) for p in found.value.problems] == [
        "translations/ui/en.yml:1: no message 'farewell_note' — the pages and handouts use it; add it",
    ]
