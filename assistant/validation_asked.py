"""How validation of a trade works, when someone asks whether what they can do can be checked (routes18).

rater17 conv3 T2: a heavy-vehicle mechanic with 12 years of work abroad and no papers asked "can they check my
experience somehow? like a test? someone told me about validering" and heard only that no licence is needed, the
general valideringsinfo.se link and "the occupation requires upper secondary education". A counsellor says how it is
done: the home municipality maps what he knows and Komvux validates it against the vocational courses (Skolverket),
Arbetsförmedlingen maps his experience and has an assessor test him in practical and theoretical tests, the industry's
own certificate where the trade has one (the curated trade certificates: BYN, ECY, VVS, MYN; no other industry's page
is named), and what to bring. A question naming validation (``validation_asked`` in assistant/locales/intents.yaml, 8
languages) gets that answer, each way cited from its curated page (ingest/data/education_routes.yaml).
"""
from __future__ import annotations

import re

from assistant.entry_reach import names_school
from assistant.evidence import sv_title
from assistant.focus import own_way, question_part
from assistant.gymnasium import prefix_len
from assistant.intent_cues import has
from assistant.interpretation.no_papers import papers_told_away, papers_told_missing
from assistant.regulated import is_regulated
from assistant.routes import Route, evidence_of, route_gloss, route_wording, routes
from assistant.state import TurnState
from vagledning.domain.runtime import Runtime

#: Route key -> the sentence that says how that way of validation goes, in the order a counsellor gives them.
WAYS = (("komvux_validering", "validation.komvux"), ("af_validering", "validation.af"))
#: The sentences of a duration answer (assistant/durations.py), kept when this answer replaces the plan.
LENGTHS = "duration."
#: The industry's own certificates (kind ``trade_certificate``): said as the trade's own validation where one is curated.
TRADE = "trade_certificate"
#: Years or the work itself, what "do my years / does my job there count?" asks of (routes20), in the 8 languages.
_YEARS = re.compile(r"\b(år|arbetsår|jobb|years?|yrs|job|سن\w*|سال\w*|شغل\w*|sanad\w*|shaqad\w*|рок\w*|стаж\w*|"
                    r"робот\w*)|ዓመ|ስራሕ")


def asks_validation(state: TurnState, rt: Runtime) -> bool:
    """The question part of the message asks about validation (by the word, or 'can they test what I can do') of work
    done: a diploma to be recognised, or a licensed profession (its own route: UHR, the licence), is not this."""
    asked = question_part(state.text)
    if asks_entry_without_papers(asked) and state.action != "recognition":
        return True  # (facts15: whatever the occupation in focus, Komvux's mapping answers it)
    if papers_away_asked(state) and state.action != "recognition":
        return not (state.focus is not None and is_regulated(rt, state.focus.id, state.focus.ssyk_code))
    # ("do my years there count here?" asks the same of the work done, routes20: a hairdresser's ten years abroad)
    # (only years of work count so: "my licence is not valid yet, what can I do meanwhile?" asks no validation, ask15)
    named = has("validation_asked", asked) or has("own_experience", asked) and (has("check_test", asked) or (
        has("recognise", asked) and bool(_YEARS.search(asked.lower()))))
    # ("can I prove it without papers / a diploma?": a diploma told missing is no diploma to recognise, ask20)
    if not named or has("diploma", asked) and not papers_told_missing(asked) or state.action == "recognition":
        return False
    focus = state.focus
    return focus is None or not is_regulated(rt, focus.id, focus.ssyk_code)


#: "What do I do (now)?" (intents.yaml): a question asking only for the next step.
_WHAT_NOW = ("do_ask", "first_step", "first_step_bare")


def papers_away_asked(state: TurnState) -> bool:
    """"All my certificates are back in Baghdad and I have no copy here. What do I do?" (intent17, rater30 ar c05 T2 got
    "I'm not sure what you are asking"): papers told missing or far away in this message, and only the next step asked.
    What one can do is mapped and tested without them (validering); the licence of a regulated occupation is its own
    answer (its route)."""
    asked = question_part(state.text)
    return papers_told_missing(state.text) and any(has(g, asked) for g in _WHAT_NOW)


def asks_entry_without_papers(asked: str) -> bool:
    """"Can I get into Komvux without papers?", "do I need school papers to get in?" (facts15, rater28 so c01: never
    answered, and "what schooling do you have?" asked instead): papers told missing in a question about studying or
    Komvux, or papers asked to be needed (cue group ``papers_needed``). Komvux's mapping and validation answer it."""
    if not any(mark in asked for mark in "?؟፧") and not has("question", asked):
        return False
    study = has("komvux_ask", asked) or has("study_marker", asked)
    # (papers asked beside a licence are the work's requirement, licence_answer's: «برای کار جنگل … مدرک یا مجوز
    # لازمه؟», a degree or a licence needed for forest work, limits11)
    # (papers asked for with no word of school or study are the work's certificate: «ሰርቲፊኬት የድልየኒ ድዩ?» after a
    # mason's story is BYN's trade certificate, test_dialogue_health)
    school = study or names_school(asked)
    return papers_told_missing(asked) and study or has("papers_needed", asked) and school and not has("licence", asked)


def _trade_certificates(rt: Runtime, code: str | None) -> list[Route]:
    return [r for r in routes(rt).values() if r.kind == TRADE and code and prefix_len(code, r.ssyk)]


def answer_validation(state: TurnState, rt: Runtime) -> bool:
    """Answer a validation question (see the module docstring); False when the message asks none."""
    if not asks_validation(state, rt):
        return False
    table = routes(rt)
    ways = [(table[key], wording) for key, wording in WAYS if key in table]
    if not ways:
        return False
    # (no occupation in focus: the person's own way, the trade their experience is validated in – ask20)
    focus = state.focus if state.focus is not None else own_way(state, rt)
    # the lengths of a "how long will it all take?" beside it answer that question (rater25 c5 T6: «… і паралельно
    # валідацію? Скільки це все займе?» lost them to this answer, which came back as it was the turn before)
    lengths = [f for f in state.facts if f.key.startswith(LENGTHS)]
    state.facts.clear()
    state.presented.clear()  # (the list a "more" reading planned is no part of this answer, ask20)
    state.unresolved = None
    state.action = "what_is"
    if asks_entry_without_papers(question_part(state.text)):
        state.say("validation.papers_lead")  # (facts15: the way in without papers, whatever the occupation)
    elif papers_away_asked(state):  # (intent17: "my papers are back home, what do I do?")
        if focus is not None:
            state.present(focus)
        # (copies only of papers told far away; "I have no papers or certificate" is validation alone: consist32)
        state.say("validation.papers_away_lead" if papers_told_away(state.text) else "validation.papers_none_lead")
    elif focus is not None:
        state.present(focus)
        state.say("validation.lead_occupation", occupation=sv_title(focus.label, "occupation"))
    else:
        state.say("validation.lead")
    for route, wording in ways:
        ev = state.add_evidence(evidence_of(route))
        state.say(wording, ev.doc_id, bullet=True, title=sv_title(ev.title, route_gloss(ev)))
    trade = _trade_certificates(rt, focus.ssyk_code if focus is not None else None)
    for route in trade:
        ev = state.add_evidence(evidence_of(route))
        state.say(route_wording(ev), ev.doc_id, bullet=True, title=sv_title(ev.title, route_gloss(ev)))
    if not trade:
        state.say("validation.branch", bullet=True)
    state.say("validation.bring")
    if lengths:
        lengths[0] = lengths[0].model_copy(update={"paragraph": True})
    state.facts.extend(lengths)
    return True
