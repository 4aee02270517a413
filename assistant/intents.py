"""Intent of the new user message, from cue lists in ``assistant/locales/intents.yaml``.

Detection is language-independent: the cues of every language are tried on every message.
The interpreter complements it: an occupation named in a question becomes the focus
(see :mod:`assistant.focus`), and a message that adds profile items is a "provide".
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from assistant.state import Intent

_ZW = re.compile(r"[\u200b-\u200f\u2066-\u2069]")
_APOS = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})


def normalize(text: str) -> str:
    """Case-fold, unify apostrophes, drop zero-width joiners (Persian ZWNJ) and squeeze spaces."""
    t = _ZW.sub("", (text or "").casefold().translate(_APOS))
    return re.sub(r"\s+", " ", t).strip()


def _cue_pattern(cue: str) -> str:
    prefix = cue.endswith("*")
    body = re.escape(normalize(cue.rstrip("*")))
    body = body.replace(r"\ ", r"\s+")
    # Word boundaries that also work for Arabic, Ethiopic and Cyrillic letters.
    return rf"(?<!\w){body}" + (r"\w*" if prefix else r"(?!\w)")


@lru_cache(maxsize=1)
def cues() -> dict[str, re.Pattern[str]]:
    """Compiled cue regex per group (read lazily from the YAML data file)."""
    raw = resources.files("assistant").joinpath("locales/intents.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(raw) or {}
    return {group: re.compile("|".join(_cue_pattern(str(c)) for c in items))
            for group, items in data.items() if items}


def has(group: str, text: str) -> bool:
    """True when any cue of ``group`` occurs in ``text`` (already normalised or not)."""
    pat = cues().get(group)
    return bool(pat and pat.search(normalize(text)))


def strip_cues(text: str) -> str:
    """The message without cue phrases and punctuation (what is left may name an occupation)."""
    t = normalize(text)
    for group in ("describe", "salary", "demand", "licence", "swedish", "need", "question", "courses", "suggest",
                  "more", "ordinal_1", "ordinal_2", "ordinal_3", "dontknow", "greeting"):
        pat = cues().get(group)
        if pat:
            t = pat.sub(" ", t)
    t = re.sub(r"[^\w\s\-]", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def ordinal(text: str) -> int | None:
    """0, 1 or 2 when the message picks the first, second or third item of the previous answer."""
    for i in range(3):
        if has(f"ordinal_{i + 1}", text):
            return i
    return None


#: A message longer than this (in words) without a question mark is a statement about oneself,
#: even when it contains a cue word ("my tasks were …", "in the future I want …").
LONG_STATEMENT = 12
#: "I don't know" and "more" only count as the whole point of a short message.
SHORT = 5


def detect_intent(text: str) -> Intent:
    """The intent of one (redacted) user message; ``provide`` when no cue fires."""
    t = normalize(text)
    if not t or not re.search(r"\w", t):
        return "greeting"
    words = len(t.split())
    mark = "?" in t or "؟" in t
    is_question = mark or has("question", t)
    asks = mark or words <= LONG_STATEMENT  # a long statement without "?" is not a follow-up question
    if has("explore", t) or (words <= SHORT and has("dontknow", t)):
        return "explore"
    if asks and has("swedish", t) and (has("need", t) or mark):
        return "swedish"
    if asks and has("salary", t):
        return "salary"
    if asks and has("licence", t) and (is_question or has("need", t)):
        return "licence"
    if asks and has("demand", t) and (is_question or words <= SHORT):
        return "demand"
    if asks and has("courses", t) and is_question:
        return "courses"
    if asks and has("describe", t):
        return "describe"
    if has("suggest", t):
        return "suggest"
    if words <= SHORT and has("more", t):
        return "more"
    if has("greeting", t) and words <= 4:
        return "greeting"
    return "provide"
