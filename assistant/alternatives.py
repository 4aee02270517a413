"""Alternatives that honour what was said (alt13; rater13 faults 1, 5 and 6).

- "What else can I work with?" ("شنو اكدر اشتغل غير شي؟", "maxaan kale ka shaqeyn karaa?") and "which daytime job
  is better?" ("کدام کار روزانه بهتر است؟") ask for other occupations: suggestions (cues ``other_work_ask`` and
  ``day_work_ask`` in locales/intents.yaml, read by assistant/intents.py), never the Swedish or the working
  conditions of the work one leaves; the turn away is a ``change_field`` constraint (interpretation/cues.yaml).
- "What can I work as meanwhile?" asks for work reachable now, while a licence or Swedish is pending: an army
  officer or a security adviser (long training first) was suggested to a nurse on her way to the licence.
  The SSYK 2012 major group (its first digit) carries the skill level the work asks for (SCB, MIS 2012:1, after
  ISCO-08): 1 managers, 2 long university studies, 3 shorter higher education, 4-8 upper-secondary level,
  9 short training at work, 0 the armed forces. Meanwhile work is of groups 4-9.
"""
from __future__ import annotations

from typing import TypeVar

from assistant.state import TurnState

T = TypeVar("T")

#: SSYK 2012 major groups whose work asks at most upper-secondary education (skill levels 1-2): reachable now.
REACHABLE_NOW = ("4", "5", "6", "7", "8", "9")


def reachable_now(state: TurnState, occupations: list[T]) -> list[T]:
    """For a "what can I work as meanwhile?" question, ``occupations`` (matches with an ``ssyk_code``) without those
    whose SSYK major group asks for higher education, military training or a manager's experience (module
    docstring); unchanged for any other question, or when none would remain (then the match order is all we have)."""
    from assistant.policy import meanwhile

    if not meanwhile(state):
        return occupations
    kept = [m for m in occupations if (getattr(m, "ssyk_code", None) or "")[:1] in REACHABLE_NOW]
    return kept or occupations
