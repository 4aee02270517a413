"""Working hours across the workplaces of one trade (hours15; rater28 ti c11): "can I work as an assistant nurse
without nights?" got only "the sources don't say". A counsellor answers with the workplaces: the hours differ between
home care and care homes on one side and wards, clinics or sterile units on the other.

The trade is the occupations of the focus's SSYK group, and when their sources all say the same, with the taxonomy's
similar occupations of the same field and two-digit group (a ward's assistant nurse beside home care's). Each is
read the way a limitation on the hours is read
(:func:`retrieval.constraints.demand_of`, code ``daytime``: nights, evenings, weekends, shifts, work round the clock):
those whose sources state such hours are said with the statement, cited; those whose sources state none are named,
cited, with what that means: the sources name no such hours there, which is no promise of day work, so ask the
employers there about day posts. Said only when the trade's sources tell its workplaces apart (some state such hours,
some do not); otherwise the conditions answer's own "the sources say …" stands alone.
"""
from __future__ import annotations

from typing import Any

from assistant.evidence import store_doc, sv_title
from assistant.state import Fact, Focus, TurnState
from vagledning.domain.runtime import Runtime

#: Workplaces said per side (the answer stays short).
MAX_EACH = 3


def _similar(focus: Focus, rt: Runtime) -> list[tuple[str, str]]:
    """(id, label) of the taxonomy's similar occupations of the focus's group that share its two-digit SSYK group (a
    care aide's: the assistant nurses of home care and of wards)."""
    rel = rt.relations
    code = focus.ssyk_code or ""
    out = []
    for s in rel.similar_occupations(focus.id):
        occ = rel.occupation(s.id) if s.kind == "within_field" else None
        if occ is not None and (occ.ssyk_code or "")[:2] == code[:2]:
            out.append((occ.id, occ.label))
    return out


def _trade(focus: Focus, rt: Runtime) -> list[tuple[str, str]]:
    """(id, label) of the occupations in the focus's own SSYK group, the focus first."""
    rel = rt.relations
    group = rel.ssyk_by_code(focus.ssyk_code) if focus.ssyk_code else None
    others = [(o.id, o.label) for o in rel.occupations_in_ssyk(group.id) if o.id != focus.id] if group else []
    return [(focus.id, focus.label), *others]


def say_trade_hours(state: TurnState, rt: Runtime, focus: Focus, focus_said: bool = False) -> bool:
    """The trade's workplaces whose sources state evening, night or shift hours, and those whose sources state none;
    False (nothing said) when they do not tell them apart. ``focus_said``: the focus's own hours were quoted already
    (not quoted twice)."""
    trade = _trade(focus, rt)
    if _told_apart(state, rt, focus, focus_said, trade):
        return True
    seen = {i for i, _ in trade}
    # (a group whose sources all say the same: with the taxonomy's similar work of the same field, e.g. the assistant
    # nurses of home care beside those of wards; never a whole three-digit group, whose ship operators are no
    # warehouse supervisor's workplace)
    return _told_apart(state, rt, focus, focus_said, trade + [o for o in _similar(focus, rt) if o[0] not in seen])


def _told_apart(state: TurnState, rt: Runtime, focus: Focus, focus_said: bool, occupations: list[tuple[str, str]]) \
        -> bool:
    from retrieval.constraints import demand_of
    from retrieval.limit_fit import statement_evidence

    stated: list[tuple[str, Any, str]] = []
    silent: list[tuple[str, Any]] = []
    any_stated = focus_said
    quoted: set[str] = set()
    for occ_id, label in occupations:
        hit = demand_of(occ_id, label, "daytime", rt)
        if hit is not None:
            any_stated = True
            if hit.evidence in quoted:  # (one statement of the whole group is quoted once: home care's SSYK 5321)
                continue
            quoted.add(hit.evidence)
            if focus_said and occ_id == focus.id:
                continue
            ev = statement_evidence(hit, rt)
            if ev is not None and len(stated) < MAX_EACH:
                stated.append((label, ev, hit.evidence))
        elif len(silent) < MAX_EACH and occ_id != focus.id:  # (the focus's silence is said by the conditions answer)
            ev = store_doc(rt, "occupation", f"jobtech:occupation-name:{occ_id}", "occupation")
            if ev is not None:
                silent.append((label, ev))
    if not any_stated or not silent:
        return False
    for label, ev, said in stated:
        ev = state.add_evidence(ev)
        state.say("hours_places.stated", ev.doc_id, occupation=sv_title(label, "occupation"),
                  quote={"sv_text": said})
    ids = [state.add_evidence(ev).doc_id for _, ev in silent]
    state.facts.append(Fact(key="hours_places.none", source=ids[0], also=ids[1:],
                            params={"occupations": {"list": [label for label, _ in silent]}}))
    return True
