"""The goal a person names in the current message, beside the work they tell they do now (focus31; rater38 class 1).

"I drive a taxi. I want to become a police officer, is it possible?", «بشتغل بجلي الصحون بمطعم. بدي صير كهربائي، بقدر؟»:
the message tells a job and asks the way into another occupation. The occupation to become leads the answer (the
focus), never the job told first (rater38 new01 T1: the warehouse's night work to a young man who wants to be a
police officer), and it is the person's wish from now on, although it was said inside a question (a question
otherwise never adds to the profile: profile_update), so a later "not a citizen yet, a problem?" stays on it."""
from __future__ import annotations

from assistant.earlier_answers import focus_of
from assistant.intent_cues import has, normalize
from assistant.intents import question_part, wish_possible
from assistant.state import Focus, TurnState
from vagledning.domain.profile import Profile, Wish, merge_profiles
from vagledning.domain.runtime import Runtime

#: A wish named outright or by a curated term (a guess for an unknown word scores ~0.7: no goal).
GOAL_CONFIDENCE = 0.8


def _asks_way_in(text: str) -> bool:
    """The message asks the way into an occupation to become: "I want to become X, can I / is it possible?",
    "can I become X?", or a become-verb in its question ("how do I become X?")."""
    t = normalize(text)
    return wish_possible(t) or has("can_become", t) or has("become_wish", question_part(t))


def _goals(profile: Profile | None) -> list:
    wishes = [w for w in (profile.wishes if profile is not None else [])
              if w.kind == "occupation" and w.concept is not None and w.concept.kind == "occupation"
              and w.confidence >= GOAL_CONFIDENCE]
    return sorted(wishes, key=lambda w: -w.confidence)


def goal_named(state: TurnState, rt: Runtime) -> Focus | None:
    """The occupation this message asks to become, by a confident name: it outranks the work the message tells."""
    if not _asks_way_in(state.text or ""):
        return None
    goals = _goals(state.message_profile)
    if not goals or goals[0].concept is None:
        return None
    return focus_of(goals[0].concept.id, goals[0].concept.label, rt, named=True)


def keep_goal_asked(state: TurnState, asked: Profile) -> None:
    """"I want to become X, is it possible?" keeps X as the person's wish (the question part stays a question: only
    the wish to become is kept, nothing else the question names)."""
    if not wish_possible(normalize(state.text or "")):
        return
    # (what such a question names is the goal, also read as work: «ሰራሕተኛ ኣምቡላንስ ክኸውን እደሊ» – "ambulance worker")
    named = [Wish(kind="occupation", label=e.occupation.label, concept=e.occupation, ssyk_code=e.ssyk_code, span=e.span,
                  confidence=e.confidence) for e in asked.experiences if e.occupation.kind == "occupation"]
    goals = [w for w in _goals(asked) or _goals(Profile(wishes=named))[:2] if w.concept is not None]
    have = {w.concept.id for w in state.profile.wishes if w.concept is not None}
    new = [w for w in goals if w.concept is not None and w.concept.id not in have]
    if new:
        state.profile = merge_profiles(state.profile, Profile(wishes=new), language=state.language)


def citizenship_condition(state: TurnState) -> None:
    """"Not a citizen yet – a problem for it?" after the way into the police: the answer is the goal's own way in that
    requires citizenship (its card says so, cited: Polisutbildningen, Försvarsmakten's training), nothing else of the
    courses answer (no SFI, no question where one lives). A goal with no such card keeps the whole answer."""
    from assistant.intents import citizenship_asked

    if not citizenship_asked(normalize(state.text or "")):
        return
    kinds = {e.doc_id for e in state.evidence if (e.facts or {}).get("route_kind") == "citizenship_programme"}
    kept = [f for f in state.facts if f.source in kinds]
    if kept:
        state.facts[:] = kept
        state.ask = None
