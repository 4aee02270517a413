"""How far a person can go to study: "can I study it at a distance?" and "I can't move" (the independent counsellor's
27th rating: "can I study at distance?" after a list of YH programmes was answered with another question's answer,
and "I can't move, I have children in Borås" got programmes in far towns again).

- A question that asks for study at a distance (from home, online) is a courses question after an education answer
  (assistant/nearer.py), and its answer lists only the courses and programmes whose own data says they are given at
  a distance (MYH's ``Studieform`` Distans, a course titled or described as one); when the sources hold none for
  the occupation, that is said, with where to ask, and the on-site ones are not listed again.
- Someone who said they cannot move (in any message of the conversation) and whose place is known gets no course or
  programme given on site outside their county, not even the nearest one when nothing is near
  (assistant/education.pick): what is in their county or at a distance, or that there is none. The message that
  says it is told so once ("You said you cannot move: …").
The cues are data (interpretation/nearer_cues.yaml: ``cannot_move``, ``distance``), in every language.
"""
from __future__ import annotations

from assistant.intent_cues import normalize
from assistant.nearer import asks_distance as _asks_distance
from assistant.nearer import asks_on_site as _asks_on_site
from assistant.nearer import cue_pattern
from assistant.state import TurnState
from vagledning.domain.evidence import Evidence

#: The evidence types of a course or programme found for the occupation.
_EDU = ("course", "programme")


def cannot_move(text: str) -> bool:
    """The text says the person cannot (or will not) move away from where they live."""
    return bool(cue_pattern("cannot_move").search(normalize(text or "")))


def asks_distance(text: str) -> bool:
    """The text asks for (or about) studying at a distance: from home, online."""
    return _asks_distance(text or "")


def asks_on_site(text: str) -> bool:
    """The text asks to study on site, in a classroom, not at a distance (asked16)."""
    return _asks_on_site(text or "")


def stays_put(state: TurnState) -> bool:
    """The person said, in this message or an earlier one, that they cannot move."""
    return any(m.role == "user" and cannot_move(m.content) for m in state.request.messages) or cannot_move(state.text)


def can_move(state: TurnState) -> bool:
    """The person said they can move to study (a message with a can_move cue and no cannot_move one), and holds no
    family here: a course beyond their county may be named, said as such (place24)."""
    said = [m.content for m in state.request.messages if m.role == "user"] + [state.text]
    return not held_home(state) and any(cue_pattern("can_move").search(normalize(t or "")) and not cannot_move(t)
                                        for t in said)


def held_home(state: TurnState) -> bool:
    """The person cannot move (:func:`stays_put`) or lives with a family they support, children at school here
    (place20, rater33 replay03: "I live in Malmö with kids" got a two-year programme on site in Göteborg, 240 km
    away): an on-site course beyond their county is no course for them, not even the nearest when nothing is near."""
    from assistant.interpretation.constraints import FAMILY

    return stays_put(state) or any(c.kind == "other" and c.value == FAMILY for c in state.profile.constraints)


def at_distance(ev: Evidence) -> bool:
    """A course or programme given at a distance, as its own data says."""
    return ev.type in _EDU and bool(ev.facts.get("distance"))


def reachable(state: TurnState, items: list[Evidence]) -> list[Evidence]:
    """``items`` as the person can reach them: only those at a distance when the message asks for study at a
    distance; otherwise all (the place rules of assistant/education.pick follow)."""
    if asks_distance(state.text):
        return [e for e in items if e.type not in _EDU or at_distance(e)]
    if asks_on_site(state.text):  # "not at a distance, in a classroom": only those given on site
        return [e for e in items if not at_distance(e)]
    return items


def say_none_on_site(state: TurnState, occupation: dict[str, str] | str) -> None:
    """None of the occupation's courses and programmes the sources hold is given on site (asked16)."""
    state.say("study_reach.none_on_site", occupation=occupation)


def say_none_at_distance(state: TurnState, occupation: dict[str, str] | str, had: bool) -> None:
    """None of the occupation's courses and programmes is given at a distance (``had``: some were found on site)."""
    state.say("study_reach.none_distance" if had else "study_reach.none_distance_any", occupation=occupation)


def say_staying(state: TurnState, where: str | None) -> None:
    """The message that says the person cannot move: what the list leaves out, said once, before it."""
    if where and cannot_move(state.text) and not any(f.key.startswith("study_reach.") for f in state.facts):
        state.say("study_reach.staying", place=where)


def where_given(state: TurnState, ev: Evidence) -> str | None:
    """Where a course or programme is given, as its own data says, in the person's language ("on site in Skövde",
    "at a distance, from Göteborg"): said beside its length (a listed programme's own facts, yhdist12)."""
    from assistant.evidence import course_where
    from assistant.locales import text

    place = course_where(ev) if ev.type in _EDU else ""
    if not place:
        return None
    return text(state.locale, "study_reach.remote" if at_distance(ev) else "study_reach.on_site").format(place=place)


def length_where(state: TurnState, ev: Evidence, key: str, params: dict) -> str:
    """The wording of a YH programme's length that also says where and how it is given (``params`` gains
    ``where``); other lengths keep ``key``."""
    where = where_given(state, ev) if key.startswith("duration.yh_points") else None
    if where is None:
        return key
    params["where"] = where
    return f"{key}_where"
