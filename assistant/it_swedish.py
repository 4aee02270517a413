"""'Do I need Swedish to work in IT?' answered directly (cards31; rater38 class 6, r34-3 T3).

The question about Swedish in the IT field got "which occupation do you mean?", or the SFI → SvA ladder for an
English-speaking test engineer. A counsellor answers it: often not at first – many IT companies work in English – but
Swedish helps with customers, in the public sector and smaller companies, and in getting the first job. General
guidance, said as such (no official page states it), in the locale's ``swedish_enough.it_field``.
"""
from __future__ import annotations

from assistant.intent_cues import has
from assistant.intents import detect_intent, question_part
from assistant.state import Fact, TurnState

#: SSYK groups of the IT field: ICT professionals (25) and ICT technicians (351).
IT_CODES = ("25", "351")


def _asks_swedish(state: TurnState) -> bool:
    asked = question_part(state.text)
    return detect_intent(state.text) == "swedish" or has("swedish", asked) and "?" in state.text


def _it_named(state: TurnState) -> bool:
    focus = state.focus
    return has("it_field", state.text) or focus is not None and (focus.ssyk_code or "").startswith(IT_CODES)


def answer_it_swedish(state: TurnState) -> bool:
    """Say the IT field's Swedish answer when the message asks it; True when it is the whole answer (no occupation
    named: instead of "which occupation?" and the Swedish ladder)."""
    if state.action not in ("swedish", "which_occupation") or not _asks_swedish(state) or not _it_named(state):
        return False
    if state.action == "which_occupation" or state.focus is None:
        state.facts.clear()
        state.evidence.clear()
        state.presented.clear()
        state.focus = None
        state.action = "swedish"
        state.say("swedish_enough.it_field")
        return True
    state.facts.insert(0, Fact(key="swedish_enough.it_field"))  # (an IT occupation named: the verdict leads)
    return False
