"""How the person wants to study, said as a follow-up to a courses question ("not online, in a classroom with a
teacher", asked16, rater29 c10): such a message names no new occupation, and the occupation it is about is the one the
courses question named. Split from focus.py, which finds the occupation of every other turn."""
from __future__ import annotations

from assistant.earlier_answers import focus_of
from assistant.state import Focus, TurnState
from vagledning.domain.runtime import Runtime


def how_to_study(state: TurnState) -> bool:
    """A follow-up to a courses question that says how the person wants to study – on site, in a classroom with a
    teacher (asked16, rater29 c10): it names no new occupation, whatever its words are ("lärare", «استاذ»)."""
    from assistant.nearer import asks_on_site, courses_before

    return asks_on_site(state.text) and courses_before(state)


def asked_before(state: TurnState, rt: Runtime) -> Focus | None:
    """The occupation the person's previous message named (the courses question a "how I want to study" follows, when
    its answer listed courses only)."""
    from assistant.focus import named_in_message  # (focus reads this module: imported when called)

    now = sum(1 for m in state.request.messages if m.role == "user") - 1  # (the index of this message)
    told = [w for w in (state.profile.wishes if state.profile is not None else [])
            if w.concept is not None and w.concept.kind == "occupation" and w.span is not None and w.span.message < now]
    if told:  # (the wish of the courses question: "I want to train as X. Where can I study?")
        last = max(told, key=lambda w: w.span.message if w.span is not None else -1)
        return focus_of(last.concept.id, last.concept.label, rt, named=True) if last.concept is not None else None
    before = [m.content for m in state.request.messages[:-1] if m.role == "user" and m.content]
    return named_in_message(state.model_copy(update={"text": before[-1], "message_profile": None}), rt) \
        if before else None
