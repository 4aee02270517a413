"""A topic found only by a verb that takes an object yields to the topic of that object anywhere in the text.

retrieval/interests.cue_scores lets a general topic yield to a more specific one within one listed item ("fixing
computers"); items are split at commas. "something with dogs maybe, like training them?" holds the dogs in one item
and "training them" in the next, so the training alone read as sports, and the person got wishes for
«Idrottstränare» and «Fritidsledare, församling» (rater30 en c04 T5). A topic's ``object_verbs`` (interest_cues.yaml)
are the terms that are such verbs: when every term that found the topic is one of them, the topic yields to any of its
``yields_to`` topics found in the text (the dogs are what is trained). A noun of the topic ("football", "gym") keeps it:
"I like dogs and football" likes both. Split out of retrieval/interests.py (modules under ~400 lines).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from retrieval.lexicon.normalize import normalize_str
from vagledning.yaml_data import load_yaml

CUES_PATH = Path(__file__).resolve().parent / "interest_cues.yaml"


@lru_cache(maxsize=1)
def _verbs() -> dict[str, tuple[dict[str, tuple[str, ...]], frozenset[str]]]:
    """Topic key -> (its terms per language, its object verbs) for the topics that name object verbs."""
    data = load_yaml(CUES_PATH.read_text(encoding="utf-8")) or {}
    out = {}
    for t in data.get("topics", []):
        verbs = t.get("object_verbs") or {}
        if not verbs:
            continue
        terms = {lang: tuple(normalize_str(str(x)).casefold() for x in (words or []))
                 for lang, words in (t.get("terms") or {}).items()}
        out[t["key"]] = (terms, frozenset(normalize_str(str(v)).casefold() for vs in verbs.values() for v in vs or ()))
    return out


def _a_verb(term: str, verbs: frozenset[str]) -> bool:
    return any(term.startswith(v) or v.startswith(term) for v in verbs)


def verb_yielded(keys: Iterable[str], hit: set[str], yields: dict[str, tuple[str, ...]],
                 found: Callable[[str], bool], langs: set[str] | None) -> list[str]:
    """``keys`` without the topics found only by their object verbs beside a topic they yield to (``hit``: every topic
    the text names; ``found``: whether a term is in the text)."""
    table = _verbs()
    out = []
    for key in keys:
        if key in table and set(yields.get(key, ())) & hit:
            terms, verbs = table[key]
            matched = [t for lg, ts in terms.items() if langs is None or lg in langs for t in ts if found(t)]
            if matched and all(_a_verb(t, verbs) for t in matched):
                continue
        out.append(key)
    return out


def object_verbs(key: str) -> frozenset[str]:
    """The object verbs a topic names (normalised; empty for a topic with none)."""
    return _verbs().get(key, ({}, frozenset()))[1]
