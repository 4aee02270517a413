"""A follow-up that points at one of a list without saying which is asked back: "which of them do you mean?" (other19).

rater31 (issue 10 item 2): after a list of suggestions, "what about that one?", «وهاد؟», «እዚኸ?» got either "I'm not sure
what you ask" or an answer about the list's first occupation, which the person may never have meant. A counsellor
asks: "which of them do you mean: A, B or C?". The occupation a follow-up is about is read in
:func:`assistant.focus.find_focus`: a name, "the second" (the ordinal cues), "it" after an answer about one
occupation. What is left here is a pointer at one thing (intents.yaml ``pointer``: "that one", «هاد», «እዚ», «цю»)
in a short message that names nothing and tells nothing new, right after an answer that presented several
occupations: the answer names them, in the list's order, and presents them again, so that "the second" or a name
said next picks from the same list.
"""
from __future__ import annotations

import re
from typing import Any

from assistant.evidence import sv_title
from assistant.intent_cues import has, ordinal
from assistant.intents import SENTENCE, question_part
from assistant.state import Focus, TurnState
from vagledning.domain.runtime import Runtime

#: A pointer in a longer message points inside what the message says ("this course I found in Malmö …").
_SHORT = 8
#: The most names the question lists (a list answer shows three; a longer one is read as far as this).
_NAMED = 3
#: The answers a pointer may ask for: about one occupation, or a question nothing else read (policy's "suggest" or
#: "more", answered "not sure what you ask"). A pointer in another question points at its own topic: "what do I do
#: first this week?" (steps, «цього тижня»), "is this a problem?" after telling one's Swedish, "does this education
#: cost?" (courses, «እዚ ትምህርቲ»).
_ABOUT_ONE = frozenset({"describe", "salary", "demand", "licence", "conditions", "suggest", "more"})


def _latest_list(state: TurnState, rt: Runtime) -> list[Focus]:
    """The occupations the latest answer presented, when that answer presented any (not refused since)."""
    from assistant.earlier_answers import presented_in
    from assistant.refused_shown import refused_test

    for m in reversed(state.history):
        if m.role == "assistant":
            refused = refused_test(state.profile, rt)
            return [f for f in presented_in(m.content, rt) if not refused(f)]
    return []


def points_at_one_of(state: TurnState, rt: Runtime) -> list[Focus]:
    """The occupations the latest answer listed, when this message points at one of them without saying which."""
    asked = question_part(state.text)
    # (in a later sentence it points at what the one before names: "the union said omställningsstudiestöd. what is
    # this? can I get it?" asks about the support, study18)
    first = next((m.group(0) for m in SENTENCE.finditer(state.text or "") if m.group(0).strip()), "")
    # (so also in a later clause: "the union said something about TSL, what is this?", «… عن TSL، شنو هذا؟»; a
    # filler clause before it, "ok, and that one?", is passed over)
    first = next((c for c in re.split(r"[,،]", first) if len(c.split()) >= 2), first)
    if state.action not in _ABOUT_ONE or not has("pointer", first) or ordinal(state.text) is not None \
            or len(asked.split()) > _SHORT:
        return []
    from assistant.focus import is_quick_reply

    # "this occupation / this job" («هذه المهنة», «цієї професії»; the widget's quick replies say it) continues with the
    # occupation the answer was about, as before (focus.unnamed_focus); only a bare pointer ("that one?") asks which
    if is_quick_reply(state.text) or (has("refer", asked) and has("work_word", asked)):
        return []
    mp = state.message_profile
    if mp is not None and (bool(mp.experiences) or any(w.concept is not None for w in mp.wishes) or bool(mp.constraints)):
        return []  # (it tells something: "that one, but I can't lift" is read with what it tells)
    shown = _latest_list(state, rt)
    if len(shown) < 2:
        return []  # (after an answer about one occupation, "that one" is that one: focus.referred / refer)
    from assistant.focus import named_in_message, unresolved_name

    if unresolved_name(state, rt) and named_in_message(state, rt, guess=False) is not None:
        return []  # ("that one, the nurse": the name says which)
    return shown[:_NAMED]


def ask_which_shown(state: TurnState, rt: Runtime) -> bool:
    """Ask which of the listed occupations the message means (action ``which_occupation``); False when it says."""
    shown = points_at_one_of(state, rt)
    if not shown:
        return False
    state.facts.clear()
    state.presented.clear()
    state.focus = None
    state.action = "which_occupation"
    names: dict[str, Any] = {k: sv_title(f.label, "occupation") for k, f in zip(("first", "second", "third"), shown)}
    state.say("which_shown.three" if len(shown) > 2 else "which_shown.two", **names)
    for f in shown:
        state.present(f)
    return True
