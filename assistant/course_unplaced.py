"""A course in another town is never offered as if it were near (courses18; rater30 class 8: the only course named to an
office cleaner whose town was not known yet was «Reception-och konferensvärd» in Sjöbo, Skåne – she turned out to live
in Norrköping; a 19-year-old in Västerås heard of «Personbilsmekaniker» in Luleå twice, before he had said his town).

- The person's place is not known: an in-person course is said with its town and that it is not known whether it is
  near (``occ.education_unplaced`` / ``courses.item_unplaced``), and the answer asks where they live
  (:func:`ask_place`), even when that was asked before: the course now depends on it.
- The person's county is known and the course is in another one: its county and distance are said with it
  (``occ.education_far``), as a course list does (``courses.item_far``, assistant/course_places.py).
A course at a distance (studied from home) is none of these.
"""
from __future__ import annotations

from assistant.state import Fact, TurnState
from vagledning.domain.evidence import Evidence

#: The wordings of a course whose nearness to the person is not known (their place is not).
UNPLACED_KEYS = ("occ.education_unplaced", "courses.item_unplaced")


def place_unknown(state: TurnState) -> bool:
    """Neither the turn nor the profile nor the request names where the person is."""
    return state.place is None and not state.request.region and not any(
        c.kind in ("region", "municipality") for c in state.profile.constraints)


def unplaced(state: TurnState, ev: Evidence) -> bool:
    """An in-person course or programme with a town, for someone whose place is not known."""
    return ev.type in ("course", "programme") and bool(ev.facts.get("place")) and not ev.facts.get("distance") \
        and not ev.facts.get("in_region") and place_unknown(state)


def card_key(state: TurnState, ev: Evidence) -> str | None:
    """The wording of an occupation card's course line when where it is must be said with it (None: the usual)."""
    if unplaced(state, ev):
        return "occ.education_unplaced"
    if ev.facts.get("km") and ev.facts.get("county") and ev.facts.get("place") and not ev.facts.get("distance"):
        return "occ.education_far"  # another county than the person's: which, and how far
    return None


def ask_place(state: TurnState) -> None:
    """A course was said whose nearness is not known: the answer's one question is where the person lives (it replaces
    another question, never adds a second one)."""
    if not any(f.key in UNPLACED_KEYS for f in state.facts) or not place_unknown(state):
        return
    asks = [i for i, f in enumerate(state.facts) if f.key.startswith("ask.")]
    if any(state.facts[i].key == "ask.region" for i in asks):
        return
    for i in reversed(asks):
        del state.facts[i]
    state.facts.append(Fact(key="ask.region"))
