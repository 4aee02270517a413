"""The routes of an education answer at the person's own level (level26; rater35 class 6, issue 10).

A software tester of eight years with a B.Tech asking which courses there are for testing heard "the occupation
usually needs a university degree, and you apply at antagning.se" (replay34_new03 T2), and a civil engineer of fifteen
years heard of YH programmes into his own work (new02 T2/T3): the entry route into work the person has already done
at its level is no step for them. For someone who did work of the occupation's own minor group (SSYK, three digits)
in the major groups that ask for a university or post-secondary education (1-3), the general entry route of that
level (högskola, yrkeshögskola) gives way to the step of that level: a degree or work from abroad assessed by UHR (its
curated card); their own work's further routes (validation and the like: routes.occupation_keys) stay.
"""
from __future__ import annotations

from assistant.state import TurnState

#: The general entry routes by level (youth_routes.next_level): where a beginner starts.
ENTRY_LEVELS = ("hogskola", "yrkeshogskola")
#: UHR's assessment of an education from abroad (ingest/data/education_routes.yaml).
UHR = "uhr_bedomning"


def done_at_level(state: TurnState, code: str | None) -> bool:
    """The person did work of ``code``'s minor group, and it is work asking a degree or post-secondary education."""
    if not code or code[:1] not in "123":
        return False
    return any(e.ssyk_code and e.ssyk_code[:3] == code[:3] for e in state.profile.experiences)


def at_own_level(state: TurnState, code: str | None, keys: list[str]) -> list[str]:
    """``keys`` without the entry route into work done at its level; UHR's assessment instead when that work or a
    finished education was abroad."""
    if not done_at_level(state, code) or not any(k in ENTRY_LEVELS for k in keys):
        return keys
    p = state.profile
    abroad = any(e.abroad for e in p.experiences if (e.ssyk_code or "")[:3] == (code or "")[:3]) or any(
        e.abroad and not e.in_progress for e in p.education)
    out = [UHR if k in ENTRY_LEVELS and abroad else k for k in keys if k not in ENTRY_LEVELS or abroad]
    return list(dict.fromkeys(out))
