"""Cues that match whole words (words17, rater30 class 2).

A cue pattern of ``cues.yaml`` is a regular expression on folded text: without a word boundary it also matches the
letters inside another word. «لغتي السويدية ضعيفة» (my Swedish is weak) held «يدية ضعيف» and was kept as weak hands;
«عندما أستطيع» (when I can) holds «ما أستطيع» (I can't); «друкарка» (a typist) holds «рука» (a hand). Here a match
counts only when it starts a word, or follows the clitics its script writes joined to a word (Arabic و ف ب ل ال …,
Tigrinya ብ ን ካብ …: ``whole_words.yaml``); in Latin script a cue of some length may end a Swedish compound
("pälsallergi"). Used for the limitations (assistant/interpretation/constraints.py).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from vagledning.yaml_data import load_yaml

_PATH = Path(__file__).with_name("whole_words.yaml")


@lru_cache(maxsize=1)
def _doc() -> tuple[int, dict[str, frozenset[str]]]:
    doc = load_yaml(_PATH.read_text(encoding="utf-8")) or {}
    return int(doc.get("compound_tail") or 5), {k: frozenset(v or ()) for k, v in (doc.get("prefixes") or {}).items()}


def _letter(ch: str) -> bool:
    # (Arabic short vowels and shadda are marks, not letters, yet they sit inside a word)
    return ch.isalnum() or unicodedata.category(ch) in ("Mn", "Mc")


def _script(ch: str) -> str:
    cp = ord(ch)
    if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0xFB50 <= cp <= 0xFEFF:
        return "arabic"
    if 0x1200 <= cp <= 0x139F or 0x2D80 <= cp <= 0x2DDF:
        return "ethiopic"
    if 0x0400 <= cp <= 0x052F:
        return "cyrillic"
    return "latin"


def starts_word(text: str, start: int, end: int) -> bool:
    """The match ``text[start:end]`` starts a word, or follows only the joined clitics of its script (or, in Latin
    script, is a cue long enough to end a compound)."""
    if start <= 0 or start >= len(text) or not _letter(text[start - 1]) or not _letter(text[start]):
        return True
    w = start
    while w > 0 and _letter(text[w - 1]):
        w -= 1
    tail, prefixes = _doc()
    script = _script(text[start])
    if script == "latin":
        first = re.match(r"\w+", text[start:end])
        return first is not None and len(first.group()) >= tail
    return text[w:start] in prefixes.get(script, frozenset())


def whole_matches(pat: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pat`` in ``text`` that start a word (:func:`starts_word`), left to right, not overlapping; a
    match inside a word is skipped and the search goes on from its next letter."""
    pos = 0
    while pos <= len(text) and (m := pat.search(text, pos)):
        if starts_word(text, m.start(), m.end()):
            yield m
            pos = m.end() if m.end() > m.start() else m.start() + 1
        else:
            pos = m.start() + 1


def whole_search(pat: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of ``pat`` in ``text`` that starts a word, or None."""
    return next(whole_matches(pat, text), None)
