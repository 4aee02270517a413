""""Am I too old for this?", "who hires someone my age?": the rules on age, said first and cited.

rater17 conv2 T1: a 50-year-old who wanted to become an undersköterska asked «Ma goor dambaa da'dayda?» (is it too late
at my age?) and got no answer; conv4 T5: "vem anställer en gubbe på 55 egentligen" got three other occupations, one of
them repetitive arm work after a bad shoulder was told. The worry (cue group ``age_worry`` in
assistant/locales/intents.yaml, every language; or ``too_late``/``age_hire`` beside an age) is answered from curated
official pages (ingest/data/education_routes.yaml), before the answer about the occupation the person is aiming for:

- about learning ("too old to retrain?"): Komvux has no upper age (Skolverket, ``komvux_alder``) and CSN's age limits
  for study support (``csn_aldersgranser``), after route17's "no, it is not too late" (assistant/too_late.py);
- about being hired ("who hires someone my age?"): an employer may not treat a job seeker worse for the age
  (diskrimineringslagen, DO: ``diskriminering_alder``); the demand for the occupation in the person's region follows
  (the intent is ``demand``, assistant/intents.py).

Asked with nothing else to answer (no occupation in view), the rules are the whole answer (action ``rights``), never a
list of other occupations.
"""
from __future__ import annotations

import re

from assistant.education import age, audience
from assistant.evidence import sv_title
from assistant.intent_cues import has, normalize
from assistant.intents import question_part
from assistant.routes import evidence_of, route_gloss, route_wording, routes
from assistant.said_before import said_before
from assistant.state import Fact, Intent, TurnState
from assistant.trade_age import trade_age_rules
from vagledning.domain.runtime import Runtime

#: Curated routes: no upper age at Komvux; CSN's age limits; the Discrimination Act's ban on age discrimination.
NO_UPPER_AGE, CSN_AGES, NO_AGE_DISCRIMINATION = "komvux_alder", "csn_aldersgranser", "diskriminering_alder"
#: The human study and career counsellor (at the municipality's Komvux), for a learner with no occupation in view.
COUNSELLOR = "studie_och_yrkesvagledare"
#: From this told age, "is it too late?" or "will anyone hire me?" is read as a worry about one's age.
OLDER = 40
#: Answers that found nothing to answer, or a list the worry did not ask for: the rules replace them.
_REPLACED = ("which_occupation", "unknown_occupation", "more", "nothing_more")
#: An adult's age written in a message ("at 58", "is 45 too late"): beside a hiring or a too-late word, an age worry.
_OLDER_AGE = re.compile(r"(?<!\d)[4-7]\d(?!\d)")
#: Arabic-Indic and Persian digits read as 0-9 («عمري ٥٠», «۵۲ سالگی»).
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
#: A question this short asks even without a mark.
SHORT_AGE = 8
#: A support or its money asked about "at my age" (CSN, omställningsstudiestöd): its own answer (assistant/rights.py).
_SUPPORT_ASKED = ("scope_csn", "rights_csn", "transition_ask", "rights_amount", "cost_ask", "money_word")


def age_intent(t: str) -> Intent | None:
    """How an age worry is read (assistant.intents.detect_intent asks this first): "who hires an old man like me?",
    "will anyone hire me at 58" are the employers' side (the ban on age discrimination, then the demand for the
    occupation in view); "am I too old to become X?", "is 45 too late to study" the way into X. Never a list, unless
    the question asks for work ("what jobs at my age?")."""
    hire = has("age_hire", t)
    asks = "?" in t or "؟" in t or has("question", t) or len(t.split()) <= SHORT_AGE  # ("is 45 too late to study")
    # (age13: "I'm 55, is it even worth studying?" beside an age is the same worry as "is it too late?")
    late = hire or has("too_late", t) or has("worth_studying", t)
    if not asks or not (has("age_worry", t) or late and _OLDER_AGE.search(t.translate(_DIGITS))) \
            or any(has(g, t) for g in _SUPPORT_ASKED):  # ("omställningsstudiestöd at my age?": that support's rules)
        return None
    if hire:
        return "demand"
    return None if has("suggest", t) or has("wh_work", t) or has("what_work_there", t) else "courses"


def age_worry(state: TurnState) -> str | None:
    """``"hire"`` (who hires someone my age?), ``"learn"`` (too old to learn, to become X?), ``"work"`` (what jobs at
    my age?: :func:`_asks_work_at_age`) or None: the question read
    as :func:`assistant.intents.age_intent` reads it, with the age told before ("I'm 58" first, then "is it too late
    for me?") as if written in it."""
    asked = normalize(question_part(state.text))
    told = age(state) or _told_here(state.text)
    intent = age_intent(asked) or (age_intent(f"{asked} {told}") if told >= OLDER else None)
    if intent is None and _asks_work_at_age(asked):
        return "work"
    return {"demand": "hire", "courses": "learn"}.get(intent or "")


def _told_here(text: str) -> int:
    """An adult's age told in the message beside the question when no reader took it as the person's age (age13:
    «Jag har fyllt 50. Är det för sent att börja om?», «بعمر 52»): the one number of 40-79 it holds, else 0."""
    found = {int(m.group()) for m in _OLDER_AGE.finditer(normalize(text).translate(_DIGITS))}
    return found.pop() if len(found) == 1 else 0


def _asks_work_at_age(asked: str) -> bool:
    """"What jobs can I do at my age?" (money19): work asked for with an age worry, in every language. The worry is
    acknowledged (the ban on age discrimination) before the suggestions, which stay the answer."""
    return has("age_worry", asked) and (has("suggest", asked) or has("wh_work", asked) or has("what_work_there", asked)) \
        and not any(has(g, asked) for g in _SUPPORT_ASKED)


#: What an occupation's work is asked with ("och lön buss förare? jag 58 år, för gammal?"): its pay and its demand.
_WORK_ANSWERS = ("salary", "demand")
#: ... and the words that make "too old?" a question about studying all the same ("too old to study at Komvux?").
_STUDY_ASKED = ("study_marker", "study_verb", "scope_csn", "rights_csn", "scope_adult_school")


def about_the_work(state: TurnState) -> bool:
    """"Am I too old?" asked beside the pay or the demand of an occupation, and no word of studying: a worry about doing
    that work at one's age, answered about the work (the ban on age discrimination beside the figures), never with
    Komvux's and CSN's age rules for studies nobody asked about (rater26 c2 T7 sv-easy: a 58-year-old asking a bus
    driver's pay "för gammal?" got CSN's age table)."""
    asked = normalize(question_part(state.text))
    return state.action in _WORK_ANSWERS and not any(has(g, asked) for g in _STUDY_ASKED)


def answer_age(state: TurnState, rt: Runtime, *, after: int = 0) -> None:
    """The rules on age for the worry asked, at position ``after`` of the answer (see the module docstring)."""
    worry = age_worry(state)
    if worry is None or audience(state) == "youth":  # (a pupil "too old for gymnasiet?": the gymnasium's age rule)
        return
    if worry == "learn" and about_the_work(state):
        worry = "hire"
    table = routes(rt)
    keys = (NO_AGE_DISCRIMINATION,) if worry in ("hire", "work") else (NO_UPPER_AGE, CSN_AGES)
    # (the work's own age rule first: no upper age for a bus licence, the medical requirements instead; honest12)
    found = [*trade_age_rules(state, table), *(table[k] for k in keys if k in table)]
    if not found:
        return
    said = [Fact(key=f"age.{route.key}", source=state.add_evidence(evidence_of(route)).doc_id) for route in found]
    # youth21: rules an earlier answer said are not said again; a worry asked again with nothing new to say is told so
    said = [f for f in said if not said_before(state, f)]
    if not said:
        if worry != "work" and state.action in _REPLACED:
            state.facts[:] = [Fact(key="followup.beyond_sources")]
            state.presented.clear()
            state.action = "rights"
        return
    # a question was asked, so no "thanks, I have noted that" for the age it told (money19: "what jobs at my age? I'm 58")
    state.facts[:] = [f for f in state.facts if f.key != "thanks"]
    # Nothing else asked ("am I too old to retrain?" naming no occupation): the rules are the answer, never other
    # occupations or courses for nothing; a learner is sent on to the human counsellor (cited).
    if worry != "work" and (state.action in _REPLACED or (state.action == "courses" and state.focus is None)):
        state.facts.clear()
        state.presented.clear()
        state.unresolved = None
        state.focus = None
        state.action = "rights"
        after = 0
        if worry == "learn" and COUNSELLOR in table:
            ev = state.add_evidence(evidence_of(table[COUNSELLOR]))
            said.append(Fact(key=route_wording(ev), source=ev.doc_id, params={"title": sv_title(ev.title, route_gloss(ev))},
                             paragraph=True))
    state.facts[after:after] = said
    if after + len(said) < len(state.facts):  # the answer about the occupation: a paragraph of its own
        state.facts[after + len(said)] = state.facts[after + len(said)].model_copy(update={"paragraph": True})
