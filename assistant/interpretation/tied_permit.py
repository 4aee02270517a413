"""A residence permit told as tied to someone else's stay (consist32, rater39 new02 T3).

"My husband is a doctoral student and my permit depends on his", «اقامت من وابسته به اونه», «мій дозвіл прив'язаний до
його»: the person's permit rests on a partner's or parent's studies, work or permit (tied_permit.yaml, 8 languages). A
yes/no about CSN's study support never answers "yes, usually" to them: CSN first checks whether such a permit gives a
right to study support (assistant/rights.py).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from vagledning.yaml_data import load_yaml

_PATH = Path(__file__).with_name("tied_permit.yaml")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    doc = load_yaml(_PATH.read_text(encoding="utf-8")) or {}
    return tuple(re.compile(p) for items in (doc.get("patterns") or {}).values() for p in items)


def permit_told_tied(texts: list[str]) -> bool:
    """One of ``texts`` (what the person wrote) tells that their residence permit is tied to someone else's."""
    from assistant.interpretation.constraints import fold

    return any(p.search(fold(t)) for t in texts if t for p in _patterns())


def tied_told(state: Any) -> bool:
    """The person told so in this message or an earlier one of the conversation (a TurnState)."""
    earlier = [m.content or "" for m in getattr(state.request, "messages", None) or [] if m.role == "user"]
    return permit_told_tied([state.text, *earlier])
