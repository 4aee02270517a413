"""An age told of an earlier time ("när jag var 16", «markaan 14 jiray», «وقتی ۱۶ سالم بود», "коли мені було 16") is
not the person's age now (contra31; rater38 new01: a man of 20 who wrote when he came to Sweden (14) and when he was
fined (16) was taken for a pupil of 16 and sent to "the counsellor at your school"). The cue words are data
(past_age.yaml, per language): what stands just before the number, or what follows the words that tell the age."""
from __future__ import annotations

import functools
import re
from pathlib import Path

from vagledning.yaml_data import load_yaml

PATH = Path(__file__).resolve().parent / "past_age.yaml"
#: How far before the number its cue may stand (a few words).
_BEFORE = 30
_AFTER = 24


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    doc = load_yaml(PATH.read_text(encoding="utf-8")) or {}

    def group(name: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p) for pats in (doc.get(name) or {}).values() for p in pats or [])

    return group("before"), group("after")


def told_then(folded: str, start: int, end: int, number: int | None = None) -> bool:
    """The age told at ``folded[start:end]`` (its number at ``number`` when known) is one of an earlier time."""
    before, after = _patterns()
    head = folded[max(0, (start if number is None else number) - _BEFORE):start if number is None else number]
    tail = folded[end:end + _AFTER]
    return any(p.search(head) for p in before) or any(p.match(tail) for p in after)
