"""The working-conditions answer: what the sources say about one occupation's hours, nights, weekends, physical
load or travel ("Does bus driving have night shifts?", "Är det tungt att jobba som undersköterska?").

The counsellor's finding: such questions got "more suggestions". What the sources can tell is read the way the
matcher reads a person's limitations (:func:`retrieval.constraints.demand_of`): an essential ESCO skill ("work in
shifts"), a JobTech demanded competence, JobTech's definition or Arbetsförmedlingen's description text. A found
statement is quoted with its citation; an aspect no source speaks of is said plainly, with who would know (an
employer, the trade's union, a counsellor) — never that the work has no nights because nothing says it has.
"""
from __future__ import annotations

import re

from assistant.esco_words import skill_said
from assistant.evidence import sv_text, sv_title, term
from assistant.intent_cues import has
from assistant.state import Focus, TurnState
from vagledning.domain.runtime import Runtime

#: Aspects in the order an answer names them: the intents.yaml cue group that asks about each.
ASPECTS = ("night", "hours", "heavy", "standing", "sitting", "travel")
#: The limitation codes of :mod:`retrieval.constraints` that read each aspect from the sources.
DEMANDS = {"night": ("night",), "hours": ("daytime",), "heavy": ("lifting", "back"), "standing": ("standing",),
           "sitting": ("sitting",)}
#: Aspects no limitation code covers: read from the occupation's own texts (Swedish).
_TEXT = {"travel": re.compile(r"\bres(?:or|a|er|ande)\b|tjänsteres|långa körningar|borta (?:från hemmet|flera dagar)|"
                              r"övernatt|pendl", re.I)}
#: Sentences about working conditions in general ("what are the working conditions?").
_GENERAL = re.compile(r"arbetsmiljö|arbetstid|schema|skift|kväll|helg|natt|fysiskt|tunga lyft|stress|"
                      r"resor|oregelbund", re.I)
#: Aspects said per answer (two questions at once are common: "nights and weekends?").
MAX_ASPECTS = 2


def asked_aspects(text: str) -> list[str]:
    """The conditions a question asks about, in the fixed order (``general`` when it asks about them at large)."""
    found = [a for a in ASPECTS if has(f"cond_{a}", text)]
    if "night" in found and "hours" in found:  # "night shifts": the nights are what is asked
        found.remove("hours")
    return found or (["general"] if has("cond_general", text) else [])


def asks_conditions(text: str) -> bool:
    """True when a question asks about a working condition (the intent check in :mod:`assistant.intents`)."""
    return bool(asked_aspects(text)) and not has("cond_without", text)


def _found(focus: Focus, aspect: str, rt: Runtime):
    """The first source that states ``aspect`` for the occupation (an Exclusion record), or None."""
    from retrieval.constraints import Exclusion, demand_of, sentence_of, texts_of

    for code in DEMANDS.get(aspect, ()):
        hit = demand_of(focus.id, focus.label, code, rt)
        if hit is not None:
            return hit
    pat = _TEXT.get(aspect) or (_GENERAL if aspect == "general" else None)
    if pat is None:
        return None
    try:
        texts = list(texts_of(focus.id, rt))
    except Exception:  # noqa: BLE001 - no relations or description index: the texts cannot tell
        texts = []
    for doc_id, text in texts:
        m = pat.search(text)
        if m:
            return Exclusion(focus.id, focus.label, aspect, doc_id, sentence_of(text, m))
    return None


def plan_conditions(state: TurnState, rt: Runtime, focus: Focus) -> None:
    """Per aspect asked: the cited statement of the sources, or that they say nothing of it; then who knows."""
    from assistant.fit_question import plan_fit
    from retrieval.limit_fit import statement_evidence

    if plan_fit(state, rt, focus):  # "is warehouse or cleaning OK for my hands?": per work named, the person's limits
        return

    occ = sv_title(focus.label, "occupation")
    state.focus = focus
    state.present(focus)
    state.action = "conditions"
    unknown, hours_found = [], False
    asked = (asked_aspects(state.text) or ["general"])[:MAX_ASPECTS]
    for aspect in asked:
        hit = _found(focus, aspect, rt)
        if hit is None and aspect == "night":
            # Nights unnamed, but the hours round the clock and the week stated ("schemalagt arbete dygnet runt"): that
            # is said, never "nothing about nights" beside it (rater26 C1 T7 said both of Vårdbiträde in one answer).
            hit = _found(focus, "hours", rt)
            aspect = "hours" if hit is not None else aspect
        ev = statement_evidence(hit, rt) if hit is not None else None
        if ev is None:
            unknown.append(aspect)
            continue
        ev = state.add_evidence(ev)
        hours_found = hours_found or aspect in ("night", "hours")
        # An ESCO skill's label is English: said in English only (assistant/esco_words.py); a description's sentence
        # is Swedish and quoted as such.
        said = skill_said(state.locale, ev.doc_id, hit.evidence, rt) if ev.kind == "esco_skill" else sv_text(hit.evidence)
        state.say("conditions.found" if said is not None else "conditions.found_skill", ev.doc_id, occupation=occ,
                  what=term("condition", aspect), quote=said)
    for aspect in unknown:
        state.say("conditions.unknown", occupation=occ, what=term("condition", aspect))
    if {"night", "hours"} & set(asked):  # the trade's workplaces whose sources tell the hours apart (hours15)
        from assistant.hours_places import say_trade_hours
        say_trade_hours(state, rt, focus, focus_said=hours_found)
    state.say("conditions.who")
