""""Is it realistic without school?" asked of an occupation: answered from that occupation's own evidence.

rater22 conv3: a 52-year-old factory worker afraid of studying asked «är det realistiskt att jag får nytt jobb utan
skola i min ålder?» and heard "Nej, det är inte för sent" (read as "no, not realistic") and a study pitch with CSN's
ages; «هل هذا واقعي بدون دراسة؟» of a cook got the routes alone, and the English question was not read at all. A
counsellor answers from what the occupation asks: the question (cue group ``without_school`` in
assistant/locales/intents.yaml, the question part, every language) with an occupation in view gets, first:

- a licensed profession (the curated regulated-profession source, requirement ``licence_required``): no, not without
  its education and licence;
- else the education Arbetsförmedlingen states for the occupation (its education requirement text, quoted in Swedish
  or shown in its curated translation: assistant/requirement_text.py), cited;
- then the shortest way in without going back to a school bench, where the occupation has one among its curated routes
  (ingest/data/education_routes.yaml): an apprenticeship (lärlingsvux), validation of what one already can, the
  industry's certificate after work – cited.

The way into the occupation (the courses answer) follows; "is it too late?" is not answered with "no" then
(assistant/too_late.py): this is the answer to "is it realistic?".
"""
from __future__ import annotations

from typing import Any

from assistant.evidence import sv_title
from assistant.focus import question_part
from assistant.intent_cues import has
from assistant.routes import occupation_routes, route_gloss
from assistant.state import Fact, TurnState
from vagledning.domain.runtime import Runtime

#: Kinds of curated routes that are learned at a workplace or count what one can, no school bench first.
SHORT_WAYS = ("apprenticeship", "validation", "trade_certificate", "work_certificate")
#: The curated university route, for "do I need a degree?" of an occupation with no education text of its own.
DEGREE_ROUTE = "hogskola"


def asks_without_school(state: TurnState) -> bool:
    """The question part asks about getting (or doing) the work without school or studies."""
    return has("without_school", question_part(state.text))


def asks_degree_needed(state: TurnState) -> bool:
    """The question part asks whether the work needs a university degree (little17: "food inspector – do I need a
    degree for it?", cue group ``degree_needed``)."""
    return has("degree_needed", question_part(state.text))


def _degree_key(text: str) -> str:
    """The answer to "do I need a degree?" from the requirement's own words: yes (a university education, no other
    way named), not necessarily (university or another way), no (no university named)."""
    from assistant.entry_reach import university_asked, university_named

    if university_asked(text):
        return "little17.degree_yes"
    return "little17.degree_maybe" if university_named(text) else "little17.degree_no"


def _degree_group_route(rt: Runtime, ssyk_code: str | None) -> Any:
    """The curated university route (antagning.se) of an occupation in SSYK's major group 2, whose group asks a long
    university education (SCB: "yrken med krav på fördjupad högskolekompetens") – the route the courses answer gives
    it – as evidence; None for the others."""
    from assistant.routes import evidence_of, routes

    route = routes(rt).get(DEGREE_ROUTE)
    if route is None or not ssyk_code or ssyk_code[:1] not in route.ssyk:
        return None
    return evidence_of(route, (ssyk_code,))


def say_without_school(state: TurnState, rt: Runtime) -> bool:
    """The occupation's education requirement and shortest route, first in the answer (see the module docstring);
    False when the question is not this one or no occupation is in view."""
    focus = state.focus
    degree = asks_degree_needed(state)
    if focus is None or not (asks_without_school(state) or degree):
        return False
    from retrieval.evidence import occupation_evidence  # (the occupation's evidence, cached by the runtime)

    found = occupation_evidence(focus.id, rt, ads=False)
    occ = sv_title(focus.label, "occupation")
    facts: list[Fact] = []
    licence = next((e for e in found if e.type == "recognition" and e.facts.get("requirement") == "licence_required"),
                   None)
    requirement = next((e for e in found if e.type == "education_requirement"), None)
    if licence is not None:
        ev = state.add_evidence(licence)
        facts.append(Fact(key="without_school.licence", source=ev.doc_id, params={"occupation": occ}))
    elif requirement is not None:
        from assistant.requirement_text import requirement_in

        ev = state.add_evidence(requirement)
        text = ev.facts.get("requirement") or ev.snippet
        key = _degree_key(str(text)) if degree else "without_school.requirement"
        facts.append(Fact(key=key, source=ev.doc_id,
                          params={"occupation": occ, "quote": requirement_in(state.locale, str(text))}))
    elif degree and (usual := _degree_group_route(rt, focus.ssyk_code)) is not None:
        ev = state.add_evidence(usual)  # no text of its own: an occupation of SSYK's major group 2 (long university)
        facts.append(Fact(key="little17.degree_usual", source=ev.doc_id, params={"occupation": occ}))
    else:
        facts.append(Fact(key="without_school.unknown", params={"occupation": occ}))
    # (a university degree asked by the requirement: no apprenticeship or validation is the shortest way in – rater29
    # en c09 got "Lärlingsutbildning på Komvux" as the way into an inspector's work)
    if licence is None and not (degree and facts[-1].key in ("little17.degree_yes", "little17.degree_usual")):
        short = next((e for e in occupation_routes(state, rt, focus.ssyk_code, focus.label)
                      if e.facts.get("route_kind") in SHORT_WAYS), None)
        if short is not None:
            ev = state.add_evidence(short)
            facts.append(Fact(key="without_school.shortest", source=ev.doc_id,
                              params={"title": sv_title(ev.title, route_gloss(ev))}))
    state.facts[0:0] = facts
    return True
