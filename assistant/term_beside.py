"""A term asked beside another question: "What is gesällbrev? I've heard of it. And what does a hairdresser earn in
Gothenburg?" (cards29; rater36 and rater37, replay11 T4: the salary alone, the term never explained).

:mod:`assistant.terms` answers a message that is the term's question ("what is gesällbrev?"). Beside another
question the turn plans that one; a sentence of the message that asks what a term is, whose term a curated route's
title writes, then gets that route's sentence too, cited, in a paragraph of its own after the other answer – never
when the answer already cites the route.
"""
from __future__ import annotations

import re

from assistant.evidence import sv_title
from assistant.intent_cues import has, normalize
from assistant.state import TurnState
from assistant.terms import MAX_WORDS, _asked_with_how, _rest, _routes_naming, _titled, own_trade_second
from vagledning.domain.runtime import Runtime

#: The ends of a sentence (Latin, Arabic, Ethiopic): the term's question is a sentence of its own.
_SENTENCE_END = re.compile(r"(?<=[.!?؟።፧])\s+|\n")
#: Actions that answer the term themselves, or ask the person something first.
_NOT_BESIDE = ("what_is", "greet", "ask")
#: At most this many routes that name the term are said beside the other answer.
MAX_ROUTES = 2


def say_term_beside(state: TurnState, rt: Runtime) -> None:
    """The routes that say what a term asked in a sentence of its own is, after the answer to the other question."""
    if state.term or state.action in _NOT_BESIDE or not state.facts:
        return
    from assistant.routes import evidence_of, route_gloss, route_wording

    cited = {e.doc_id for e in state.evidence}
    for sentence in _SENTENCE_END.split(state.text or ""):
        t = normalize(sentence)
        if not t or not has("what_is", t) or has("enough", t):
            continue
        # (or "I heard of gesällbrev, what is it and how do I get it?" beside another question: noun30, rater38 new02)
        term = _rest(sentence) if len(t.split()) <= MAX_WORDS else ""
        if not _titled(term, rt):
            term = _asked_with_how(t, rt) or ""
        if not term:
            continue
        # (cards31: the person's own trade's route after the general one – never another trade's)
        found = [r for r in own_trade_second(state, _routes_naming(term, rt))[:MAX_ROUTES] if r.doc_id not in cited]
        start = len(state.facts)
        for route in found:
            ev = state.add_evidence(evidence_of(route))
            state.say(route_wording(ev), ev.doc_id, title=sv_title(ev.title, route_gloss(ev)))
        if start < len(state.facts):
            state.facts[start] = state.facts[start].model_copy(update={"paragraph": True})
        return
