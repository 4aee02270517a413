"""A follow-up's occupation never climbs to a manager's post the person did not name.

An IT support technician who asks "how do I get my IT experience recognised?" is asking about his own work: the
interpreter's reading of "IT" as «Chief Information Officer/CIO/IT-chef» is a word's guess, not his occupation
(rater8 conv4: the recognition answer, and the next one, were about the CIO; "what CIO?? I'm a simple technician").
An occupation of SSYK major group 1 (managers) is the focus only when the person wrote one of its names, or did or
wishes for managers' work; otherwise the question is about the occupation the conversation is on.
"""
from __future__ import annotations

import re

from assistant.intent_cues import normalize
from assistant.interpretation.echoed import echo_spans
from assistant.state import Focus, TurnState
from vagledning.domain.runtime import Runtime

#: SSYK 2012 major group 1: managers (chefer och ledare).
MANAGERS = "1"
#: A name shorter than this ("VD", "IT") is not evidence that the person wrote that occupation's title.
_SHORT = 3


def above_the_person(found: Focus, state: TurnState, rt: Runtime) -> bool:
    """``found`` is a manager's occupation that nothing the person said names or holds."""
    if not (found.ssyk_code or _code(found.id, rt)).startswith(MANAGERS):
        return False
    p = state.profile
    own = [e.occupation.id for e in p.experiences] + [w.concept.id for w in p.wishes if w.concept is not None]
    if any(_code(i, rt).startswith(MANAGERS) for i in own):
        return False
    return not _written(found.label, state)


def _code(occupation_id: str, rt: Runtime) -> str:
    try:
        occ = rt.relations.occupation(occupation_id)
    except Exception:  # noqa: BLE001 - no relations: the level is unknown, nothing is withheld
        return ""
    return (occ.ssyk_code or "") if occ is not None else ""


def _written(label: str, state: TurnState) -> bool:
    """One of the title's names ("Chief Information Officer", "CIO", "IT-chef") stands in the person's words."""
    said = " ".join(normalize(_unechoed(m.content or "")) for m in state.request.messages if m.role == "user")
    said += " " + normalize(_unechoed(state.text or ""))
    names = {normalize(n).strip() for n in [label, *label.split("/")]}
    return any(len(n) >= _SHORT and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", said) for n in names)


def _unechoed(text: str) -> str:
    """``text`` without the words echoed in disbelief ("what CIO??" names no CIO the person means)."""
    for a, b, _ in sorted(echo_spans(text), reverse=True):
        text = text[:a] + " " * (b - a) + text[b:]
    return text
