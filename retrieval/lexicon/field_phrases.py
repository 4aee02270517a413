"""An occupation's word followed by the noun that makes it a field of work is no occupation (place10).

Ukrainian «охорона» alone is security work, but «охорона здоров'я» (health care, literally "protection of health")
names a field: "які програми YH є в галузі охорони здоров'я?" (which YH programmes are there in health care?) was
read as Säkerhetsvakt, and the occupation named beside one field kept its own course answer (fieldyh uk). The heads
and the nouns after them are ``field_phrases.yaml`` (beginnings of normalised words).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from retrieval.lexicon.normalize import normalize_str
from vagledning.yaml_data import load_yaml

FIELD_PHRASES_FILE = Path(__file__).resolve().parent / "field_phrases.yaml"


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[str, ...]]:
    data = load_yaml(FIELD_PHRASES_FILE.read_text(encoding="utf-8")) or {}
    return {normalize_str(str(h)).casefold(): tuple(normalize_str(str(n)).casefold() for n in nouns or ())
            for h, nouns in (data.get("heads") or {}).items()}


def field_phrase(last: str, following: str | None) -> bool:
    """The (normalised) word ``last`` of an occupation's term, with the word ``following`` it, names a field."""
    if not following:
        return False
    return any(last.startswith(h) and any(following.startswith(n) for n in nouns) for h, nouns in _heads().items())
