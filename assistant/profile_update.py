"""Step 3: interpret the NEW user message and merge it into the profile the client sent.

Merging is the core rule (:func:`vagledning.domain.profile.merge_profiles`): dedupe by concept
id, never re-add a removed skill, a newly stated region/municipality replaces the old one.
Questions about an occupation ("what does a welder earn?") do not turn that occupation into an
experience or wish: only statements update the profile.
"""
from __future__ import annotations

from collections.abc import Callable

from assistant.places import remember_place
from assistant.state import TurnState
from vagledning.domain.profile import LIST_FIELDS, Profile, merge_profiles
from vagledning.domain.runtime import Runtime

InterpretFn = Callable[..., Profile]
QUESTION_INTENTS = {"describe", "salary", "courses", "swedish", "demand", "licence", "more"}


def _stamp(profile: Profile, index: int) -> None:
    """Point every span of a single-message profile at the user message it came from."""
    for name in LIST_FIELDS:
        for item in getattr(profile, name):
            span = getattr(item, "span", None)
            if span is not None:
                span.message = index


def update_profile(state: TurnState, rt: Runtime, interpret: InterpretFn | None) -> None:
    """Fill ``state.message_profile`` and ``state.profile`` (needs ``state.intent``)."""
    base = state.request.profile or Profile()
    message = Profile(language=state.language)
    if interpret is not None and state.text.strip():
        message = interpret(state.text, rt, language=state.language)
        _stamp(message, state.user_index)
    state.message_profile = message
    if state.intent in QUESTION_INTENTS:
        # Keep what the person told us; a question only changes the language.
        state.profile = base.model_copy(update={"language": state.language}, deep=True)
    else:
        state.profile = merge_profiles(base, message, language=state.language)
    remember_place(state, rt)


def is_empty(profile: Profile | None) -> bool:
    """True when a profile holds no items at all."""
    return profile is None or profile.is_empty()
