"""The routes a person of gymnasium age hears, and the gymnasium's language introduction programme for a newcomer.

A young person (under 18 or at school, :func:`assistant.education.audience` "youth") hears of the gymnasium programme
that leads to the occupation (and the vocational programme into the same field), the next level the occupation asks
for, and the school's counsellor (:func:`youth_keys`).

A newcomer aged 16–19 who is still learning Swedish, whether a minor ("youth") or 18–19 (a "newcomer" adult), first
hears of *Språkintroduktion* (the curated route ``gy_sprakintroduktion``): the gymnasium's introduction programme for
young people new in Sweden, started at the latest in the first half of the year one turns 20, where Swedish comes
first, on the way to a national programme. It is their school of Swedish instead of the adults' SFI or Swedish as a
second language at Komvux, and it comes before any national programme (rater23 conv4 T1: a 19-year-old from Syria
got SFI and Teknikprogrammet, no Språkintroduktion). It was chosen only for a minor with no Swedish at all, after the
programmes, where the cap of three routes (one kept for the counsellor) cut it; someone who said "a little Swedish"
(level a1, what it is for) never got it; an 18- or 19-year-old newcomer never did.

Split from :mod:`assistant.routes` (which calls it) so that module stays within its size.
"""
from __future__ import annotations

import re
from typing import Any

from assistant.education import GYMNASIUM_BEFORE, LEARNING, age, in_compulsory_school, swedish_levels, swedish_school
from assistant.gymnasium import field_programme, programme_for
from assistant.state import TurnState

LANGUAGE_INTRODUCTION = "gy_sprakintroduktion"
PUPIL_COUNSELLOR = "syv_elev"  # (the school's counsellor: a page for pupils)
#: The municipality's follow-up of the young in no school (KAA): their counsellor, not a school's.
OUT_OF_SCHOOL_COUNSELLOR = "kommunernas_aktivitetsansvar"
#: The age from which the language introduction programme is for a newcomer (the gymnasium's age).
_FROM_AGE = 16
#: Swedish levels past or at SFI: go on with Swedish as a second language (a1: SFI course A/B, swedish_level.SFI_LEVEL).
_SOME_SWEDISH = {"sfi", "sfi_done", "a1", "a2", "b1", "b2", "c1", "c2", "intermediate", "good", "fluent", "native",
                 "flytande", "modersmål", "sas_grund", "sas_gy", "sas_3"}
#: Swedish good enough for a national programme: no language introduction.
_GOOD_SWEDISH = {"b1", "b2", "c1", "c2", "intermediate", "good", "fluent", "native", "flytande", "modersmål", "sas_grund",
                 "sas_gy", "sas_3"}  # (SvA at Komvux: past SFI, swedish19)
#: Swedish levels of someone still at its start (SFI's courses, "a little Swedish").


#: "Born in Sweden" told, in our languages (xfail9: a 16-year-old born here who wrote Somali, Tigrinya or Ukrainian was
#: sent to the language introduction programme, which is for young people new in Sweden). Awaiting native review.
_BORN_HERE = re.compile(
    r"\b(?:född|föddes)(?: och uppvuxen)? (?:i sverige|här)\b|\bborn (?:and raised )?(?:in sweden|here)\b|"
    r"(?:انولدت|ولدت|خلقت|مولود|مولودة)(?: \S+){0,2} (?:بالسويد|في السويد|هون|هنا)|"
    r"\bku (?:dhashay|dhalatay)(?: kuna koray)? iswiidhan|ኣብ ሽወደን (?:ተወሊደ|ተወሊደይ|ዝተወለድኩ)|"
    r"(?:در|تو) (?:سویدن|سوئد) (?:به ?دنیا (?:آمدم|اومدم|آمده ام)|متولد شدم|تولد شدم)|"
    r"народи(?:вся|лася|вся і виріс|лася і виросла) (?:у|в) швеції", re.I)


def born_here(state: TurnState) -> bool:
    """The person said they were born in Sweden: no newcomer, whatever language they write."""
    return any(_BORN_HERE.search(m.content or "") for m in state.request.messages if m.role == "user")


def has_some_swedish(state: TurnState) -> bool:
    return any(lang.code == "sv" and (lang.level or "").casefold() in _SOME_SWEDISH for lang in state.profile.languages)


def language_introduction_fits(state: TurnState) -> bool:
    """A newcomer of gymnasium age still learning Swedish: a told age of 16–19, no schooling in Sweden told (the
    introduction or a national programme) nor a birth here, no good Swedish told, and either a beginner's Swedish told or another
    language (or easy Swedish) written."""
    years = age(state)
    if years is None or not _FROM_AGE <= years < GYMNASIUM_BEFORE or swedish_school(state) or born_here(state):
        return False
    levels = swedish_levels(state)
    if levels & _GOOD_SWEDISH:
        return False
    return bool(levels & LEARNING) or state.language != "sv" or state.style == "easy"


def swedish_key(state: TurnState, key: str) -> str:
    """The school of Swedish for this person in place of the adults' ``key`` (SFI, Swedish as a second language): the
    language introduction programme for a newcomer of gymnasium age."""
    return LANGUAGE_INTRODUCTION if language_introduction_fits(state) else key


def next_level(code: str | None, state: TurnState | None = None) -> str | None:
    """The route to the level of education an SSYK major group asks for (None: vocational, no degree; none to
    university for someone who said they do not want it)."""
    if not code or (code[0] == "3" and state is not None and in_compulsory_school(state)):
        return None  # a pupil in grundskolan: the gymnasium's programme, never the adults' yrkeshögskola (youth16)
    level = "hogskola" if code[0] in "12" else "yrkeshogskola" if code[0] == "3" else None
    return None if level == "hogskola" and state is not None and state.profile.wants_no_university() else level


def youth_keys(state: TurnState, code: str | None, table: dict[str, Any], fields: tuple[str, ...] = ()) -> list[str]:
    """A young person's route keys, best first: the language introduction programme when it fits a told age, the
    programme into the occupation and the vocational one into its field (that one first for someone who does not want
    university), the next level, the school's counsellor. A pupil whose age is not told (in grundskolan, perhaps)
    writing another language hears of the language introduction after the programmes, as before."""
    fits = language_introduction_fits(state)
    keys = [LANGUAGE_INTRODUCTION] if fits else []
    prog = programme_for(code, table)
    alt = field_programme(code, table, fields)
    first = (alt, prog) if alt is not None and state.profile.wants_no_university() else (prog, alt)
    keys += [r.key for r in first if r is not None]
    if not fits and age(state) is None and state.language != "sv" and not has_some_swedish(state):
        keys.append(LANGUAGE_INTRODUCTION)  # a pupil of unknown age writing another language: after the programmes
    level = next_level(code, state)
    if level:
        keys.append(level)
    return [*keys, youth_counsellor(state)]


def left_school(state: TurnState) -> bool:
    """The person told they left the gymnasium or go to no school (intents.yaml ``out_of_school``), and no school of
    theirs is in progress: "the counsellor at your school" is none of theirs (contra31, rater38 r35-3, new01)."""
    from assistant.intent_cues import has

    if any(e.in_progress for e in state.profile.education):
        return False
    return any(has("out_of_school", m.content or "") for m in state.request.messages if m.role == "user")


#: The gymnasium can be started until 1 July of the year one turns 20 (Skolverket: route gy_aldersgrans).
YOUTH_AGE = 20


def young(state: TurnState) -> bool:
    """An age under 20 told, or a pupil: the gymnasium is still theirs (and the municipality follows them up)."""
    from assistant.education import age

    old = age(state)
    return old is not None and old < YOUTH_AGE or state.profile.is_youth()


def youth_counsellor(state: TurnState) -> str:
    """The counsellor route of a young person: the municipality's follow-up for one who left school, else the school's."""
    return OUT_OF_SCHOOL_COUNSELLOR if left_school(state) else PUPIL_COUNSELLOR
