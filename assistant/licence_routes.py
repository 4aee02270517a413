"""The routes said beside a licence's steps (licence_answer.py): the occupation's own routes, the universities'
supplementary programme for a degree from outside the EU/EEA, and what temporary protection means. Split from
routes.py, which owns choosing and wording routes."""

from __future__ import annotations

from assistant.residence import temporary_protection
from assistant.routes import TEMPORARY, evidence_of, occupation_routes, routes, say_route
from assistant.state import TurnState
from vagledning.domain.runtime import Runtime


def say_routes(state: TurnState, rt: Runtime, code: str | None, title: str | None = None) -> None:
    """The occupation's own routes (trade certificate, protected title, validation …) as bullets."""
    for ev in occupation_routes(state, rt, code, title):
        say_route(state, ev)


def say_bridging(state: TurnState, rt: Runtime, code: str | None, title: str | None = None) -> None:
    """Beside a licence's steps for a degree from outside the EU/EEA: the universities' supplementary programme,
    the other way to the licence (cited), when there is one for the profession."""
    said = {e.doc_id for e in state.evidence}
    for ev in occupation_routes(state, rt, code, title):
        if ev.facts.get("route_kind") == "bridging_programme" and ev.doc_id not in said:
            say_route(state, ev)


def say_status(state: TurnState, rt: Runtime) -> None:
    """Beside a licence's steps: what a residence permit with temporary protection means for work and support
    (cited curated route), for someone who has it; once per answer."""
    route = routes(rt).get(TEMPORARY)
    if route is None or not temporary_protection(state) or route.doc_id in {e.doc_id for e in state.evidence}:
        return
    say_route(state, evidence_of(route), bullet=False)
