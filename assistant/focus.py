"""Which occupation a follow-up question is about.

In order: an occupation the interpreter found in the new message; an occupation whose title
(or job-title alias) is written in the message, found by a search in the occupation kind; the
first suggestion for the profile; the profile's first experience or wish.
"""
from __future__ import annotations

from collections.abc import Callable

from assistant.intents import normalize, strip_cues
from assistant.state import Focus, TurnState
from vagledning.domain.runtime import Runtime

MatchFn = Callable[..., object]


def _from_id(occupation_id: str, label: str, rt: Runtime, *, named: bool) -> Focus:
    occ = None
    try:
        occ = rt.relations.occupation(occupation_id)
    except Exception:  # noqa: BLE001 - relations are optional for focus
        occ = None
    if occ is not None:
        return Focus(id=occ.id, label=occ.label, ssyk_id=occ.ssyk_id, ssyk_code=occ.ssyk_code, named=named)
    return Focus(id=occupation_id, label=label, named=named)


def named_in_message(state: TurnState, rt: Runtime) -> Focus | None:
    """An occupation the person named in this message, if any."""
    mp = state.message_profile
    if mp is not None:
        for exp in mp.experiences:
            if exp.occupation.kind == "occupation":
                return _from_id(exp.occupation.id, exp.occupation.label, rt, named=True)
        for wish in mp.wishes:
            if wish.concept is not None and wish.concept.kind == "occupation":
                return _from_id(wish.concept.id, wish.concept.label, rt, named=True)
    rest = strip_cues(state.text)
    if len(rest.replace(" ", "")) < 3:
        return None
    text = normalize(state.text)
    try:
        hits = rt.search.search(rest, "occupation", 5)
    except Exception:  # noqa: BLE001 - no occupation index: no named occupation
        return None
    for hit in hits:
        # Only trust a hit whose title or matched alias is literally in the message.
        for name in (hit.title, hit.matched if hit.matched_part != "text" else ""):
            n = normalize(name)
            if len(n) >= 3 and n in text:
                return _from_id(hit.concept_id, hit.title, rt, named=True)
    return None


def first_suggestion(state: TurnState, rt: Runtime, match: MatchFn | None) -> Focus | None:
    """The top occupation suggested for the profile, else its first experience/wish."""
    p = state.profile
    if match is not None and (p.experiences or p.wishes or p.skills or p.interests):
        try:
            result = match(p, rt, region=_region(state), top=1, with_evidence=False)
        except TypeError:
            result = match(p, rt, region=_region(state), top=1)
        occs = getattr(result, "occupations", [])
        if occs:
            o = occs[0]
            return Focus(id=o.id, label=o.label, ssyk_id=o.ssyk_id, ssyk_code=o.ssyk_code)
    for exp in p.experiences:
        return _from_id(exp.occupation.id, exp.occupation.label, rt, named=False)
    for wish in p.wishes:
        if wish.concept is not None and wish.concept.kind == "occupation":
            return _from_id(wish.concept.id, wish.concept.label, rt, named=False)
    return None


def _region(state: TurnState) -> str | None:
    return state.request.region or state.profile.region_id()


def find_focus(state: TurnState, rt: Runtime, match: MatchFn | None) -> Focus | None:
    """The occupation in focus for this turn (see module docstring)."""
    return named_in_message(state, rt) or first_suggestion(state, rt, match)
