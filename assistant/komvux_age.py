"""Komvux is from the year one turns 20: said, cited, beside a Komvux route named to someone who told a younger age
(youth8; rater23 conv4: a 19-year-old was told of lärlingsvux and, asked "what is Komvux?", that adults finish the
gymnasium there, with no word that it is not yet theirs).

Skolverket's page on the right to Komvux at upper-secondary level (the curated route ``komvux_alder``, skollagen 20 kap.
20 §): an adult is eligible from 1 July of the year they turn 20. So when an answer names a route of Komvux (its general
page, its vocational training, its apprenticeship, the combination with Swedish, Swedish as a second language) to
someone whose told age is under 20, it says so for that age, cited, once per answer. Before that age the gymnasium
(and its language introduction, :mod:`assistant.youth_routes`) is theirs; those routes are said elsewhere.
"""
from __future__ import annotations

from assistant.education import GYMNASIUM_BEFORE, age
from assistant.routes import evidence_of, routes
from assistant.state import TurnState
from vagledning.domain.runtime import Runtime

#: The curated routes that are Komvux at upper-secondary level (ingest/data/education_routes.yaml).
KOMVUX_ROUTES = frozenset({"komvux", "komvux_yrke", "komvux_larling", "kombinationsutbildning", "komvux_sas"})
#: Skolverket's rule: eligible from 1 July of the year one turns 20, no upper age.
FROM_TWENTY = "komvux_alder"


def say_komvux_age(state: TurnState, rt: Runtime) -> None:
    """After the routes of an answer: Komvux is from the year one turns 20, for a told age under 20, when a Komvux
    route was named (see the module docstring)."""
    years = age(state)
    if years is None or years >= GYMNASIUM_BEFORE:
        return
    if not {e.facts.get("route") for e in state.evidence} & KOMVUX_ROUTES:
        return
    route = routes(rt).get(FROM_TWENTY)
    if route is None or route.doc_id in {e.doc_id for e in state.evidence}:
        return
    ev = state.add_evidence(evidence_of(route))
    state.say("komvux_age.from_twenty", ev.doc_id, age=years)
