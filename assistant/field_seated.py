"""Seated work in the field a person asks for (nursing12; rater27 C1 so T3).

A care assistant without the nursing degree, whose back hurts, asked for seated work in health care: she got
registered nurses (a degree she had said she lacks), and once those were out, general office work (administrators,
accounting assistants) – never the office work of health care that a counsellor names first: medical secretary /
vårdadministratör (SSYK 4117, a yrkeshögskola programme), a health centre's receptionist, a hospital's switchboard.

:func:`field_seated` finds that work for each field the message asks for (the interest topics of its question part):
the Swedish titles of the topic's ``seated`` phrase (retrieval/interest_cues.yaml) searched among the occupations,
each kept only when it asks no university degree, officer's or manager's training (SSYK major groups 0-2), its own
data describes it as office or seated work (:func:`retrieval.limit_fit.fits`, so "office or seated work" is said with
its source), and no limitation the person told rules it out (:func:`retrieval.constraints.demand_of`). The lists that
stand work in for wishes while matching (assistant/lighter.py: :func:`~assistant.lighter.light_profile`,
:func:`~assistant.lighter.field_profile`) put it first.
"""
from __future__ import annotations

import functools
from typing import Any

from assistant.state import TurnState
from vagledning.domain.profile import ConceptRef, Span, Wish
from vagledning.domain.runtime import Runtime
from vagledning.yaml_data import load_yaml

#: SSYK 2012 major groups whose way in is a university degree, an officer's training or a manager's experience.
NOT_REACHABLE = ("0", "1", "2")
#: How many occupations the search of one title looks at (the first that passes is kept).
SEARCH_TOP = 3
#: How many of the fields' seated occupations stand in for wishes.
KEEP = 4


@functools.cache
def _phrases() -> dict[str, str]:
    """Topic key -> its ``seated`` phrase (topics without one name no seated work of their own)."""
    from retrieval.interests import CUES_PATH

    doc = load_yaml(CUES_PATH.read_text(encoding="utf-8")) or {}
    return {str(t["key"]): str(t["seated"]) for t in doc.get("topics") or [] if t.get("seated")}


def field_seated(state: TurnState, rt: Runtime) -> list[tuple[str, Any]]:
    """(occupation id, occupation) of the seated work of the fields the message asks for, asked for seated or lighter
    work with a limitation of the body told (module docstring); [] otherwise."""
    from assistant.intents import question_part
    from assistant.lighter import BODY_LIMITS, asks_seated
    from retrieval.constraints import demand_of
    from retrieval.interests import cue_scores
    from retrieval.limit_fit import FIT_LIMITS, fits

    if not asks_seated(state):
        return []
    _, keys = cue_scores(question_part(state.text) or state.text, state.profile.language)
    titles = [t.strip() for k in keys for t in (_phrases().get(k) or "").split(",") if t.strip()]
    if not titles:
        return []
    limits = [v for v in dict.fromkeys(c.value for c in state.profile.constraints if c.kind == "limitation")
              if v in BODY_LIMITS]
    what = next((v for v in limits if v in FIT_LIMITS), "back")
    out: list[tuple[str, Any]] = []
    groups: set[str] = set()
    for title in titles:  # (each title searched alone: its own occupation, not the office work all of them share)
        for oid in _search(rt, title):
            occ = rt.relations.occupation(oid)
            code = getattr(occ, "ssyk_code", None) or ""
            # (one of a unit group: a receptionist, not three of them)
            if occ is None or not code or code.startswith(NOT_REACHABLE) or code in groups:
                continue
            if fits(oid, occ.label, what, rt) is None or any(demand_of(oid, occ.label, w, rt) is not None for w in limits):
                continue
            out.append((oid, occ))
            groups.add(code)
            break
    return out[:KEEP]


def _search(rt: Runtime, phrase: str) -> list[str]:
    try:
        return [h.concept_id for h in rt.search.search(phrase, "occupation", SEARCH_TOP, bridges=False)]
    except Exception:  # noqa: BLE001 - no occupation index: no field's seated work
        return []


#: How strongly the field's seated work stands in for a wish while matching (above the other stand-ins' 0.5: it leads).
SEATED_WISH = 0.6


def seated_first(state: TurnState, rt: Runtime, wishes: list[Wish], top: int) -> list[Wish]:
    """``wishes`` (work stood in for wishes while matching) with the field's seated work first, at most ``top``."""
    # (said in this message: matching ranks the newest wishes first, before the other stand-ins)
    now = sum(1 for m in state.history if m.role == "user")
    seated = [Wish(kind="occupation", label=occ.label, ssyk_code=occ.ssyk_code, confidence=SEATED_WISH,
                   concept=ConceptRef(id=oid, kind="occupation", label=occ.label),
                   span=Span(start=0, end=0, quote="", message=now)) for oid, occ in field_seated(state, rt)]
    if not seated:
        return wishes
    ids = {w.concept.id for w in seated if w.concept is not None}
    return (seated + [w for w in wishes if w.concept is None or w.concept.id not in ids])[:top]


def seated_field_first(state: TurnState, rt: Runtime, matches: list[Any]) -> list[Any]:
    """``matches`` with the field's seated work first ("health care work where you sit, like office work?": the medical
    secretary before the general office work the words "office work" name), the order kept otherwise."""
    ids = [oid for oid, _ in field_seated(state, rt)]
    if not ids:
        return matches
    return [m for m in matches if m.id in ids] + [m for m in matches if m.id not in ids]
