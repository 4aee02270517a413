"""The CV vocabulary (assistant/cv/vocab.yaml) as compiled matchers, read lazily once."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from vagledning.yaml_data import load_yaml

_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "’": "'"})


def fold(s: str) -> str:
    """Case- and space-folded text for comparisons (keeps letters of every script; Arabic alef
    variants are one letter: CVs write "الإنجليزية", word lists "الانجليزية")."""
    return " ".join(s.casefold().translate(_ALEF).split())


def word_regex(words: list[str]) -> re.Pattern[str]:
    """Any of ``words`` as whole words (longest first), case-insensitive."""
    alts = "|".join(re.escape(fold(w)) for w in sorted(set(words), key=len, reverse=True) if w.strip())
    return re.compile(rf"(?<![^\W_])(?:{alts})(?![^\W_])", re.IGNORECASE)


@dataclass(frozen=True)
class Vocab:
    """Headings by section, personal field labels by placeholder, and the word lists."""

    headings: dict[str, str]                # folded heading → section
    labels: list[tuple[str, str]]           # (folded label, placeholder kind), longest label first
    present: re.Pattern[str]
    employer_types: list[tuple[str, re.Pattern[str]]]
    licences: dict[str, dict[str, str]]
    licence_words: re.Pattern[str]
    language_levels: list[tuple[str, re.Pattern[str]]]
    raw: dict[str, Any]


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    """The compiled vocabulary."""
    raw = load_yaml(resources.files("assistant.cv").joinpath("vocab.yaml").read_text(encoding="utf-8"))
    headings = {fold(w): section for section, words in raw["headings"].items() for w in words}
    labels = sorted(((fold(w), kind) for kind, words in raw["personal_labels"].items() for w in words),
                    key=lambda x: len(x[0]), reverse=True)
    return Vocab(
        headings=headings,
        labels=labels,
        present=word_regex(raw["present"]),
        employer_types=[(k, word_regex(v)) for k, v in raw["employer_types"].items()],
        licences=raw["licences"],
        licence_words=word_regex(raw["licence_words"]),
        language_levels=[(k, word_regex(v)) for k, v in raw["language_levels"].items()],
        raw=raw,
    )


@lru_cache(maxsize=1)
def interpretation_cues() -> dict[str, Any]:
    """The interpreter's own multilingual lists (countries, spoken languages, education levels):
    one vocabulary for what a person writes and what their CV says."""
    text = resources.files("assistant.interpretation").joinpath("cues.yaml").read_text(encoding="utf-8")
    return load_yaml(text)
