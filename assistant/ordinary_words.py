"""Ordinary words of a question are never an occupation's name (rater16: «weeye», «medans», «پولش»).

A follow-up's words left once its cues, fillers and places are gone (assistant/focus.py ``unresolved_name``) are
looked up as an occupation; when nothing is found they were echoed back: "I did not find the occupation «weeye»"
("is", Somali), «medans» ("while"), «پولش» ("its money"). Only words that may be a job's name are reported: not a
word of the question vocabulary of any language — the intent cues (locales/intents.yaml), the assistant's own
wordings (the locale files), the everyday words — nor a copula, conjunction, pronoun or filler, a verb form, or such
a word with a possessive, case or definite ending (locales/not_a_name.yaml). A word the curated lexicon holds as an
occupation's name always may be one. A made-up or unknown title ("zorblaxare") is still reported.

A word-search link (BM25 on an alias, no meaning behind it) names an occupation only when a content word of the alias
(four letters or more) stands in the message: "bas u wado" (to drive a bus) is no "Bas-U" (:func:`alias_named`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from assistant.everyday_words import everyday, form
from assistant.state import TurnState
from vagledning.domain.runtime import Runtime
from vagledning.yaml_data import load_yaml

#: The locale files whose words are the assistant's own wording and the question cues (never the occupation
#: names' files: occupation_forms.yaml, requirements.yaml, route_facts.yaml …).
_VOCABULARY = ("intents.yaml", "everyday_words.yaml", "not_a_name.yaml",
               *(f"{loc}.yaml" for loc in ("sv", "sv-easy", "en", "ar", "so", "ti", "fa", "uk")),
               *(f"dialogue/{loc}.yaml" for loc in ("sv", "sv-easy", "en", "ar", "so", "ti", "fa", "uk")))
#: What a wording quotes or fills in is a name, not its own wording.
_QUOTED = re.compile(r"«[^»]*»|\{[^}]*\}|\([^)]*\)")
_MIN_STEM = 3


def _read(name: str) -> Any:
    return load_yaml(resources.files("assistant").joinpath(f"locales/{name}").read_text(encoding="utf-8"))


def _strings(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return [node] if isinstance(node, str) else []


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Every word of the question vocabulary of every language (see the module docstring)."""
    words: set[str] = set()
    for name in _VOCABULARY:
        for s in _strings(_read(name)):
            words |= {form(w) for w in re.findall(r"\w+", _QUOTED.sub(" ", s))}
    return frozenset(words)


@lru_cache(maxsize=1)
def _lists() -> dict[str, tuple[str, ...]]:
    doc = _read("not_a_name.yaml") or {}
    by = {key: tuple(form(str(w)) for lang in (doc.get(key) or {}).values() for w in lang)
          for key in ("function_words", "judging_words", "endings")}
    verbs = doc.get("verb_forms") or {}
    for key in ("uk", "so", "fa_prefixes", "fa_endings", "ar_prefixes", "fa_subjunctive", "fa_subjunctive_endings"):
        by[f"verb_{key}"] = tuple(form(str(w)) for w in verbs.get(key) or [])
    return by


def _verb_form(w: str) -> bool:
    lists = _lists()
    ends = lists["verb_uk"] + lists["verb_so"]
    if any(w.endswith(e) and len(w) - len(e) >= _MIN_STEM for e in ends):
        return True
    if any(w.startswith(p) and len(w) - len(p) >= _MIN_STEM for p in lists["verb_ar_prefixes"]):
        return True
    if w.startswith(lists["verb_fa_subjunctive"]) and len(w) >= 4 and w.endswith(lists["verb_fa_subjunctive_endings"]):
        return True
    return any(w.startswith(p) and len(w) - len(p) >= 2 for p in lists["verb_fa_prefixes"]) and \
        w.endswith(lists["verb_fa_endings"])


def _known(w: str) -> bool:
    return w in _vocabulary() or w in _lists()["function_words"] or w in _lists()["judging_words"] or everyday(w)


def _occupation_term(word: str) -> bool:
    """The curated lexicon holds ``word`` as an occupation's name on its own."""
    from retrieval.lexicon import match

    return any(h.kind == "occupation" and h.end - h.start >= len(word) - 1 for h in match(word))


def ordinary(word: str) -> bool:
    """``word`` (one word of a question) is question vocabulary, never an occupation's name."""
    w = form(re.sub(r"[^\w'ʼ\-]", "", word))
    if not w or _occupation_term(w):
        return not w
    if _known(w) or _verb_form(w):
        return True
    return any(w.endswith(e) and len(w) - len(e) >= _MIN_STEM and _known(w[: -len(e)]) for e in _lists()["endings"])


def reportable(name: str | None) -> str | None:
    """The words of an unresolved ``name`` that may be a job's name (None when every word is ordinary)."""
    words = [w for w in (name or "").split() if not ordinary(w)]
    return " ".join(words) if words else None


def alias_named(alias: str, text: str) -> bool:
    """A content word of ``alias`` (four letters or more, no function word) stands in ``text``."""
    said = set(re.findall(r"\w+", form(text)))
    return any(len(w) >= 4 and w in said and w not in _lists()["function_words"] for w in re.findall(r"\w+", form(alias)))


def names_no_occupation(state: TurnState, rt: Runtime) -> bool:
    """A question (one part of a message) names no occupation: nothing but ordinary words is left in it ("mushaarka
    imisa weeye?", how much is the pay?) and it points at no item of the latest list; it is about the one in focus."""
    from assistant.earlier_answers import referred
    from assistant.focus import unresolved_name  # (focus reads this module's words)

    return reportable(unresolved_name(state, rt)) is None and referred(state, rt) is None
