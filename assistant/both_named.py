"""A question that names two occupations is answered about both (ask15; rater15: "taxi or bus?" after "do I need a
licence?" and "undersköterska eller barnskötare, vilket är bäst för mig?" were answered about the first one only).

"X or Y?", "X eller Y?", "تاكسي لو باص؟", "taksi mise bas?", "ታክሲ ወይስ ኣውቶቡስ?", "تکسی یا بس؟", "таксі чи автобус?":
the question joins two names with "or", and each side names an occupation of its own, read as any question's
occupation is (assistant/focus.py). The question is then asked of each, in the order named, as a message that asks
two things is (assistant/turn_plan.py ``_plan_parts``): the same question, each part with its own name.
"""
from __future__ import annotations

import re

from assistant.asked_parts import PART_INTENTS, asked_parts
from assistant.intent_cues import has
from assistant.intents import question_part
from assistant.state import Intent, TurnState
from vagledning.domain.runtime import Runtime

#: "or" between two words, in each language (Iraqi «لو», Levantine «ولا», Somali «mise» in a question). Never "and":
#: a title may hold it («Buss- och spårvagnsförare», "hälso- och sjukvård").
JOIN = re.compile(r"\s+(?:or|eller|أو|او|لو|ولا|ama|mise|ወይ|ወይስ|یا|або|чи)\s+", re.IGNORECASE)


def named_parts(state: TurnState, rt: Runtime) -> list[tuple[Intent, str]]:
    """The questions of the message (:func:`assistant.asked_parts.asked_parts`); one question whose words name two
    occupations joined by "or" is two, one about each."""
    if state.action not in PART_INTENTS:
        return _compared(state, rt)
    parts = asked_parts(state.text)
    if len(parts) > 1:
        return parts
    intent: Intent = parts[0][0] if parts else state.action  # type: ignore[assignment]
    words = parts[0][1] if parts else question_part(state.text)
    both = two_named(state, rt, intent, words)
    return both or parts


def _compared(state: TurnState, rt: Runtime) -> list[tuple[Intent, str]]:
    """"Undersköterska eller barnskötare, vilket är bäst för mig?" (``which_better``): what each is, one after the
    other, beside what the person told; [] for any other message."""
    asked = question_part(state.text)
    return two_named(state, rt, "describe", asked) if has("which_better", asked) else []


def two_named(state: TurnState, rt: Runtime, intent: Intent, words: str) -> list[tuple[Intent, str]]:
    """``[(intent, first side), (intent, second side)]`` when ``words`` join two names of different occupations,
    else []."""
    from assistant.focus import named_in_message
    from assistant.parts import part_state

    joins = list(JOIN.finditer(words))
    if len(joins) != 1:  # "X or Y" (three names, or several "or"s, are read as before)
        return []
    j = joins[0]
    left, right = words[:j.start()].strip(), words[j.end():].strip()
    found = []
    for side in (left, right):
        named = named_in_message(part_state(state, intent, side), rt) if side else None
        if named is None:
            return []
        found.append(named)
    if found[0].id == found[1].id:
        return []
    # Each part names its occupation by its title, as a card does («…»): a short word the search alone links ("bus")
    # is a name of that part, never one "that names none" (which would be answered about the part before).
    return [(intent, f"«{named.label}» {side}") for named, side in zip(found, (left, right))]
