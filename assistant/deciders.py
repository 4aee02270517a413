"""Who decides the matter a question asks about (insist24, decide26; rater35 fault class 1).

An insisting follow-up whose answer the sources do not settle for this person is told who decides it. That body comes
from WHAT IS ASKED, never from whichever route the answer before happened to cite first ("is Svenska 3 needed before
I apply?" after a CSN answer was sent to CSN; "undersköterska first or university prep?" too). Read, in order:

1. the rights topics of the person's own message (assistant/rights.py), each topic's routes and the body that decides
   them (assistant/locales/deciders.yaml, route key -> body);
2. the kinds of question of deciders.yaml ``asked`` (admission -> the school that gives the programme; hours and
   nights -> the employer; a permit -> Migrationsverket), by their cues in any of the 8 languages;
3. the rights topics of the question asked before (a short "yes or no?" names nothing itself).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.intent_cues import cue_pattern, has, normalize
from assistant.state import TurnState
from vagledning.yaml_data import load_yaml

_FILE = Path(__file__).resolve().parent / "locales" / "deciders.yaml"
#: The sentence that names a body by its name.
NAMED = "insist.decides_yours"


@dataclass(frozen=True)
class Decider:
    """Who decides what is asked: the sentence that says it, the body's name (for ``NAMED``), the route it decides."""

    say: str
    authority: str = ""
    route: str | None = None


@functools.cache
def _doc() -> dict[str, Any]:
    return load_yaml(_FILE.read_text(encoding="utf-8")) or {}


@functools.cache
def route_deciders() -> dict[str, str]:
    """Route key -> the body that decides its right or support."""
    return {str(k): str(v) for k, v in _doc().items() if isinstance(v, str)}


@functools.cache
def _kinds() -> tuple[tuple[str, str, str, tuple[str, ...], re.Pattern[str] | None], ...]:
    out = []
    for item in _doc().get("asked") or []:
        words = [str(w) for ws in (item.get("cues") or {}).values() for w in ws or []]
        pat = re.compile("|".join(cue_pattern(w) for w in sorted(words, key=len, reverse=True))) if words else None
        out.append((str(item["kind"]), str(item["say"]), str(item.get("authority") or ""),
                    tuple(item.get("groups") or ()), pat))
    return tuple(out)


def decider(doc_id: str | None) -> str | None:
    """The body that decides the right or support of a cited route, None for other sources."""
    if not doc_id or not doc_id.startswith("route:"):
        return None
    return route_deciders().get(doc_id.removeprefix("route:"))


def _by_topics(state: TurnState, text: str) -> Decider | None:
    from assistant.rights import TOPICS, rights_topics

    for topic in rights_topics(state.model_copy(update={"text": text})):
        for key in TOPICS.get(topic, (None, ()))[1]:
            if key in route_deciders():
                return Decider(NAMED, route_deciders()[key], f"route:{key}")
    return None


def _by_kind(text: str) -> Decider | None:
    from assistant.own_question import asks_study_form

    t = normalize(text)
    # (repeat32: the evenings or distance of a STUDY asked – "can I study it at a distance or evenings while I work
    # days?" – is the course's form, never the working hours the employer decides: route29's reading, intents.yaml)
    study = asks_study_form(t)
    for kind, say, authority, groups, pat in _kinds():
        if kind == "hours" and study:
            continue
        if pat is not None and pat.search(t) or any(has(g, text) for g in groups):
            return Decider(say, authority)
    return None


def another_kind(state: TurnState) -> bool:
    """The person's own message, read as the question before it (assistant/insist.py), asks a kind of question of
    ``asked`` the question before did not ("you didn't answer: do I get in without Svenska 3?" after a CSN question):
    the cards of that question do not answer it, however new their wording (xfail29: in ti/fa the CSN answer came
    again with one card more, so it was no repeat and who decides the admission was never said)."""
    own = state.request.messages[-1].content if state.request.messages else state.text
    return normalize(own) != normalize(state.text) and _by_kind(own) is not None and _by_kind(state.text) is None


def asked_decider(state: TurnState) -> Decider | None:
    """Who decides what the person's own message asks (else the question before it, ``state.text`` when the message
    was read as that question: assistant/insist.py); None when neither names a matter someone decides."""
    own = state.request.messages[-1].content if state.request.messages else state.text
    found = _by_topics(state, own) or _by_kind(own)
    if found is None and own != state.text:
        found = _by_topics(state, state.text) or _by_kind(state.text)
    return found
