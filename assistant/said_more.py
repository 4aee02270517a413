""""My sources say nothing more" is never said beside what the sources do say in the same answer.

rater27 class 5: "my sources say nothing more about that" while a curated route answered the question. The turn's plan
decides "nothing more" when the answer it built repeats an earlier one (assistant/turn_plan.py ``_never_twice``), before
the steps that answer the question's own parts from curated routes (an age worry's rules: assistant/age_worry.py and
too_late.py; a duration; a licence; the authority asked about). When one of those then adds a cited sentence the plan
did not have, the "nothing more" sentence is false and is taken out; the cited sentences are the answer.
"""
from __future__ import annotations

from assistant.state import TurnState

#: The wordings that say the sources have nothing more to add.
NOTHING_MORE = ("followup.beyond_sources", "followup.nothing_more", "followup.nothing_more_about")


def cited_sources(state: TurnState) -> set[str]:
    """The sources the answer's sentences cite so far (taken after the plan, before the steps that add to it)."""
    return {f.source for f in state.facts if f.source}


def unsay_nothing_more(state: TurnState, before: set[str]) -> None:
    """Take "nothing more" out of an answer to which a later step added a sentence citing a source not cited at
    ``before``, a sentence no earlier answer said (see the module docstring)."""
    if not any(f.key in NOTHING_MORE for f in state.facts):
        return
    from assistant.said_before import said_before

    # (a sentence an earlier answer said word for word is nothing new: the no-repeat guard's case, assistant/no_repeat.py)
    if not any(f.source and f.source not in before and not said_before(state, f) for f in state.facts):
        return
    state.facts[:] = [f for f in state.facts if f.key not in NOTHING_MORE]
