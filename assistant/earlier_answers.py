"""The occupations earlier answers presented, read back from their «…» titles (no conversation state is kept).

Used to find what a follow-up points at ("the second", "it", "which pays more?") and what was already shown; split
out of assistant/focus.py (issue 10: modules under ~400 lines), which decides the occupation a question is about.
"""
from __future__ import annotations

import re

from assistant.intent_cues import ordinal
from assistant.named_beside import named_beside
from assistant.refused_shown import refused_test
from assistant.state import Focus, TurnState
from vagledning.domain.runtime import Runtime


def focus_of(occupation_id: str, label: str, rt: Runtime, *, named: bool) -> Focus:
    """The occupation as a focus, with its SSYK group from the relations when they know it."""
    occ = None
    try:
        occ = rt.relations.occupation(occupation_id)
    except Exception:  # noqa: BLE001 - relations are optional for focus
        occ = None
    if occ is not None:
        return Focus(id=occ.id, label=occ.label, ssyk_id=occ.ssyk_id, ssyk_code=occ.ssyk_code, named=named)
    return Focus(id=occupation_id, label=label, named=named)


TITLE = re.compile(r"«([^»]{2,120})»")


def occupation_by_label(label: str, rt: Runtime) -> Focus | None:
    """The occupation an answer's «…» title names (its first by that label), None when no relations know it."""
    try:
        refs = rt.relations.occupation_by_label(label)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a relations reader without labels: no back-reference
        return None
    return focus_of(refs[0].id, refs[0].label, rt, named=False) if refs else None


def presented_in(answer: str, rt: Runtime) -> list[Focus]:
    """The occupations an earlier answer presented, in order (titles in «…» that are occupations, not beside them)."""
    out: list[Focus] = []
    for label in dict.fromkeys(m[1].strip() for m in TITLE.finditer(answer or "") if not named_beside(answer, m.start())):
        f = occupation_by_label(label, rt)
        if f is not None and all(f.id != o.id for o in out):
            out.append(f)
    return out


def earlier_occupations(state: TurnState, rt: Runtime) -> list[list[Focus]]:
    """Occupations of each earlier answer, latest first; not those refused ("Då föreslår jag inte «Kock, à la carte»")."""
    refused = refused_test(state.profile, rt)  # with their SSYK-4 group: "not a carpenter" is no Reparationssnickare
    out = []
    for m in reversed(state.history):
        if m.role == "assistant":
            occs = [f for f in presented_in(m.content, rt) if not refused(f)]
            if occs:
                out.append(occs)
    return out


def referred(state: TurnState, rt: Runtime) -> Focus | None:
    """"The second" / "den första": that item of the latest answer that listed occupations."""
    i = ordinal(state.text)
    if i is None:
        return None
    for occs in earlier_occupations(state, rt):
        if len(occs) > 1 or i == 0:
            return occs[i].model_copy(update={"named": True}) if i < len(occs) else None
    return None


def previous_focus(state: TurnState, rt: Runtime) -> Focus | None:
    """The occupation the latest answer was about (its first occupation); an answer that named none ("I found no
    courses for this") was about what the question before it named (:func:`asked_of_unnamed`)."""
    asked = asked_of_unnamed(state, rt)
    if asked is not None:
        return asked
    for occs in earlier_occupations(state, rt):
        return occs[0]
    return None


def asked_of_unnamed(state: TurnState, rt: Runtime) -> Focus | None:
    """The occupation the person's question named when the answer to it named no occupation in «…» (refer20: "is my
    Swedish enough for this job?" after "I found no courses for this" was read as the occupation of the answer before,
    a suggestion turned down two turns earlier). None when the latest answer named one, or the question none."""
    from assistant.focus import named_in_message
    from assistant.intents import SENTENCE

    answer = next((i for i in range(len(state.history) - 1, -1, -1) if state.history[i].role == "assistant"), None)
    if answer is None or answer == 0 or presented_in(state.history[answer].content, rt):
        return None
    asked = state.history[answer - 1]
    if asked.role != "user":
        return None
    # (each sentence on its own: the occupation is often told beside the question, "I'm thinking of bus driver. Is my
    # Swedish good enough?", and a message is read for the words of its question)
    for m in SENTENCE.finditer(asked.content):
        named = named_in_message(state.model_copy(update={"text": m.group(0), "message_profile": None}), rt)
        if named is not None:
            return named.model_copy(update={"named": False})
    return None
