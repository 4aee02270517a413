"""What another occupation earns, set against the person's own (rater11 conv3).

A care worker asked what a medical secretary earns; the counsellor's point was that its median is no higher than what
she probably earns now, and the answer never said so. After an occupation's salary, when the person has told work of
their own in another SSYK group with salary statistics, the answer says plainly whether the asked occupation's median
is more, less or about the same, citing both groups' statistics (SCB's figures, as the first one is).

laidoff15 (rater15): when the person said what they earned ("I earned 34 000 a month", kept in the profile by
assistant/interpretation/own_pay.py), the group's median is set against that figure instead ("about 2 000 kronor a
month more than the 34 000 you said you earned"): the group figure is never presented as the person's own pay.

mendD19: when SCB publishes no salary for the person's own group (56 of 405 groups, e.g. 5321 "Undersköterskor,
hemtjänst, …", the home-care assistant nurse read19's qualifier now rightly names), the nearest group with figures
stands in and the answer says so: a group of the same SSYK-3 whose label begins with the same word ("Undersköterskor,
vård- och specialavdelning …"), the closest code first. Its statistics are cited; it is never called her own.
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


def median_of(ev: Evidence | None) -> int | None:
    """The median monthly salary of SCB's statistics for a group ("34 500" → 34500); None without one."""
    try:
        return int(str((ev.facts if ev else {}).get("median")).replace(" ", ""))
    except (TypeError, ValueError):
        return None


def say_own_salary(state: TurnState, rt: Runtime, details: dict[str, Any]) -> None:
    """Compare the asked occupation's median with the person's own occupation's (the first told, done in Sweden or
    not), when both have statistics and the asked one is not in a group of work the person has done."""
    asked = median_of(Evidence.coerce(details.get("salary")))
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
    near = None if ev is not None else _nearest_with_salary(rt, mine.get("ssyk") or {}, group)
    if near is not None:
        near_label, ev = near
    median = median_of(ev)
    if ev is None or median is None:
        return
    ev = state.add_evidence(ev)
    key = "same" if abs(asked - median) < SAME else "less" if asked < median else "more"
    own_title = sv_title(own[0].occupation.label, "occupation")
    if near is None:
        state.say(f"salary.own_{key}", ev.doc_id, own=own_title, median=median)
        return
    state.say("salary.own_no_figures", own=own_title)
    state.say(f"salary.own_near_{key}", ev.doc_id, near=sv_title(near_label, "ssyk"), median=median)


def _head(label: str) -> str:
    """The first word of a group's label, casefolded ("Undersköterskor, hemtjänst, …" → "undersköterskor")."""
    words = label.split(",")[0].split()
    return words[0].casefold() if words else ""


def _nearest_with_salary(rt: Runtime, mine: dict[str, Any], asked: str) -> tuple[str, Evidence] | None:
    """(label, salary evidence) of the group nearest the person's own that has salary statistics: the same SSYK-3
    and the same first word of the label (5321 "Undersköterskor, hemtjänst, …" → 5323 "Undersköterskor, vård- …"),
    the closest code first; never the asked group."""
    code, head = str(mine.get("code") or ""), _head(str(mine.get("label") or ""))
    if len(code) != 4 or not code.isdigit() or not head:
        return None
    for other in sorted((f"{code[:3]}{d}" for d in range(10)), key=lambda c: abs(int(c) - int(code))):
        group = rt.relations.ssyk_by_code(other) if other not in (code, asked) else None
        if group is None or _head(group.label or "") != head:
            continue
        for occ in rt.relations.occupations_in_ssyk(group.id)[:1]:
            try:
                ev = Evidence.coerce(occupation_details(occ.id, rt).get("salary"))
            except UnknownOccupation:
                continue
            if median_of(ev) is not None and ev is not None:
                return group.label, ev
    return None
