"""Work beside studies: "vad kan jag jobba med när jag pluggar sfi?" (study18 leftover, money19).

At HEAD the question was read as a statement ("Thanks, I have noted that") or as a courses question (SFI first). A
question for work (``wh_work``/``suggest``) with a word for "while I study" (``while_studying`` in
assistant/locales/intents.yaml, all 8 languages) asks for work that fits beside the studies (assistant/intents.py
reads it as ``suggest``). The answer says first, as general guidance (no source states it), that part-time, evening
and weekend work fits beside studies and that SFI is often given in the evening or at a distance; then the
suggestions, or the question about what the person has done, never "noted". A pupil's work beside school is
pupil15's (assistant/pupil_rights.py).
"""
from __future__ import annotations

from assistant.focus import question_part
from assistant.intent_cues import has
from assistant.state import Fact, TurnState

#: The acknowledgement of a statement, which a question for work is not.
_NOTED = "thanks"


def asks_work_beside_study(state: TurnState) -> bool:
    """The question asks for work to do while studying (see the module docstring); not a pupil's."""
    asked = question_part(state.text)
    return has("while_studying", asked) and (has("wh_work", asked) or has("suggest", asked)) \
        and not state.profile.is_youth()


def say_study_side(state: TurnState) -> None:
    """Before the suggestions (or the question about the person): work that fits beside studies; never "noted"."""
    if state.action not in ("ask", "suggest", "more", "explore") or not asks_work_beside_study(state):
        return
    state.facts[:] = [f for f in state.facts if f.key != _NOTED]
    state.facts.insert(0, Fact(key="study_side.lead", paragraph=True))
