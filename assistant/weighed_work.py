""""I'm 42, isn't it too late for all this? Or should I look for another job?": other work weighed, not chosen (refuse20).

Rater class 3: an Arabic pharmacist of 42 asked exactly this and was told she wanted to leave her profession, with
Kinesiolog, Undersköterska and Lagerplanerare as the other work. An age worry about the way in (read as
:func:`assistant.age_worry.age_intent` reads it) with "or another job?" beside it turns away from nothing:

- its "another job" is no ``change_field`` in the profile (assistant/profile_update.py), so her own work and its
  family stay hers in later answers, and no "you want to leave" is said;
- the worry is answered with the rules on age (assistant/too_late.py, assistant/age_worry.py) before the way into her
  occupation, and the other work shown beside it builds on her background (:func:`near_own_work`): JobTech's
  neighbours in her occupation's field, the same SSYK-4 group, the same ISCO-08 unit group through ESCO
  (Läkemedelsinspektör beside «Apotekare»), or a title on the same stem ("Apotekstekniker"), shown before or not.
"""
from __future__ import annotations

from typing import TypeVar

from assistant.age_worry import OLDER, age_intent
from assistant.intent_cues import normalize
from assistant.intents import question_part
from assistant.state import TurnState
from vagledning.domain.profile import Profile
from vagledning.domain.runtime import Runtime

T = TypeVar("T")
#: A title on the same stem as one's own occupation: at least this many first letters shared ("apote…").
STEM = 5


def weighs_other_work(text: str, *profiles: Profile) -> bool:
    """Whether ``text`` is an age worry about the way in (other work only weighed beside it); ``profiles``: where an
    age told before or in the message is read."""
    asked = normalize(question_part(text))
    told = max((int(c.value) for p in profiles for c in p.constraints if c.kind == "age" and c.value.isdigit()),
               default=0)
    return age_intent(asked) == "courses" or (told >= OLDER and age_intent(f"{asked} {told}") == "courses")


def weighed_in_turn(state: TurnState) -> bool:
    """:func:`weighs_other_work` of the turn's whole message (a part of it, "or another job?", read in its context)."""
    said = next((m.content for m in reversed(state.request.messages) if m.role == "user"), state.text)
    return weighs_other_work(said, state.request.profile or state.profile, state.profile)


def own_work(state: TurnState) -> set[str]:
    """Ids of the person's own occupations (the way into them is the answer; the other work is beside them)."""
    return {e.occupation.id for e in state.profile.experiences}


def near_own_work(state: TurnState, rt: Runtime, occupations: list[T]) -> list[T]:
    """``occupations`` (matches with ``id``, ``label``, ``ssyk_code``) near the person's own work (module docstring),
    in their order; all of them when none is near (the match order is then all there is)."""
    own = [e for e in state.profile.experiences if e.occupation.kind == "occupation"]
    near: set[str] = set()
    groups = {e.ssyk_code for e in own if e.ssyk_code}
    stems = {e.occupation.label.casefold()[:STEM] for e in own if len(e.occupation.label) >= STEM}
    for e in own:
        try:
            near |= {s.id for s in rt.relations.similar_occupations(e.occupation.id) if s.kind == "within_field"}
        except Exception:  # noqa: BLE001 - relations are optional: the groups and stems then
            pass
    isco = set().union(*(_isco(e.occupation.id, rt) for e in own)) if own else set()
    kept = [m for m in occupations if getattr(m, "id", "") in near or getattr(m, "ssyk_code", None) in groups
            or any(stem in str(getattr(m, "label", "")).casefold() for stem in stems)
            or bool(isco & _isco(getattr(m, "id", ""), rt))]
    return kept or occupations


def own_groups_first(state: TurnState, occupations: list[T]) -> list[T]:
    """``occupations`` with those in the SSYK 3-digit groups of the person's own work first, in their order otherwise:
    an option refused within one's trade ("wind turbines? no, that's heights… something else") asks for other work of
    that trade (heights8, rater24 c5 T5: an electrician's next list held machine mechanics before electricians)."""
    groups = {e.ssyk_code[:3] for e in state.profile.experiences if e.ssyk_code}
    return sorted(occupations, key=lambda m: (getattr(m, "ssyk_code", None) or "")[:3] not in groups)


def _isco(occ_id: str, rt: Runtime) -> set[str]:
    """The ISCO-08 unit groups of the ESCO occupations an occupation maps to (Apotekare and Läkemedelsinspektör: 2262)."""
    occupation = getattr(rt.relations, "esco_occupation", None)  # (the real relations; a test fake may have none)
    try:
        found = [occupation(m.esco_uri) for m in rt.relations.esco_matches(occ_id)] if occupation else []
    except Exception:  # noqa: BLE001 - no ESCO tables: no group to share
        return set()
    return {o.isco_code for o in found if o is not None and o.isco_code}
