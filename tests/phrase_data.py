"""Tables of what people write, kept as data for the unit tests (like the proof tests' phrases,
tests/dialogue_support.said): sentences in eight languages are reviewed as text, and a test adds a
row to a file instead of another table of tuples in code.

One YAML file a subject under ``tests/unit/phrases/``, a table's name -> its rows: ``intents.yaml``
(``[question, intent]``), ``segment.yaml`` (a story, its language and what it states), ``lexicon.yaml``
(a sentence, the occupation it names, the words matched).
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

UNIT_PHRASES = Path(__file__).resolve().parent / "unit" / "phrases"


@functools.cache
def _file(subject: str) -> dict[str, list[Any]]:
    loaded: dict[str, list[Any]] = yaml.safe_load((UNIT_PHRASES / f"{subject}.yaml").read_text(encoding="utf-8"))
    return loaded


def rows(subject: str, table: str) -> list[Any]:
    """The rows of ``table`` in ``tests/unit/phrases/<subject>.yaml``, in file order."""
    return list(_file(subject)[table])


def asked(table: str) -> list[tuple[str, str]]:
    """The (question, intent) rows of ``table`` in intents.yaml, in file order."""
    return [(question, intent) for question, intent in rows("intents", table)]
