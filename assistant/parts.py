"""The parts of a message that asks several questions (assistant/turn_plan.py answers each in turn): the
turn state of one part, the occupation named beside the questions, and the answers merged in order.
"""
from __future__ import annotations

import re

from assistant.asked_parts import PART_INTENTS, elliptic
from assistant.focus import named_in_message, own_way, unresolved_name
from assistant.intents import detect_intent
from assistant.state import Focus, Intent, TurnState
from vagledning.domain.runtime import Runtime

#: A part of a message that found nothing to answer is left out when another part was answered.
UNANSWERED = ("which_occupation", "unknown_occupation")
#: The keys of route sentences, said once in a merged answer.
_ROUTE = "route."


def part_state(state: TurnState, intent: Intent, words: str) -> TurnState:
    """The turn state for one question of the message: its own words, nothing planned yet."""
    return state.model_copy(update={
        "text": words, "intent": intent, "action": intent, "facts": [], "evidence": [], "presented": [],
        "focus": None, "unresolved": None, "ask": None, "term": None,
        # what the whole message told about the person names no occupation of one question
        "message_profile": None})


def named_beside(state: TurnState, rt: Runtime, parts: list[tuple[Intent, str]]) -> Focus | None:
    """The occupation the message names outside its questions ("And tandsköterska? Do I need a licence? Is
    there work in Västerås?"): what all of its questions are about."""
    rest = state.text
    for _, words in parts:
        rest = rest.replace(words, " ")
    beside = state.model_copy(update={"text": rest, "message_profile": None})
    return named_in_message(beside, rt) if unresolved_name(beside, rt) else None


def own_asked(state: TurnState, rt: Runtime, parts: list[tuple[Intent, str]]) -> bool:
    """One question beside sentences that name another occupation ("until then can I be an undersköterska? and
    what does a midwife earn in Östergötland?", rater11 conv1 T4: the assistant nurse's pay was given): the question
    is answered from its own words, about the occupation it names itself."""
    if len(parts) != 1:
        return False
    own = named_in_message(part_state(state, *parts[0]), rt)
    beside = named_beside(state, rt, parts) if own is not None else None
    # (the same work in another title of its group is no other occupation: "jag är elektriker … hur blir jag elektriker
    # i sverige?" reads Installationselektriker in the question beside the story's electrician – fixC21)
    if own is None or beside is None:
        return False
    return beside.id != own.id and not (own.ssyk_code and own.ssyk_code == beside.ssyk_code)


def about_of(sub: TurnState, rt: Runtime, whole: Focus | None, before: Focus | None, names_none: bool,
             earlier: tuple[Focus, ...] = ()) -> Focus | None:
    """What one part of a message is about: the occupation named beside the questions, else the previous part's
    when this one names none; never another than the one the part names itself (route11). A part about oneself
    ("Do I need a licence?") after parts that asked about the person's own work among others is about that work
    (askD21: an electrician's "What does an electrician earn? And a plumber? Do I need a licence?" got the
    plumber's licence)."""
    if not names_none and whole is not None:
        own = named_in_message(sub, rt)
        if own is not None and own.id != whole.id:
            return None
    if names_none and whole is None and earlier and _of_oneself(sub.text):
        mine = own_way(sub, rt)
        # (the same work also when the question found another title of its group: «الكهربائي» beside the story's)
        if mine is not None and any(f.id == mine.id or (f.ssyk_code and f.ssyk_code == mine.ssyk_code) for f in earlier):
            return mine
    return whole or (before if names_none else None)


def _of_oneself(words: str) -> bool:
    """The part asks about the person ("do I need …", «أحتاج»), not about "it" / "that job"."""
    from assistant.intent_cues import has

    return has("self", words) and not has("refer", words)


def merge(state: TurnState, done: list[TurnState]) -> None:
    """The parts' answers in the order asked, each its own paragraph; the turn's action, focus and place are
    the first answered part's. A name we could not find is said (it answers its part); "which occupation?"
    only when nothing was answered."""
    answered = [d for d in done if d.action != "which_occupation"] or done[:1]
    first = next((d for d in answered if d.action not in UNANSWERED), answered[0])
    state.action, state.focus, state.place, state.unresolved = first.action, first.focus, first.place, \
        first.unresolved
    # each question answered, the first one's action first (the response's ``parts``)
    state.parts = [first.action, *(d.action for d in answered if d is not first and d.facts)]
    for sub in answered:
        for ev in sub.evidence:
            state.add_evidence(ev)
        for occupation in sub.presented:
            state.present(occupation)
        # A route an earlier part said is not said again by a later one (told27, rater36 replay03 T2: UHR's
        # assessment in the recognition part and again in the courses part, the second without its address)
        said = {(f.key, f.source) for f in state.facts if f.source and f.key.startswith(_ROUTE)}
        sub.facts = [f for f in sub.facts if not (f.source and f.key.startswith(_ROUTE) and (f.key, f.source) in said)]
        if state.facts and sub.facts:
            sub.facts[0] = sub.facts[0].model_copy(update={"paragraph": True})
        state.part_spans.append((sub.text, len(state.facts), len(state.facts) + len(sub.facts)))
        state.facts.extend(sub.facts)


def asked_before_now(state: TurnState) -> Intent:
    """The follow-up question the person's previous message asked (over earlier "and X?" messages), else
    "provide": what "och programmerare då?" asks again. "Den andra?", "What about the second one?" after a list
    that no question followed asks about that card (describe), not for other suggestions (ask4)."""
    from assistant.intent_cues import ordinal

    for m in reversed(state.history):
        if m.role == "user":
            intent = detect_intent(m.content)
            if intent in PART_INTENTS:
                return intent
            if not elliptic(m.content):
                break
    return "describe" if ordinal(state.text) is not None else "provide"


def asked_before_about(state: TurnState) -> Intent:
    """"No, I asked about the taxi": a correction that asks nothing itself asks again the latest earlier
    question about what it names (one sharing a word with it, inflections aside), else the latest question."""
    from assistant.intent_cues import normalize, strip_cues

    named = {w[:4] for w in strip_cues(state.text).split() if len(w) >= 4}  # "taxi" names "taxichaufför"
    latest: Intent | None = None
    for m in reversed(state.history):
        if m.role != "user":
            continue
        intent = detect_intent(m.content)
        if intent not in PART_INTENTS:
            continue
        latest = latest or intent
        if named & {w[:4] for w in re.findall(r"\w{4,}", normalize(m.content))}:
            return intent
    return latest or "provide"
