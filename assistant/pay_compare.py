"""Which of the suggested jobs pay well (pupil20, rater18: "vilka jobb tjänar bra?" got one occupation's salary).

A salary question that names no occupation and asks across jobs ("which jobs pay well?", "vilka jobb tjänar bra?",
«اي شغل راتبه منيح؟», "shaqooyinkee ayaa mushahar fiican leh?": the ``pay_which`` cues of intents.yaml) is answered
with the median salaries of the occupations the latest list presented, highest first, each cited to SCB's statistics
for its group; an occupation whose group has no figures is named as such. When nothing has been suggested yet, the
answer says so and asks what the person has done and likes: there is nothing to compare.
"""
from __future__ import annotations

from assistant.evidence import sv_title
from assistant.own_salary import median_of
from assistant.state import Focus, TurnState
from retrieval.details import occupation_details
from retrieval.errors import UnknownOccupation
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime

#: At most this many occupations are compared (a list answer presents three).
MAX_COMPARED = 5


def asks_which_pays(state: TurnState, rt: Runtime) -> bool:
    """A salary question across jobs that names no occupation of its own."""
    from assistant.focus import named_in_message
    from assistant.intent_cues import has
    from assistant.intents import question_part

    if state.intent != "salary" or state.action not in ("salary", "which_occupation") \
            or not has("pay_which", question_part(state.text)):
        return False
    try:
        return named_in_message(state, rt, guess=False) is None
    except Exception:  # noqa: BLE001 - no occupation index: nothing named can be read, the question stands
        return True


def _latest_list(state: TurnState, rt: Runtime) -> list[Focus]:
    """The occupations of the latest answer that presented more than one."""
    from assistant.earlier_answers import earlier_occupations

    return next((occs for occs in earlier_occupations(state, rt) if len(occs) > 1), [])


def compare_instead(state: TurnState, rt: Runtime) -> bool:
    """After the salary plan (one occupation's figures, or "which occupation?"): the suggested occupations' median
    salaries, highest first, instead (see the module docstring); False when the question is not one across jobs."""
    if not asks_which_pays(state, rt):
        return False
    occs = _latest_list(state, rt)
    state.facts.clear()
    state.evidence.clear()
    state.presented.clear()
    state.focus = None
    if not occs:
        state.action = "ask"
        state.say("salary.compare_none")
        return True
    state.action = "salary"
    rows: list[tuple[int | None, Focus, Evidence | None, str | None]] = []
    for occ in occs[:MAX_COMPARED]:
        try:
            details = occupation_details(occ.id, rt)
        except UnknownOccupation:
            continue
        ev = Evidence.coerce(details.get("salary"))
        rows.append((median_of(ev), occ, ev, (details.get("ssyk") or {}).get("label")))
    if not rows:
        state.say("salary.compare_none")
        return True
    rows.sort(key=lambda r: -(r[0] or 0))
    state.say("salary.compare_intro")
    for median, occ, ev, group in rows:
        state.present(occ)
        title = sv_title(occ.label, "occupation")
        if ev is None or median is None:
            state.say("salary.compare_no_figures", bullet=True, occupation=title)
            continue
        ev = state.add_evidence(ev)
        state.say("salary.compare_item", ev.doc_id, bullet=True, occupation=title, median=median,
                  group=sv_title(group, "ssyk") if group else sv_title(ev.title, ev.kind))
    state.say("salary.compare_note")
    return True
