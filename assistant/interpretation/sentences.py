"""The sentence a span of a message stands in: cue readers ask whether a word and its qualifier ("not valid
*yet*", "keep my work *meanwhile*") are in the same sentence, not merely in the same message."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?؟።\n]")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the sentence of ``text`` that holds ``start:end`` (Latin, Arabic and Ge'ez stops)."""
    a = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    m = _SENTENCE_END.search(text, end)
    return a, m.start() if m else len(text)
