"""Studies from abroad, finished or not: do they count here, where do the papers go, what is UHR (recog10).

rater26 C3 (fa): a woman with two unfinished years of law in Iran asked four times whether they count in Sweden, where
to send her papers and what UHR is, and heard "which occupation do you mean?" twice («حقوق» is law and salary) and job
suggestions. A counsellor says: UHR assesses finished educations from abroad; unfinished university studies are not
assessed as a degree – one applies to a Swedish programme on antagning.se and, once admitted, asks the university to
credit the courses (tillgodoräknande), which the university decides; a finished upper-secondary school from abroad is
assessed for admission on antagning.se, with no statement from UHR needed first; and university asks Swedish at the
level of Svenska 3 or Svenska som andraspråk 3 (or TISUS), said against the level the person told (SFI D …).

A question naming UHR, or a recognising word (``recognise``, assistant/locales/intents.yaml) asked of studies told
(``studies_named``: "my studies", "two years at university", «درس های من», «مدارکم») or told unfinished
(``studies_unfinished``, in this message or an earlier one) is this question, in any of the 8 languages; a question about
a licence (a driving licence, a nurse's) is not. Each sentence cites its curated route (ingest/data/education_routes.yaml).
A finished degree asked about beside a licensed profession keeps the licence answer (assistant/scope.py).
"""
from __future__ import annotations

from assistant.evidence import sv_title
from assistant.intent_cues import has, normalize
from assistant.state import Focus, TurnState
from vagledning.domain.runtime import Runtime

#: The curated routes said (keys of ingest/data/education_routes.yaml), in the order a counsellor gives them.
UHR, CREDIT, SCHOOL, SWEDISH = "uhr_bedomning", "tillgodoraknande_utland", "antagning_utlandsk_gymnasium", \
    "behorighet_svenska"
_MARKS = ("?", "؟")


def asks_about_studies(text: str, earlier: tuple[str, ...] = ()) -> bool:
    """The message asks whether studies from abroad count here, or what UHR is (see the module docstring); ``earlier``:
    the person's earlier messages, where the studies may have been told unfinished."""
    from assistant.intents import question_part

    asked = question_part(text)
    if not (any(m in text for m in _MARKS) or has("question", asked)):
        return False
    t = normalize(text)
    continues = continues_studies(text, earlier)
    unfinished = continues or any(unfinished_studies(m) for m in (text, *earlier))
    if has("diploma", t) and not unfinished:  # a diploma, degree or certificate: its recognition answer (scope.py)
        return False
    if has("uhr_named", asked):
        return True
    if has("licence", asked) or has("licence_compound", asked):
        return False
    # "how do I continue my studies here?" of higher studies told (asked16, rater29 c02: «كيف بكمل دراستي هون؟»)
    if continues:
        return True
    if not has("recognise", asked):
        return False
    return unfinished or has("studies_named", t)


def continues_studies(text: str, earlier: tuple[str, ...] = ()) -> bool:
    """The question asks how to go on with higher studies told in this message or an earlier one ("two years at
    university in Damascus … how do I continue my studies here?"): going on says they were left unfinished. Studies
    below university ("I finished SFI, how do I study further?") are not it."""
    from assistant.intents import question_part

    if not has("studies_continue", normalize(question_part(text))):
        return False
    return any(has("higher_studies", normalize(m)) for m in (text, *earlier))


def unfinished_studies(text: str) -> bool:
    """``text`` tells studies left unfinished, of higher studies: "two years of law, not finished", «دو سال حقوق خواندم
    ولی تمام نکردم»; never school left ("I didn't finish high school", «ما خلصت الثانوية»)."""
    t = normalize(text)
    return has("studies_unfinished", t) and (has("studies_named", t) or has("higher_studies", t))


def _earlier(state: TurnState) -> tuple[str, ...]:
    return tuple(m.content or "" for m in state.request.messages[:-1] if m.role == "user")


def studies_asked(state: TurnState) -> bool:
    """:func:`asks_about_studies` of this turn's message."""
    return asks_about_studies(state.text, _earlier(state))


def told_unfinished(state: TurnState) -> bool:
    """A message of the person says their studies are not finished, or asks how to continue them."""
    return any(unfinished_studies(m.content or "") for m in state.request.messages if m.role == "user") \
        or continues_studies(state.text, _earlier(state))


def answer_studies(state: TurnState, rt: Runtime, focus: Focus | None) -> bool:
    """The recognition answer for studies (see the module docstring); False when the message asks no such question,
    the routes are not in the store, or a finished education is asked about beside a licensed profession (its
    licence answer)."""
    if not studies_asked(state):
        return False
    from assistant.intents import question_part
    from assistant.regulated import is_regulated
    from assistant.routes import evidence_of, routes

    unfinished = told_unfinished(state)
    if not unfinished and focus is not None and is_regulated(rt, focus.id, focus.ssyk_code):
        return False
    table = routes(rt)
    if any(k not in table for k in (UHR, CREDIT, SCHOOL)):
        return False
    state.facts.clear()
    state.presented.clear()
    state.focus = None
    state.unresolved = None
    state.action = "recognition"

    def cite(key: str) -> tuple[str, dict]:
        ev = state.add_evidence(evidence_of(table[key]))
        return ev.doc_id, sv_title(ev.title, "route")

    uhr, uhr_title = cite(UHR)
    credit, credit_title = cite(CREDIT)
    if unfinished:  # not assessed as a degree: credit at the university, after admission
        state.say("studies_abroad.unfinished", credit, title=uhr_title)
        if has("uhr_named", question_part(state.text)):  # "what is UHR?": what it does, for a finished education
            state.say("studies_abroad.uhr", uhr, title=uhr_title, url=table[UHR].url)
        state.say("studies_abroad.credit", credit, bullet=True, title=credit_title, url=table[CREDIT].url)
    else:
        state.say("studies_abroad.uhr", uhr, title=uhr_title, url=table[UHR].url)
        state.say("studies_abroad.credit_finished", credit, bullet=True, title=credit_title)
    school, school_title = cite(SCHOOL)
    state.say("studies_abroad.school", school, bullet=True, title=school_title, url=table[SCHOOL].url)
    say_university_swedish(state, rt)
    return True


def say_university_swedish(state: TurnState, rt: Runtime) -> bool:
    """The Swedish university asks (Svenska 3 / Svenska som andraspråk 3, or TISUS), cited, then the next step from
    the level the person told (after SFI: Swedish as a second language at Komvux up to course 3)."""
    from assistant.routes import evidence_of, routes
    from assistant.swedish_enough import SVA, level_group

    table = routes(rt)
    if SWEDISH not in table:
        return False
    ev = state.add_evidence(evidence_of(table[SWEDISH]))
    state.say("studies_abroad.swedish", ev.doc_id, bullet=True, title=sv_title(ev.title, "route"))
    group = level_group(state)
    if group in ("after_sfi", "at_sfi", "some") and SVA in table:  # the next step from the told level, as for "enough?"
        sva = state.add_evidence(evidence_of(table[SVA]))
        state.say(f"swedish_enough.next_{group}", sva.doc_id, title=sv_title(sva.title, "route"))
    return True


#: Answers that a question about the Swedish university asks replaces: nothing found, or Swedish for a guessed occupation.
_REPLACED = ("which_occupation", "unknown_occupation", "clarify", "more", "suggest", "nothing_more", "swedish")


def asks_university_swedish(text: str) -> bool:
    """"Which level of Swedish do I need for university?", «برای دانشگاه چه سطح سویدنی لازم است؟» in any language:
    the question part names Swedish, a level or a need, and higher studies."""
    from assistant.intents import question_part
    from assistant.interpretation.constraints import refuses_university

    asked = normalize(question_part(text))
    # ("which jobs need NO university and not much Swedish?": the university named as not needed is no question about
    # it; wishnot12)
    return has("swedish", asked) and any(has(g, asked) for g in ("swedish_level", "need", "level_needed")) \
        and has("higher_studies", asked) and not refuses_university(asked)


def answer_university_swedish(state: TurnState, rt: Runtime) -> None:
    """After the turn's plan: the Swedish university asks, when the message asks it and the answer does not say it yet
    (rater26 C3 T7: asked beside "what is Komvux?" it was dropped); alone, it replaces an answer that found nothing or
    guessed an occupation from the question's words."""
    if not asks_university_swedish(state.text) or any(e.doc_id == f"route:{SWEDISH}" for e in state.evidence):
        return
    from assistant.routes import routes

    if SWEDISH not in routes(rt):
        return
    if state.action in _REPLACED:
        state.facts.clear()
        state.evidence.clear()
        state.presented.clear()
        state.focus = None
        state.unresolved = None
        state.notices.clear()
        state.action = "swedish"
    before = len(state.facts)
    if say_university_swedish(state, rt) and before:  # beside another answer: its own paragraph
        state.facts[before] = state.facts[before].model_copy(update={"paragraph": True, "bullet": False})
