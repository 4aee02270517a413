"""A YH programme shown to someone not yet there: its entry requirement and the first step, said with it (near15,
rater28 class 6).

A mobile-phone repairer from Mogadishu with no Swedish yet asked where to study IT near Västerås and got three
distance yrkeshögskola programmes (.NET developer, cloud specialist), with no word that the yrkeshögskola asks for
upper-secondary school or the same knowledge, nor of the step that leads there (rater28 c10 so T4). A counsellor who
names a YH programme to a newcomer still learning Swedish (or whose Swedish is not told), or to someone whose schooling
stops before the gymnasium, says in the same answer:

- what it asks: the curated route ``yrkeshogskola`` (Myndigheten för yrkeshögskolan: a gymnasium diploma or the same
  knowledge, sometimes particular prior courses; the school admits);
- the first step: SFI while the person is still learning Swedish or has not said (Skolverket), Swedish as a second
  language at Komvux after SFI (``komvux_sas``), and Komvux at upper-secondary level for the schooling
  (``komvux``).

Each is a curated route (ingest/data/education_routes.yaml), cited, said once in the answer.
"""
from __future__ import annotations

from assistant.state import TurnState
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime

#: The curated routes said (keys of education_routes.yaml).
YH, SFI, SVA, KOMVUX = "yrkeshogskola", "sfi", "komvux_sas", "komvux"


def _is_yh(ev: Evidence) -> bool:
    return ev.type == "programme" and (ev.facts.get("education_type") == "yrkeshögskola"
                                       or (ev.doc_id or "").startswith("yh:"))


def steps_before_yh(state: TurnState) -> list[str]:
    """The routes to say beside a YH programme for this person (empty: nothing stands in the way that was told)."""
    from assistant.education import audience, below_gymnasium
    from assistant.swedish_enough import level_group

    if audience(state) == "youth":
        return []
    group = level_group(state)
    newcomer = audience(state) == "newcomer"
    low_school = below_gymnasium(state)
    keys: list[str] = []
    if newcomer and group in ("at_sfi", "unknown"):
        keys.append(SFI)
    elif newcomer and group == "after_sfi":
        keys.append(SVA)
    if low_school:
        keys.append(KOMVUX)
    return [YH, *keys] if keys else []


def say_yh_entry(state: TurnState, rt: Runtime, listed: list[Evidence]) -> None:
    """After a list that shows a YH programme: its entry requirement and the first step towards it (module
    docstring), each route cited and said once in the answer."""
    from assistant.routes import evidence_of, routes, say_route

    if not any(_is_yh(ev) for ev in listed):
        return
    from assistant.interpretation.refused_form import refused_forms

    # (a step turned down is not said again: "ما بدي SFI" then "start with SFI"; circum25)
    keys = [k for k in steps_before_yh(state) if k not in refused_forms(state.profile)]
    table = routes(rt) if keys else {}
    said = {f.source for f in state.facts}
    first = True
    for key in keys:
        route = table.get(key)
        if route is None:
            continue
        ev = evidence_of(route)
        if ev.doc_id in said:
            continue
        at = len(state.facts)
        say_route(state, ev, bullet=False)
        if first and len(state.facts) > at:  # its own paragraph after the list
            state.facts[at] = state.facts[at].model_copy(update={"paragraph": True})
            first = False
