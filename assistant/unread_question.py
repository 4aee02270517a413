"""A question nothing here reads is asked back, never answered with more occupations (study18, rater17 conv1 T3).

The counsellor's finding: "the union said something about … what is it? can I get it?" and "how does that actually
work?" — questions that named no occupation and asked for no other work — got "here are some other occupations",
because a message no cue read counted as a repeated request for suggestions. A list of jobs pretends to answer.

The honest reply says the question was not understood and offers what the assistant can answer (the quick replies
follow): only when the message asks (a question mark or a question word), no cue read it (intent ``provide``), it told
nothing new about the person (a place, work, a limit: then the suggestions are re-weighed and are an answer), and no
other answer took it (rights, permits, certificates: :func:`assistant.scope.answer_outside_scope` runs first).
A message that asks for work ("what can I work with now?", Iraqi «شنو اكدر اشتغل؟», Somali «maxaan ka shaqayn
karaa?», Dari «چی کار کده میتانم؟») is never asked back, whether or not its words made it a ``suggest``: the list of
other work is its answer (mendA19, refuse15: the tailor who will not sew again).
"""
from __future__ import annotations

from assistant.intent_cues import has
from assistant.profile_update import is_empty
from assistant.state import TurnState

#: The question marks of the scripts people write in (Latin/Cyrillic/Ge'ez "?", Arabic script "؟").
_MARKS = ("?", "؟")
#: The cue groups (intents.yaml) of a question for work or other work: what can I work with, which jobs, is there work.
_ASKS_FOR_WORK = ("suggest", "wh_work", "job_i_can", "other_work_ask", "day_work_ask", "what_work_there",
                  "is_there_work", "other_work")


def asks(text: str) -> bool:
    """The message asks something: a question mark or a question word (intents.yaml ``question``)."""
    return any(m in text for m in _MARKS) or has("question", text)


def asks_for_work(text: str) -> bool:
    """The message asks for work, in any of the 8 languages (a cue of :data:`_ASKS_FOR_WORK`)."""
    return any(has(group, text) for group in _ASKS_FOR_WORK)


def clarify_unread(state: TurnState) -> None:
    """Replace other occupations nobody asked for by "I'm not sure what you ask — do you mean …?"."""
    if state.action != "more" or state.intent != "provide" or not asks(state.text) \
            or not is_empty(state.message_profile) or asks_for_work(state.text):
        return
    state.facts.clear()
    state.presented.clear()
    state.focus = None
    state.action = "clarify"
    state.say("clarify.unread")
