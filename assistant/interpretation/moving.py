"""A wish for work where one moves about, and "lighter than X" (move19; issue 10 item 4, the lead's widget conversations
and rater31).

A Ukrainian woman who said "I want something where I can move, not sit all day" got administrators and receptionists;
a cleaner who asked for "something lighter than cleaning" got childcare and cooking with no reason given. Here,
"work where I can move / be outside / not sit all day", in 8 languages (moving.yaml), is kept in the profile as
``Constraint(kind="other", value=ACTIVE)`` with the words told: a ranking preference for active work
(assistant/active_list.py), not a refusal of everything; and "lighter than …" in a message is read per message.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from vagledning.domain.profile import Constraint, Profile, Span
from vagledning.yaml_data import load_yaml

#: The profile's value of the wish for active work.
ACTIVE = "active_work"
_PATH = Path(__file__).with_name("moving.yaml")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, tuple[re.Pattern[str], ...]]:
    doc = load_yaml(_PATH.read_text(encoding="utf-8")) or {}
    return {group: tuple(re.compile(p) for items in (doc.get(group) or {}).values() for p in items)
            for group in ("active", "lighter_than")}


def _found(group: str, text: str) -> re.Match[str] | None:
    from assistant.interpretation.constraints import fold

    folded = fold(text)
    return next((m for p in _patterns()[group] if (m := p.search(folded))), None)


def asks_lighter_than(text: str) -> bool:
    """``text`` asks for work lighter (easier, less heavy) than some work ("lättare än städning", «أخف من التنظيف»)."""
    return _found("lighter_than", text) is not None


def wants_active(profile: Profile) -> bool:
    """The person said they want work where they move about."""
    return any(c.kind == "other" and c.value == ACTIVE for c in profile.constraints)


def read_moving(profile: Profile, text: str, message: int = 0) -> None:
    """Record the wish for active work when ``text`` (redacted) says it, once per profile."""
    if wants_active(profile):
        return
    m = _found("active", text)
    if m is not None:
        a, b = m.start(), m.end()
        profile.constraints.append(Constraint(kind="other", value=ACTIVE, label=text[a:b].strip()[:120],
                                              span=Span(start=a, end=b, quote=text[a:b], message=message),
                                              confidence=0.8))
