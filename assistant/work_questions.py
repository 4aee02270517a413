"""Questions that ask for work itself: "what should I work as?", "can one get a job as X?", work for meanwhile,
"what are my options?", work without a degree or with little study, "can I work as X here?", and "what kind of
office jobs?" (split out of assistant/intents.py, which routes a whole message, to keep modules under ~400 lines).
"""
from __future__ import annotations

import re

from assistant.intent_cues import cues, group_names, has, normalize
from vagledning.domain.marks import COMMAS, FULL_STOPS, SEMICOLONS

#: The words a "what should I work as?" question may end with after its cue ("med", "as", "now", «هلق»).
_AFTER_WORK = 1
_CLAUSE_END = re.compile(rf"[{FULL_STOPS}{SEMICOLONS}{COMMAS}\n]")


def asks_what_to_work(text: str) -> bool:
    """"What should I work as?" asked with a modal word (cue group ``wh_modal_work``), the work verb ending the
    question: "vad borde ja jobba me?", «شو لازم اشتغل؟», "ким мені треба працювати?". A goal named after the verb
    ("what must I do to work as a nurse?") makes it a question of what that goal requires."""
    t = normalize(text)
    pat = cues().get("wh_modal_work")
    for m in pat.finditer(t) if pat else ():
        rest = _CLAUSE_END.split(t[m.end():], 1)[0]
        if len(re.findall(r"\w+", rest)) <= _AFTER_WORK:
            return True
    return False


def _asks_get_work(t: str) -> bool:
    """"Can one get a job as X?" (cue group ``get_work``), with no "how" before it ("how do I get a job as X?" asks for
    the way in; the Ukrainian «як» after «роботу» is "as") and no "which jobs" question."""
    pat = cues().get("get_work")
    m = pat.search(t) if pat else None
    return m is not None and not has("how_ask", t[:m.start()]) and not has("wh_work", t)


#: What a question with a word for meanwhile may ask instead of which work: its pay, cost, length, courses, licence,
#: the Swedish it needs, the demand, what it is, or whether one may work at all ("can I work while I wait?").
_MEANWHILE_ASKS = ("salary", "money_word", "wage_word", "cost_ask", "duration", "courses", "licence", "licence_compound",
                   "need", "enough", "swedish_problem", "swedish_step", "study_marker", "demand", "describe", "what_is",
                   "requirements", "yes_or_no", "recognise", "diploma", "work_allowed", "can_work_as", "can_work_now",
                   "work_here")


def _asks_work_meanwhile(t: str, is_question: bool) -> bool:
    """"And for now – maybe an accounting assistant or something with numbers? Without strong Swedish.", «а поки що -
    може помічник бухгалтера або щось з цифрами?», «inta aan sugayo, malaha kaaliye xisaabiye …?»: a question with a
    word for meanwhile that asks nothing else (:data:`_MEANWHILE_ASKS`, read without the meanwhile words, some of which
    are also "while I wait" of "can I work while I wait?") asks for work one can do now, whatever it proposes (rater23
    uk T5 got the Swedish ladder, so T4 a licence verdict). Swedish named beside it ("without strong Swedish") is what
    that work must do without, not the question."""
    pat = cues().get("meanwhile")
    if not is_question or pat is None or not pat.search(t):
        return False
    rest = pat.sub(" ", t)
    # (a rights topic – "can I get CSN while I study?" – and Swedish named but not as what is lacking – "as a mechanic
    # while I study Swedish?" – ask about those)
    return not any(has(g, rest) for g in _MEANWHILE_ASKS) and not may_work_as(rest) \
        and not any(g.startswith("scope_") and has(g, rest) for g in group_names()) \
        and not (has("swedish", rest) and not has("cond_without", rest))


#: What a question for one's options may name as what they are for: then it asks about that, not for work.
_OPTIONS_FOR = ("courses", "licence", "licence_compound", "salary", "money_word", "cost_ask", "duration", "swedish",
                "recognise", "diploma", "study_marker", "rights_csn", "meanwhile")


def _asks_for_work(t: str) -> bool:
    """"What should I work as?" (:func:`asks_what_to_work`) or "what are my options?" (:func:`_asks_options`)."""
    return asks_what_to_work(t) or _asks_options(t)


def _asks_options(t: str) -> bool:
    """"What are my options?", «vilka möjligheter har jag?», «شو الخيارات عندي؟», "maxay yihiin fursadahayga?", «які в
    мене варіанти?» (cue group ``options_ask``): a question for one's options asks for suggestions, before the Swedish
    level told beside it ("My Swedish is okay, B1") and before the demand word «fursad»; not when it names what the
    options are for ("options for studying", "for the licence"; :data:`_OPTIONS_FOR`)."""
    return has("options_ask", t) and not any(has(g, t) for g in _OPTIONS_FOR)


def _without_degree(text: str) -> bool:
    """A university education refused ("without university", «بدون جامعة», «jaamacad la'aan»): beside "is there
    work?" it names the kind of work asked for, reachable without it (rater23 ar T4 got one occupation's ads; the
    Swedish "Finns det datajobb …?" was understood only because its compound hid the "is there work" cue)."""
    from assistant.interpretation.constraints import refuses_university

    return refuses_university(text)


def _little_study(text: str) -> bool:
    """little17: "is there work that needs little study?" («کاری هست که زیاد درس نخواهد؟», "I'm looking for work that
    doesn't need long studies"): a question for such work, never its demand or the study routes (rater29 fa c07 T2);
    the work word is in the cue (cues.yaml ``little_study``)."""
    from assistant.interpretation.constraints import asks_little_study

    return asks_little_study(text)


def may_work_as(text: str) -> bool:
    """"Can I work as X here?", a yes/no question (ask10); "how can I work as X here?" asks for the way."""
    return has("can_work_as", text) and not has("how_ask", text)


def _kind_of_work(t: str) -> bool:
    """"Vad för kontorsjobb då?", "what kind of office jobs?", «شو نوع الشغل المكتبي؟»: a kind word beside a kind of work
    asks for work of that kind, with no verb of its own (second29, rater36 r33-3: asked three times and dropped);
    never a question of that work's courses, pay or Swedish ("vad för utbildning krävs för kontorsjobb?")."""
    return has("kind_ask", t) and has("work_kind", t) and not any(
        has(g, t) for g in ("courses", "salary", "swedish", "licence", "requirements"))
