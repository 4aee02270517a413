"""A question nothing here reads is asked back, never answered with more occupations (study18, rater17 conv1 T3).

The counsellor's finding: "the union said something about … what is it? can I get it?" and "how does that actually
work?" — questions that named no occupation and asked for no other work — got "here are some other occupations",
because a message no cue read counted as a repeated request for suggestions. A list of jobs pretends to answer.

The honest reply says the question was not understood and offers what the assistant can answer (the quick replies
follow): only when the message asks (a question mark or a question word), no cue read it (intent ``provide``), it told
nothing new about the person (a place, work, a limit: then the suggestions are re-weighed and are an answer), and no
other answer took it (rights, permits, certificates: :func:`assistant.scope.answer_outside_scope` runs first).
"""
from __future__ import annotations

from assistant.intents import has
from assistant.profile_update import is_empty
from assistant.state import TurnState

#: The question marks of the scripts people write in (Latin/Cyrillic/Ge'ez "?", Arabic script "؟").
_MARKS = ("?", "؟")


def asks(text: str) -> bool:
    """The message asks something: a question mark or a question word (intents.yaml ``question``)."""
    return any(m in text for m in _MARKS) or has("question", text)


def clarify_unread(state: TurnState) -> None:
    """Replace other occupations nobody asked for by "I'm not sure what you ask — do you mean …?"."""
    if state.action != "more" or state.intent != "provide" or not asks(state.text) \
            or not is_empty(state.message_profile):
        return
    state.facts.clear()
    state.presented.clear()
    state.focus = None
    state.action = "clarify"
    state.say("clarify.unread")
