"""The answer to "do I need Swedish?" for one occupation: what Arbetsförmedlingen's requirement text or
description says about Swedish, else the licence's language step, else that the sources do not say."""
from __future__ import annotations

import re
from typing import Any

from assistant.evidence import _full_text, _store_doc, quote, sv_text, sv_title
from assistant.state import Evidence, Focus, TurnState
from vagledning.domain.runtime import Runtime

_SWEDISH = re.compile(r"svensk", re.I)


def plan_swedish(state: TurnState, rt: Runtime, focus: Focus, details: dict[str, Any]) -> None:
    """What the sources say about education requirements / Swedish for the occupation."""
    occ = sv_title(focus.label, "occupation")
    said = False
    req = Evidence.coerce(details.get("education_requirement"))
    mentions_swedish = False
    if req is not None:
        req = state.add_evidence(req)
        text = req.facts.get("requirement") or req.snippet
        mentions_swedish = bool(_SWEDISH.search(text))
        state.say("swedish.requirement", req.doc_id, occupation=occ, quote=sv_text(quote(text)))
        said = True
    if not mentions_swedish:
        doc = None
        try:
            d = rt.relations.description_doc(focus.id)
            doc = _store_doc(rt, "description", d.doc_id, "description") if d else None
        except Exception:  # noqa: BLE001 - no description index: no Swedish quote
            doc = None
        sentence = None
        if doc is not None:
            text = " ".join((_full_text(rt, doc) or "").split())
            sentence = next((s for s in re.split(r"(?<=[.!?])\s+", text) if _SWEDISH.search(s)), None)
        if sentence and doc is not None:
            doc = state.add_evidence(doc)
            state.say("swedish.mention", doc.doc_id, occupation=occ, quote=sv_text(quote(sentence)))
            mentions_swedish = True
    if not mentions_swedish:
        from assistant.answers import swedish_for_licence

        mentions_swedish = said = swedish_for_licence(state, rt, focus)
    if not mentions_swedish:
        state.say("swedish.none", occupation=occ)
    if not said and not mentions_swedish:
        state.notices.append("no_answer_in_sources")
    state.say("next.heading")
    state.say("next.sfx", bullet=True)
