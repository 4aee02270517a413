"""The routes an education answer says for one occupation: its licence and own routes before its courses
(:func:`plan_routes`), or, beside a suggested occupation with no fitting course, its first own route
(:func:`say_first_route`). Which routes fit the person is :mod:`assistant.routes`' work; this module only says them
(split from it to keep each module to what it owns)."""
from __future__ import annotations

from typing import Any

from assistant.degree_routes import here_licence
from assistant.education import wants_none
from assistant.routes import (
    _NO_VALIDATION,
    _SWEDISH_FIRST,
    occupation_routes,
    route_gloss,
    route_wording,
    say_route,
    with_routes,
)
from assistant.state import TurnState
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime

#: Ways in learned at a workplace or by counting what one can: never the way into work whose own source asks a
#: university degree (little17: rater29 en c09 got "Lärlingsutbildning på Komvux" as the way into an inspector's work).
_WORKPLACE_WAYS = ("apprenticeship", "validation")


def say_first_route(state: TurnState, rt: Runtime, code: str | None, *, degree: bool = False, title: str = "") -> bool:
    """With a suggested occupation that has no fitting course: its own first route (the trade certificate,
    the training to a protected title …), once per answer; False when there is none to say. ``degree``: the
    occupation's own source asks a university degree, so no workplace way is its way in."""
    said = {e.doc_id for e in state.evidence}
    fresh = [r for r in occupation_routes(state, rt, code, title) if r.doc_id not in said
             and not (degree and r.facts.get("route_kind") in _WORKPLACE_WAYS)][:1]
    for ev in fresh:  # named here; an education answer explains it (and is then no repeat of this one)
        own = ev.facts.get("route_kind") in _NO_VALIDATION[1:]  # its condition (citizenship) is said with it
        ev = state.add_evidence(ev)
        state.say(route_wording(ev) if own else "occ.route", ev.doc_id, bullet=True,
                  title={"sv_title": ev.title, "kind": route_gloss(ev)})
    return bool(fresh)


def _licence_of(rt: Runtime, focus: Any) -> list[Evidence]:
    from retrieval.relations_regulated import regulated_evidence

    try:
        return regulated_evidence(focus.id, rt)[:1]
    except Exception:  # noqa: BLE001 - no regulated-profession tables: treated as not regulated
        return []


def plan_routes(state: TurnState, rt: Runtime, focus: Any, courses: list[Evidence]) -> list[Evidence]:
    """The routes of an education answer for one occupation, said before its courses: Swedish first for a
    newcomer who needs it, then the occupation's licence when it is regulated (the authority, cited) and its
    own routes (:func:`occupation_routes`) as bullets. Returns what to list after them: the courses and
    the general routes (:func:`with_routes`), without the Swedish route already said."""
    code = focus.ssyk_code if focus is not None else None
    licence = here_licence(state, rt, focus, _licence_of(rt, focus)) if focus and not wants_none(state) else []
    own = occupation_routes(state, rt, code, focus.label if focus is not None else None)
    chosen = with_routes(state, rt, code, courses, own)
    swedish = [e for e in chosen[:1] if (licence or own) and e.facts.get("route_kind") in _SWEDISH_FIRST[:3]]
    for ev in swedish:
        say_route(state, ev, bullet=False)
    if licence or own:
        occupation = {"sv_title": focus.label, "kind": "occupation"}
        state.say("courses.route_intro", occupation=occupation)
        for ev in licence:
            ev = state.add_evidence(ev)
            state.say(f"licence.{ev.facts['requirement']}", ev.doc_id, bullet=True, occupation=occupation,
                      licence={"sv_title": ev.facts["licence"], "kind": "default"}, authority=ev.facts["authority"])
        for ev in own:
            say_route(state, ev)
    return chosen[len(swedish):]
