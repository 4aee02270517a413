"""After a school requirement, for someone whose papers are missing: validation, cited (read18, rater17).

"I have no school papers", "my certificates were lost in the war" is recorded in the profile
(``Constraint(kind="other", value="no_papers")``, assistant/interpretation/no_papers.py). An answer that quotes an
occupation's education requirement ("the occupation requires upper secondary education") then says that what the
person knows can be assessed and validated, from the curated route ``validering`` (valideringsinfo.se), once.
"""
from __future__ import annotations

from assistant.interpretation.no_papers import NO_PAPERS
from assistant.state import TurnState
from vagledning.domain.runtime import Runtime

ROUTE = "validering"


def say_validation(state: TurnState, rt: Runtime | None) -> None:
    """Say the validation route after a requirement when the person's papers are missing (and it is not said yet)."""
    if rt is None or not any(c.kind == "other" and c.value == NO_PAPERS for c in state.profile.constraints):
        return
    from assistant.routes import evidence_of, routes

    route = routes(rt).get(ROUTE)
    if route is None or route.doc_id in {e.doc_id for e in state.evidence}:
        return
    ev = state.add_evidence(evidence_of(route))
    state.say("licence.no_papers", ev.doc_id, title={"sv_title": ev.title, "kind": "route"})
