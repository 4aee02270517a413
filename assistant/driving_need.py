"""Whether the work asks for a driving licence, answered from the evidence, and how one takes a B licence (parts19).

Rater31 (issue 10 item 2): "do I need a driving licence (B-körkort) for this?" got the assistant nurse's protected
title (Socialstyrelsen's steps), the electrician's authorisation, or the B licence's how-to with the other part of the
message ("what does it pay?") dropped. A counsellor answers it from what the sources of the occupation in focus say
and then says how one gets the licence. In order, each cited:

- a source of the occupation that names the licence as needed (:func:`retrieval.licence_demands.licence_demand`: a
  driving authority's licence route, an essential ESCO driving skill, JobTech's demanded "Körkort B", a description
  saying "kräver körkort") – quoted;
- else the job ads of the occupation's group in the sources: how many there are and how many of them ask for a driving
  licence ("B-körkort … är ett krav"), one quoted; with so few ads, plainly that they cannot show how common it is and
  that the employer decides (Platsbanken);
- else that the sources do not say, and that the employer's ad does;
- then Transportstyrelsen's route to a B licence (curated ``korkort_b``: learner's permit, risk education, the tests
  and the fees its page states).
"""
from __future__ import annotations

import re
from typing import Any

from assistant.evidence import sv_title
from assistant.state import Focus, TurnState
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime

#: The curated route of Transportstyrelsen's B licence (ingest/data/education_routes.yaml).
B_ROUTE = "korkort_b"
#: The ads of a group read for its licence demand (the sources hold few per group).
_ADS_READ = 50
#: Fewer ads than this cannot show how common a requirement is: said with the count.
FEW_ADS = 30
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


#: SSYK groups of drivers (car, taxi, van, lorry, bus): the work the driving licence's own words link («رخصة سواقة»).
_DRIVERS = ("832", "833")


def need_focus(state: TurnState, rt: Runtime, before: Focus | None) -> Focus | None:
    """The occupation a driving-licence question is about: the turn's, unless that is a driver the licence's own words
    linked («رخصة سواقة», «liisanka darawalnimada», "drivers licence" read as Distributionsförare) with no vehicle and no
    driver's title named – then the other occupation the message names, the previous question's, else the one the
    latest answer was about."""
    from assistant.earlier_answers import previous_focus
    from assistant.focus import focus_of
    from assistant.vehicle_named import names_vehicle

    focus = state.focus
    if focus is None or not (focus.ssyk_code or "").startswith(_DRIVERS) or names_vehicle(state.text, state.language) \
            or focus.label.split("/")[0].split(",")[0].casefold() in state.text.casefold():
        return focus
    from retrieval.lexicon import match

    # (the assistant nurse of «… رخصة سواقة لحتى اشتغل مساعد ممرض», a title read in the message's own words)
    named = [h for h in match(state.text, kinds=("occupation",)) if h.role == "title" and h.concept_id != focus.id]
    for hit in named:
        other = focus_of(hit.concept_id, hit.label_sv, rt, named=True)
        if not (other.ssyk_code or "").startswith(_DRIVERS):
            return other
    earlier = before or previous_focus(state, rt)
    return earlier if earlier is not None and earlier.id != focus.id else None


def say_driving_need(state: TurnState, rt: Runtime, focus: Focus | None) -> None:
    """Say what the sources tell of the driving licence for ``focus``, then how one takes a B licence."""
    if focus is None or not _say_source(state, rt, focus) and not _say_ads(state, rt, focus):
        state.say("drive.not_stated")
    say_b_route(state, rt)


def say_b_route(state: TurnState, rt: Runtime) -> None:
    """Transportstyrelsen's route to a B licence, with the fees its page states, cited (once a turn)."""
    from assistant.routes import evidence_of, route_gloss, routes

    route = routes(rt).get(B_ROUTE)
    if route is None or any(f.key == f"rights.{B_ROUTE}" for f in state.facts):
        return
    ev = state.add_evidence(evidence_of(route))
    state.say("drive.how_b")
    state.facts[-1] = state.facts[-1].model_copy(update={"paragraph": True})
    state.say(f"rights.{B_ROUTE}", ev.doc_id, title=sv_title(ev.title, route_gloss(ev)))


def _say_source(state: TurnState, rt: Runtime, focus: Focus) -> bool:
    """A source of the occupation names the driving licence as needed: quoted and cited."""
    from retrieval.licence_demands import licence_demand
    from retrieval.limit_fit import statement_evidence

    try:
        found = licence_demand(focus.id, focus.label, rt)
    except Exception:  # noqa: BLE001 - no relations or documents to read: the ads or "not stated" answer instead
        found = None
    ev = statement_evidence(found, rt) if found is not None else None
    if found is None or ev is None:
        return False
    ev = state.add_evidence(ev)
    state.say("drive.needed", ev.doc_id, occupation=sv_title(focus.label, "occupation"), said=found.evidence[:200])
    return True


def _say_ads(state: TurnState, rt: Runtime, focus: Focus) -> bool:
    """The group's job ads in the sources and how many of them ask for a driving licence; False when there are none."""
    ads = _group_ads(rt, focus)
    if not ads:
        return False
    asking = [(hit, said) for hit, said in ads if said]
    if asking:
        hit, said = asking[0]
        ev = state.add_evidence(Evidence(type="ad", doc_id=hit.doc_id, kind="ad", title=hit.title, url=hit.url or None,
                                         snippet=said[:400], facts={"place": hit.metadata.get("place")}))
        state.say("drive.ads", ev.doc_id, n=len(ads), m=len(asking), said=said[:200])
    else:
        state.say("drive.ads_none", n=len(ads))
    if len(ads) < FEW_ADS:
        state.say("drive.ads_few")
    return True


def _group_ads(rt: Runtime, focus: Focus) -> list[tuple[Any, str]]:
    """The ads of the occupation's SSYK group in the store, each with the sentence that asks for a driving licence
    ("" when none does)."""
    from retrieval.licence_demands import TEXT_LICENCE, TEXT_NEED

    if not focus.ssyk_code:
        return []
    try:
        hits = rt.search.search(focus.label, "ad", _ADS_READ, ssyk=focus.ssyk_code)
        docs = rt.store.get_docs("ad", [h.doc_id for h in hits])
    except Exception:  # noqa: BLE001 - no ad index: the ads cannot tell
        return []
    out, seen = [], set()
    for hit in hits:
        if hit.doc_id in seen:
            continue
        seen.add(hit.doc_id)
        text = (docs.get(hit.doc_id) or {}).get("text") or ""
        said = next((s.strip() for s in _SENTENCE_END.split(text) if TEXT_LICENCE.search(s) and TEXT_NEED.search(s)), "")
        out.append((hit, said))
    return out
