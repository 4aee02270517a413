""""I speak a little Swedish, can I work as a cleaner?" is the question "is my Swedish enough for this work?"
(swedish19; rater31: it got "yes, no licence is needed", "I found no occupations" and SFI, or a list of courses).

When the message asks "can I work as X?" (assistant/can_work_as.py) about work of SSYK 2012's major group 9 (entry
work: a short training or an introduction at the workplace) that no licence regulates, and the person's Swedish is
little (said in this message, or a level at SFI kept in the profile) or the question names Swedish, the answer is
the Swedish answer for X (assistant/swedish_enough.py): yes, the work is learnt on the job, with Swedish studied
beside it, cited; X is the occupation shown. Any other "can I work as X?" keeps the licence verdict.
"""
from __future__ import annotations

from assistant.intent_cues import has
from assistant.intents import question_part
from assistant.state import TurnState
from vagledning.domain.runtime import Runtime

#: SSYK 2012's major group of entry work (assistant/entry_work.py).
_ENTRY_MAJOR = "9"


def may_work_with_little_swedish(state: TurnState, rt: Runtime) -> bool:
    """Turn "(little Swedish) can I work as X?" about entry work into the Swedish answer for X: the plan so far is
    replaced, X is the focus and the occupation shown; False (nothing changed) otherwise."""
    from assistant.can_work_as import asks_may_work
    from assistant.little_swedish_answer import says_little_swedish_now
    from assistant.swedish_enough import level_group

    if not asks_may_work(state):
        return False
    if not (says_little_swedish_now(state) or level_group(state) == "at_sfi" and has("swedish", question_part(state.text))):
        return False
    from assistant.focus import named_in_message
    from assistant.regulated import licence_route_or_none

    try:
        named = named_in_message(state, rt, guess=False)
    except Exception:  # noqa: BLE001 - no occupation index: no occupation named
        return False
    if named is None or not (named.ssyk_code or "").startswith(_ENTRY_MAJOR) \
            or licence_route_or_none(named.id, rt) is not None:
        return False
    state.facts.clear()
    state.evidence.clear()
    state.presented.clear()
    state.ask = None
    state.action = "swedish"
    state.focus = named
    state.present(named)
    return True
