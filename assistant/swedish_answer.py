"""The answer to "do I need Swedish?" for one occupation: what Arbetsförmedlingen's requirement text or
description says about Swedish, else the licence's language step, else that the sources do not say; then,
for someone new to Swedish, how it is learnt, as the curated routes (cited): SFI, then Swedish as a second
language at Komvux, and the Komvux vocational training that is taken together with Swedish for the trades
it covers (for someone still learning Swedish, also the kombinationsutbildning, :mod:`assistant.newcomer_routes`).
The general line on vocational Swedish for professionals (SFX) is kept for the other occupations, to the people
it is for (next_steps.sfx_fits: a degree or a profession that asks for one)."""
from __future__ import annotations

import re
from typing import Any

from assistant.evidence import full_text, quote, store_doc, sv_text, sv_title
from assistant.requirement_text import requirement_in
from assistant.state import Evidence, Fact, Focus, TurnState
from vagledning.domain.runtime import Runtime

_SWEDISH = re.compile(r"svensk", re.I)
#: A licence step opens with what to do ("Lär dig svenska:", "تعلّم السويدية:"); quoted after "requires
#: Swedish:" that label repeats the answer's own words, so the quote starts after it (at most three words).
_LABEL = re.compile(r"^\s*[^\s:፡\d]+(?:\s+[^\s:፡\d]+){0,2}\s*[:፡]\s+(?=\S)")
#: The routes into Swedish, in the order they are taken (keys of ingest/data/education_routes.yaml).
SFI, SECOND_LANGUAGE, VOCATIONAL = "sfi", "komvux_sas", "komvux_yrke"


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
        state.say("swedish.requirement", req.doc_id, occupation=occ, quote=requirement_in(state.locale, text))
        said = True
    if not mentions_swedish:
        doc = None
        try:
            d = rt.relations.description_doc(focus.id)
            doc = store_doc(rt, "description", d.doc_id, "description") if d else None
        except Exception:  # noqa: BLE001 - no description index: no Swedish quote
            doc = None
        sentence = None
        if doc is not None:
            text = " ".join((full_text(rt, doc) or "").split())
            sentence = next((s for s in re.split(r"(?<=[.!?])\s+", text) if _SWEDISH.search(s)), None)
        if sentence and doc is not None:
            doc = state.add_evidence(doc)
            state.say("swedish.mention", doc.doc_id, occupation=occ, quote=sv_text(quote(sentence)))
            mentions_swedish = True
    if not mentions_swedish:
        from assistant.licence_answer import swedish_for_licence

        mentions_swedish = said = swedish_for_licence(state, rt, focus)
        if mentions_swedish:
            _not_again(state)
    if not mentions_swedish:
        # No licence (no regulated profession) and no text on Swedish: there is no set level and the employer decides,
        # said plainly once rather than only "the sources say nothing" (rater14 C3 T1/T4, cost14)
        state.say("swedish.none" if _regulated(rt, focus) else "swedish.unregulated", occupation=occ)
    if not said and not mentions_swedish:
        state.notices.append("no_answer_in_sources")
    vocational = say_how_to_learn(state, rt, focus.ssyk_code)
    from assistant.next_steps import sfx_fits

    if not vocational and sfx_fits(state.profile, rt, state.language):  # SFX: for people with a degree
        state.say("next.heading")
        state.say("next.sfx", bullet=True)


def _regulated(rt: Runtime, focus: Focus) -> bool:
    """The occupation is a regulated profession we know (its licence route), or we cannot tell."""
    from retrieval.relations_regulated import licence_route

    try:
        return licence_route(focus.id, rt) is not None
    except Exception:  # noqa: BLE001 - no regulated-profession tables: say only what the sources say
        return True


def _text_of(value: Any) -> str:
    return value.get("sv_text", "") if isinstance(value, dict) else str(value)


def _not_again(state: TurnState) -> None:
    """The licence's language step just planned, without its "learn Swedish:" label; said instead as a
    pointer to the earlier answer when that answer already gave the step word for word (a card's
    "do I need Swedish?" right after the licence answer pasted the same paragraph again)."""
    # (the licence's own step, not the level another route states after it: that one has no pointer form; level11)
    at = next((i for i in range(len(state.facts) - 1, -1, -1)
               if state.facts[i].key in ("swedish.licence", "swedish.title")), len(state.facts) - 1)
    fact: Fact = state.facts[at]
    step = fact.params.get("quote")
    text = _text_of(step)
    bare = _LABEL.sub("", text, count=1)
    if bare != text and len(bare) > 20:
        fact.params["quote"] = sv_text(bare) if isinstance(step, dict) else bare
    probe = " ".join(bare.split())[:60]
    from assistant.intent_cues import has

    # "Do I need Swedish? What level?": the level is the answer, said again rather than pointed to (the whole
    # message: a part of it answered on its own may be the other question)
    if has("swedish_level", state.request.messages[-1].content):
        return
    if probe and any(m.role == "assistant" and probe in " ".join(m.content.split()) for m in state.history):
        state.facts[at] = Fact(key=f"{fact.key}_said", source=fact.source,  # swedish.licence / swedish.title
                               params={k: v for k, v in fact.params.items() if k != "quote"})


def swedish_routes(state: TurnState, rt: Runtime, code: str | None) -> list[Evidence]:
    """The ways to learn Swedish for someone new to it, in the order taken: SFI (not for someone who already
    has some Swedish), Swedish as a second language at Komvux, and, for a trade Komvux trains for, its
    vocational training, which is taken together with Swedish; for a newcomer aged 16–19, the gymnasium's language
    introduction programme (:mod:`assistant.youth_routes`). None for others (they write Swedish)."""
    from assistant.education import audience
    from assistant.routes import evidence_of, has_some_swedish, routes
    from assistant.youth_routes import LANGUAGE_INTRODUCTION, language_introduction_fits

    table = routes(rt)
    if language_introduction_fits(state) and LANGUAGE_INTRODUCTION in table:  # 16–19: the gymnasium's, not SFI
        return [evidence_of(table[LANGUAGE_INTRODUCTION])]
    if audience(state) != "newcomer":
        return []
    # Someone who writes Swedish has some: they go on from SFI, as in routes.chosen_keys.
    some = has_some_swedish(state) or state.language == "sv"
    keys = [SECOND_LANGUAGE] if some else [SFI, SECOND_LANGUAGE]
    trade = table.get(VOCATIONAL)
    if code and trade is not None and any(code.startswith(p) for p in trade.ssyk):
        keys.append(VOCATIONAL)
    from assistant.newcomer_routes import COMBINATION, combination_fits

    if combination_fits(state, code, table):  # still learning Swedish: the trade's training taken together with it
        keys.append(COMBINATION)
    return [evidence_of(table[k]) for k in keys if k in table]


def say_how_to_learn(state: TurnState, rt: Runtime, code: str | None) -> bool:
    """The routes of :func:`swedish_routes` under their heading, cited; True when the trade's Komvux
    training (Swedish for that work) is among them."""
    from assistant.routes import say_route

    if only_other_language_asked(state):
        return False
    found = swedish_routes(state, rt, code)
    if found:
        state.say("swedish.learn")
    for ev in found:
        say_route(state, ev)
    return any(ev.facts.get("route") == VOCATIONAL for ev in found)


def only_other_language_asked(state: TurnState) -> bool:
    """The question asks about working in another language ("jobs where English is enough?") and names no Swedish:
    the SFI -> SvA ladder is no answer to it (boiler31, rater38 class 7: replay34_new03 T3, a senior tester asking for
    English-speaking jobs heard how Swedish is learnt)."""
    from assistant.intent_cues import has
    from assistant.intents import question_part
    from assistant.work_language import names_working_language

    # (the whole message: a part of it answered on its own, "volvo, ericsson etc.", names no language)
    message = state.request.messages[-1].content if state.request.messages else state.text
    asked = question_part(message) or message
    return names_working_language(asked) and not has("swedish", message) and not has("swedish_step", message)
