"""A learner's words ("learn", «навчатися», «ንምምሃር»): never a cue of the teaching they share a stem with (read19).

Ukrainian «навчатися» (to study) begins like «навчати» (to teach), Tigrinya «ንምምሃር» (to learn) is written as ምምሃር
(teaching), so "I want to learn something" read as a liking for teaching made teachers of someone who wants to learn.
Such a word is no interest topic's term (retrieval/interests.py) and no occupation's term (the lexicon's ``match``).
The words are the ``learning`` lists of ``learner.yaml`` (beginnings of words; a Ge'ez one anywhere in a word, as
prepositions glue onto it).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from retrieval.lexicon.normalize import normalize_str, script_of_token
from vagledning.yaml_data import load_yaml

LEARNER_FILE = Path(__file__).resolve().parent / "learner.yaml"


@lru_cache(maxsize=1)
def _words() -> tuple[str, ...]:
    data = load_yaml(LEARNER_FILE.read_text(encoding="utf-8")) or {}
    return tuple(normalize_str(str(w)).casefold() for ws in (data.get("learning") or {}).values() for w in ws or ())


def learner_word(tok: str) -> bool:
    """True when the (normalised) token is a learner's word."""
    return any(tok.startswith(w) or script_of_token(w) == "ethiopic" and w in tok for w in _words())
