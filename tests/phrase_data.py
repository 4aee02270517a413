"""Tables of what people write, kept as data for the unit tests (like the proof tests' phrases,
tests/dialogue_support.said): sentences in eight languages are reviewed as text, and a test adds a
row to a file instead of another table of tuples in code.

``tests/unit/phrases/intents.yaml``: a table's name -> ``[question, intent]`` rows.
"""
from __future__ import annotations

import functools
from pathlib import Path

import yaml

UNIT_PHRASES = Path(__file__).resolve().parent / "unit" / "phrases"


@functools.cache
def _intents() -> dict[str, list[list[str]]]:
    loaded: dict[str, list[list[str]]] = yaml.safe_load((UNIT_PHRASES / "intents.yaml").read_text(encoding="utf-8"))
    return loaded


def asked(table: str) -> list[tuple[str, str]]:
    """The (question, intent) rows of ``table`` in intents.yaml, in file order."""
    return [(question, intent) for question, intent in _intents()[table]]
