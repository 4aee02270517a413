"""Beside the B licence asked about, the licence of the person's own work that is built on it (anchor6).

Rater23 (so T2): a taxi driver asked how to get a Swedish driving licence and what it costs, and got the lorry driver's
YKB (C/CE, 280 hours), because "darawal" (driver) linked a lorry driver. The licence asked decides the route: the B
licence is answered from Transportstyrelsen's and Trafikverket's pages (:mod:`assistant.driving_licence`, a rights
topic). Then, for work the person did, wants or was just told about whose licence to practise asks for a B licence
(the taxi driver's taxiförarlegitimation: "körkort med behörighet B i minst två år"), that route follows with its steps,
cited, as the licence answer says it. A route that asks for no B licence (the YKB, C/CE) is not the person's next step
here and is not said.
"""
from __future__ import annotations

import re

from assistant.earlier_answers import earlier_occupations, focus_of
from assistant.evidence import sv_title
from assistant.licence_answer import OUTSIDE_EU, step_in, trained_route
from assistant.regulated import licence_evidence
from assistant.state import Focus, TurnState
from vagledning.domain.runtime import Runtime

#: A licence step that asks for a B licence (the Swedish steps of the regulated-professions table).
_ON_B = re.compile(r"behörighet B\b|\bB-körkort", re.I)


def _in_view(state: TurnState, rt: Runtime) -> list[Focus]:
    """The person's own work (wishes, then experiences, latest told first), then the occupations earlier answers
    were about, latest first; never the one the licence word itself linked (a driver's guess)."""
    p = state.profile
    seen: dict[str, Focus] = {}
    for w in sorted(p.wishes, key=lambda w: -w.span.message):
        if w.concept is not None and w.concept.kind == "occupation":
            seen.setdefault(w.concept.id, focus_of(w.concept.id, w.concept.label, rt, named=False))
    for e in sorted(p.experiences, key=lambda e: -e.span.message):
        seen.setdefault(e.occupation.id, focus_of(e.occupation.id, e.occupation.label, rt, named=False))
    for occs in earlier_occupations(state, rt):
        for f in occs:
            seen.setdefault(f.id, f)
    return list(seen.values())


def say_licence_on_b(state: TurnState, rt: Runtime) -> bool:
    """Say the licence route of the first occupation in view that asks for a B licence; False when none does."""
    from retrieval.relations_regulated import licence_route

    for focus in _in_view(state, rt):
        try:
            route = licence_route(focus.id, rt)
        except Exception:  # noqa: BLE001 - no regulated-profession tables: no route to add
            return False
        if route is None or not any(_ON_B.search(s) for t in ("sweden", "outside_eu") for s in route.steps_for(t)):
            continue
        trained = trained_route(state, focus.ssyk_code)
        ev = licence_evidence(state, route, trained)
        occ = sv_title(focus.label, "occupation")
        state.say(f"licence.{route.requirement}", ev.doc_id, occupation=occ,
                  licence=sv_title(route.licence, "default"), authority=route.authority)
        state.facts[-1] = state.facts[-1].model_copy(update={"paragraph": True})  # (after the B licence's own answer)
        steps = route.steps_for(trained)  # type: ignore[arg-type]
        if trained != "outside_eu":
            steps = [s for s in steps if not OUTSIDE_EU.search(s)]
        if steps:
            state.say(f"licence.steps_{trained}")
            for step in steps:
                state.say("licence.step", ev.doc_id, bullet=True, step=step_in(state.locale, step))
        if ev.url:
            state.say("licence.page", ev.doc_id, authority=route.authority, url=ev.url)
        return True
    return False


def after_driving(state: TurnState, rt: Runtime, topic: str) -> None:
    """After the licence pages: a taxi driver's own licence built on B (``driving_b``), then, when both rules for a
    licence from abroad were said because its country is not known (eukort10), which country it is from."""
    from assistant.driving_licence import ABROAD, EEA

    if topic == "driving_b":
        say_licence_on_b(state, rt)
    cited = {e.doc_id for e in state.evidence}
    if f"route:{EEA}" in cited and f"route:{ABROAD}" in cited:
        state.say("rights.licence_which_country")


#: The step of a driver's route that says to get a driving licence valid in Sweden (the regulated-professions table).
_GET_LICENCE = re.compile(r"körkort\b.*som gäller i Sverige", re.I)


def eea_licence_first(state: TurnState, rt: Runtime, steps: list[str]) -> list[str]:
    """rater26 C2 T1: a Polish lorry driver asking "can I drive here with my licence?" was told to get a licence valid
    in Sweden. When the person's licence is from an EEA country (:mod:`assistant.licence_country`), Transportstyrelsen's
    rule for it (valid as it is, code 95 as YKB) is said, cited, and the step to get a licence is left out; else the
    steps are returned as they are."""
    from assistant.driving_licence import EEA
    from assistant.licence_country import licence_from_eea
    from assistant.routes import evidence_of, route_gloss, routes

    route = routes(rt).get(EEA)
    if route is None or not any(_GET_LICENCE.search(s) for s in steps) or not licence_from_eea(state):
        return steps
    ev = state.add_evidence(evidence_of(route))
    state.say(f"rights.{EEA}", ev.doc_id, title=sv_title(ev.title, route_gloss(ev)))
    return [s for s in steps if not _GET_LICENCE.search(s)]
