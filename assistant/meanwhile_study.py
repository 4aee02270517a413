""""What can I do meanwhile?" from someone on the way to a licence (rater 11, conv 1: a midwife trained in Herat,
at SFI D, asked what to do until the legitimation and got nothing about it).

Beside the work suggested for meanwhile (work that needs no licence first: :func:`assistant.policy.unlicensed_first`),
the answer says once what it is for — the licence of the person's own profession, named from the curated
regulated-profession data — and what study runs alongside towards it, each from its curated route with the page of
the authority that describes it: Swedish as a second language at Komvux after SFI (the Svenska 3 level the licence
asks for) and a vocational training at Komvux taken together with SFI or Swedish as a second language.
"""
from __future__ import annotations

from typing import Any

from assistant.evidence import sv_title
from assistant.policy import meanwhile
from assistant.routes import evidence_of, route_gloss, routes
from assistant.state import Focus, TurnState
from vagledning.domain.runtime import Runtime

#: The study that runs alongside work, in order, with the sentence of each (locale keys ``meanwhile.<key>``).
ALONGSIDE = ("komvux_sas", "kombinationsutbildning")


def licensed_goal(state: TurnState, rt: Runtime) -> str | None:
    """The label of the person's own licensed profession (work done, else a wish), if the data lists a licence
    that the work itself needs."""
    found = _goal_route(state, rt)
    return found[0] if found is not None else None


def licensed_goal_focus(state: TurnState, rt: Runtime) -> Focus | None:
    """The person's own licensed profession as an occupation to answer about ("is my Swedish enough?" beside work
    for meanwhile: the licence's own Swedish, slips17)."""
    found = _goal_route(state, rt)
    return Focus(id=found[2][0], label=found[0], ssyk_code=found[2][1]) if found is not None else None


def _goal_route(state: TurnState, rt: Runtime) -> tuple[str, Any, tuple[str, str | None]] | None:
    """(label, licence route, (id, SSYK code)) of the person's own licensed profession (:func:`licensed_goal`)."""
    from retrieval.relations_regulated import licence_route

    p = state.profile
    for occ_id, label, code in [(e.occupation.id, e.occupation.label, e.ssyk_code) for e in p.experiences] + \
            [(w.concept.id, w.label, w.ssyk_code) for w in p.wishes if w.concept is not None]:
        try:
            route = licence_route(occ_id, rt)
        except Exception:  # noqa: BLE001 - no regulated-profession tables: nothing is known to be licensed
            return None
        if route is not None and route.requirement == "licence_required":
            return label, route, (occ_id, code)
    return None


def say_meanwhile_study(state: TurnState, rt: Runtime) -> None:
    """The licence the meanwhile work leads towards and the study that runs alongside, cited (module docstring)."""
    if not meanwhile(state):
        return
    from assistant.work_before_licence import say_bridge_beside

    say_bridge_beside(state, rt)  # the rule of the person's own route that allows the work before it (waitwork8)
    goal = licensed_goal(state, rt)
    table = routes(rt)
    found = [table[k] for k in ALONGSIDE if k in table]
    if goal is None or not found:
        return
    state.say("meanwhile.lead", occupation=sv_title(goal, "occupation"))
    state.facts[-1] = state.facts[-1].model_copy(update={"paragraph": True})  # its own paragraph after the list
    # (the Svenska 3 level is the licence's own only when its route says so: a bus driver's YKB asks none; goal16)
    level = _asks_svenska3(state, rt)
    for route in found:
        ev = state.add_evidence(evidence_of(route))
        key = route.key if route.key != "komvux_sas" or level else "komvux_sas_plain"
        state.say(f"meanwhile.{key}", ev.doc_id, bullet=True, title=sv_title(ev.title, route_gloss(ev)))


def _asks_svenska3(state: TurnState, rt: Runtime) -> bool:
    """The licence of the person's own profession names the Svenska 3 level among its steps (Socialstyrelsen's)."""
    found = _goal_route(state, rt)
    return found is not None and any("Svenska 3" in step for steps in found[1].steps.values() for step in steps)
