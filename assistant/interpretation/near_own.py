""""Another job, close to sewing": a wish for a NEIGHBOUR of one's own work, never a turn away from it (profile26).

Rater35 new01 (ti): a seamstress with three children asked «ካልእ ስራሕ ምስ ስፌት ዝቀራረብ?» (another job close to sewing?).
The "another job" cue (cues.yaml ``change_field``) read it as turning away from sewing: her own work's family left the
list, and «Underhållsmekaniker» came "because of what you learned as a seamstress". A counsellor hears the words
after "another job" – close to, similar to, related to, in the same field – as a wish to stay near the skill: no
``change_field`` (assistant/interpretation/turning_away.turning_away), so the matcher keeps ranking from her work.
The words per language are in ``near_own.yaml``; they are read after the cue, within its sentence, so "I'd like
another job" (a "like" before it) and "another job close to home" (a place) stay a turn away.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from vagledning.yaml_data import load_yaml

PATH = Path(__file__).resolve().parent / "near_own.yaml"
#: How far after the "another job" cue the near words may stand (characters, within the sentence).
REACH = 60


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    doc = load_yaml(PATH.read_text(encoding="utf-8")) or {}
    return tuple(re.compile(p) for pats in doc.values() for p in pats or [])


def near_after(sentence_rest: str) -> bool:
    """The text right after an "another job" cue (the rest of its sentence, folded) asks for work near something."""
    rest = (sentence_rest or "")[:REACH]
    return any(p.search(rest) for p in _patterns())


def asks_near_own(text: str) -> bool:
    """``text`` asks for "another job close to X" (a ``change_field`` cue with near words after it): the neighbours of
    one's own work, which the work told already ranks from – no topic of its own to keep as an interest."""
    from assistant.interpretation.constraints import _patterns as cue_patterns
    from assistant.interpretation.constraints import fold

    folded = fold(text or "")
    return any(near_after(folded[m.end():]) for _, pat in cue_patterns()["change_field"] for m in pat.finditer(folded))
