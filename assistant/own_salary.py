"""What another occupation earns, set against the person's own (rater11 conv3).

A care worker asked what a medical secretary earns; the counsellor's point was that its median is no higher than what
she probably earns now, and the answer never said so. After an occupation's salary, when the person has told work of
their own in another SSYK group with salary statistics, the answer says plainly whether the asked occupation's median
is more, less or about the same, citing both groups' statistics (SCB's figures, as the first one is).

laidoff15 (rater15): when the person said what they earned ("I earned 34 000 a month", kept in the profile by
assistant/interpretation/own_pay.py), the group's median is set against that figure instead ("about 2 000 kronor a
month more than the 34 000 you said you earned"): the group figure is never presented as the person's own pay.
"""
from __future__ import annotations

from typing import Any

from assistant.evidence import sv_title
from assistant.interpretation.own_pay import pay_of
from assistant.state import TurnState
from retrieval.details import occupation_details
from retrieval.errors import UnknownOccupation
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime

#: Medians closer than this (kronor a month) are "about the same": the statistics are rounded to the hundred.
SAME = 500


def _median(ev: Evidence | None) -> int | None:
    try:
        return int(str((ev.facts if ev else {}).get("median")).replace(" ", ""))
    except (TypeError, ValueError):
        return None


def say_own_salary(state: TurnState, rt: Runtime, details: dict[str, Any]) -> None:
    """Compare the asked occupation's median with the person's own occupation's (the first told, done in Sweden or
    not), when both have statistics and the asked one is not in a group of work the person has done."""
    asked = _median(Evidence.coerce(details.get("salary")))
    group = (details.get("ssyk") or {}).get("code")
    pay = pay_of(state.profile)
    if asked is not None and pay is not None:  # the person's own figure (their data: said, never cited)
        diff = round(abs(asked - pay), -2)
        key = "salary.own_pay_same" if diff < SAME else "salary.own_pay_less" if asked < pay else "salary.own_pay_more"
        state.say(key, median=asked, pay=pay, diff=int(diff))
        return
    own = [e for e in state.profile.experiences if e.ssyk_code and e.ssyk_code != group]  # the first told first
    if asked is None or not group or not own or any(e.ssyk_code == group for e in state.profile.experiences):
        return
    try:
        mine = occupation_details(own[0].occupation.id, rt)
    except UnknownOccupation:
        return
    ev = Evidence.coerce(mine.get("salary"))
    median = _median(ev)
    if ev is None or median is None:
        return
    ev = state.add_evidence(ev)
    key = "salary.own_same" if abs(asked - median) < SAME else "salary.own_less" if asked < median else "salary.own_more"
    state.say(key, ev.doc_id, own=sv_title(own[0].occupation.label, "occupation"), median=median)
