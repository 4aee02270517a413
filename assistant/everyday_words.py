"""Everyday words are never an occupation's name (titles13, rater13 conv1 T3, conv3 T4).

A question's words left once its cues, fillers and places are gone are read as a name we could not resolve
(assistant/focus.py ``unresolved_name``) and echoed back: "I did not find the occupation «پیسه»" (money, in Dari),
«familj», «вчитись» (to study), «ክመሃርን ክሰርሕን» (to learn and to work). What a person says about their life beside a
question (money, family, home, time of day, body and health, studying and working as verbs) is never a job title:
those words, per language as data (``locales/everyday_words.yaml``), are no name, so they are neither looked up as
an occupation ("family" became «Familjerådgivare») nor echoed. A made-up or unknown title ("zorblaxare") still is.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from assistant.intent_cues import normalize
from vagledning.yaml_data import load_yaml

_PATH = Path(__file__).resolve().parent / "locales" / "everyday_words.yaml"
#: Arabic and Persian forms of the same letter, written either way by people on phones of either script.
_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ۀ": "ه"})
#: Arabic proclitics written onto a word ("والفلوس", "بالبيت", "وفلوس").
_PROCLITICS = ("وبال", "وال", "بال", "لل", "ال", "و", "ب", "ف", "ل")


def form(word: str) -> str:
    return normalize(word).translate(_LETTERS).replace("'", "").replace("ʼ", "")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], tuple[str, ...]]:
    """(whole words, stems of a ``*`` entry) of every list and language."""
    doc = load_yaml(_PATH.read_text(encoding="utf-8")) or {}
    whole: set[str] = set()
    stems: set[str] = set()
    for by_language in doc.values():
        for items in by_language.values():
            for item in items:
                w = form(str(item))
                (stems.add(w[:-1]) if w.endswith("*") else whole.add(w))
    return frozenset(whole), tuple(sorted(stems))


def everyday(word: str) -> bool:
    """``word`` (one word of a question) is an everyday word of some language, never an occupation's name."""
    whole, stems = _words()
    w = form(word)
    forms = {w, *(w[len(p):] for p in _PROCLITICS if w.startswith(p) and len(w) - len(p) >= 2)}
    return any(f in whole or f.startswith(stems) for f in forms if f)
