"""What studying costs, who pays, and studying beside a job (costtime13, rater13 faults 1 and 7).

The counsellor's findings: "how long does it take and how much does it cost? I don't have much money" (Dari) got the
taxi driver's salary and "I did not find the occupation «پیسه» (money)"; "can Arbetsförmedlingen or Komvux pay? I have
no money" (Somali) got the bus driver's salary, although the free labour-market course in his town had been offered a
turn before; "can I study part time and work at the same time? I need a salary, family" got "not in my sources" and
"I did not find the occupation «familj»".

Both are rights topics (:mod:`assistant.rights`), answered from curated pages of the authority that decides
(``ingest/data/education_routes.yaml``), with the courses the conversation found for the occupation in focus:

- cost: the labour-market course(s) for the occupation (free, Arbetsförmedlingen decides who gets a place), Komvux and
  SFI free by the Education Act, aktivitetsstöd during Arbetsförmedlingen's programmes, CSN's studiemedel for living;
- studying beside a job: the courses for the occupation that are given at a distance, study leave by law, CSN from
  half pace.

No amounts: what a private school or a driving school charges varies and no official page states it.
"""
from __future__ import annotations

from assistant.course_plan import course_place, plan_courses
from assistant.evidence import edu_kind, sv_title
from assistant.intent_cues import has
from assistant.intents import SENTENCE, question_part
from assistant.state import Fact, Focus, TurnState
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime

#: Routes of each topic, in the order said (assistant/rights.py TOPICS).
COST_ROUTES = ("arbetsmarknadsutbildning", "komvux_avgiftsfri", "af_program_ersattning", "studiemedel",
               "studiestartsstod")  # time15: CSN's grant for the unemployed with a short education
#: partial14 (rater28 c03 T4: "can I study while I work?" got "my sources say no more", though the first answer had offered
#: them): a job with pay in which one learns the trade, and Komvux's apprenticeship at a workplace come first.
STUDY_WORK_ROUTES = ("yrkesintroduktion", "komvux_larling", "studieledighet", "studiemedel")
#: second32 (rater38 new01 T3, rater39 new01 T4: "must I quit my job / can I keep it while I study?" got study leave and
#: CSN only): one may work beside studies – CSN's income limit (fribelopp) and study leave are what decide it.
KEEP_JOB_ROUTES = ("studiemedel", "csn_fribelopp", "studieledighet")
#: A labour-market course (Arbetsförmedlingen's, free for the participant) in the course records.
_AUB = "aub"
#: At most this many courses of the occupation are named in either answer.
MAX_COURSES = 2


def asks_cost(asked: str) -> bool:
    """The question part asks what studying costs or who pays it (intents.yaml ``cost_ask``); "how much is my degree
    worth here?" is its recognition, not a price (route29: Tigrinya «ዲግሪ … ክንደይ ዋጋ ኣለዎ» got omställningsstudiestöd)."""
    return any(has("cost_ask", s) and not (has("diploma", s) and has("degree_worth", s))
               for s in (m.group(0) for m in SENTENCE.finditer(asked or "")))


def price_only(state: TurnState) -> bool:
    """"How much does it cost?" with no word of being short of money or of who pays (slips17, rater29 ar c01 T2: «قديش
    بتكلف تقريبا؟» after the way back to the bus got a wall of study support – aktivitetsstöd, CSN's sums, studiestartsstöd –
    and no word on the cost itself). Its answer is the cost of the thing asked; money to live on is one route at most."""
    return asks_cost(question_part(state.text)) and not has("cost_worry", state.text)


def cost_skip(state: TurnState) -> set[str]:
    """The study supports a price question leaves out: all but aktivitetsstöd, which is paid during the free
    labour-market course the answer names (:func:`price_only`)."""
    return {"studiemedel", "studiestartsstod"} if price_only(state) else set()


def price_skip(state: TurnState, rt: Runtime) -> set[str]:
    """What else a price question leaves out (courses18, rater30 ar c06 T2: «كيف أحصل على الترخيص؟ وكم يكلف؟», how do I
    get the licence and what does it cost?, got "no price" and then the labour-market course, Komvux's free courses and
    aktivitetsstöd, none of them a way to the pharmacist's licence): the cost, then one short line on money at most.
    A free labour-market course of the occupation found: it and its terms, with aktivitetsstöd paid during it (and
    Komvux's free courses when other work wished for is work Komvux's vocational training leads to); none:
    the sources' silence on the price, with Komvux's free courses only for work Komvux's vocational training leads to
    (and nothing on the labour-market course nor its aktivitetsstöd, which no course of the work stands behind)."""
    if not price_only(state):
        return set()
    from assistant.course_places import KOMVUX_ROUTE
    from assistant.routes import routes

    focus, komvux = _in_view(state, rt), routes(rt).get(KOMVUX_ROUTE)
    trades = tuple(komvux.ssyk) if komvux is not None else ()
    if any((ev.facts.get("education_type") or ev.kind) == _AUB for ev in _focus_courses(state, rt)):
        # (Komvux's free courses still, for other work wished for that Komvux's vocational training leads to: "cleaner
        # or child minder maybe", then "do I pay for the training?" – the cleaning course and Komvux; cost14 sv)
        return set() if trades and _wished_besides(state, focus, trades) else {"komvux_avgiftsfri"}
    skip = {"arbetsmarknadsutbildning", "af_program_ersattning"}
    code = focus.ssyk_code if focus is not None else None
    if not code or not trades or not code.startswith(trades):
        skip.add("komvux_avgiftsfri")
    return skip


def _wished_besides(state: TurnState, focus: Focus | None, trades: tuple[str, ...]) -> bool:
    """The person wishes for work of one of the SSYK groups ``trades`` named apart from the occupation in focus (not a
    second reading of the same word: «lokalvårdare» is also Hemstädare)."""
    wishes = [w for w in state.profile.wishes if w.concept is not None and w.kind == "occupation"]
    said = {w.span.quote for w in wishes if focus is not None and w.concept is not None and w.concept.id == focus.id}
    return any(w.span.quote not in said and (w.ssyk_code or "").startswith(trades)
               for w in wishes if focus is None or w.concept is None or w.concept.id != focus.id)


def say_price_alone(state: TurnState, rt: Runtime) -> bool:
    """A price question whose every money line was left out (:func:`price_skip`): the price alone, or plainly that the
    sources give none (the pharmacist's licence)."""
    if not price_only(state):
        return False
    at = len(state.facts)
    say_free_courses(state, rt)
    return len(state.facts) > at


def asks_study_work(asked: str) -> bool:
    """The question part asks about studying beside a job (intents.yaml ``study_work_ask``)."""
    # ("What can I work with while I study Swedish?" asks for work: suggestions, not study beside a job)
    return (has("study_work_ask", asked) or quits_to_study(asked)) \
        and ("?" in asked or "؟" in asked or has("question", asked)) and not has("wh_work", asked)


def quits_to_study(asked: str) -> bool:
    """"Must I quit my job (to study)?", a study word in the same question part (study18, rater17 conv2: «ma inaan
    shaqada joojiyaa?»): study leave by law and studying beside the job answer it."""
    return has("quit_job", asked) and has("quit_study", asked)


def keeps_job(state: TurnState, asked: str) -> bool:
    """"Must I quit my job / can I keep it?" asked while studies or CSN are named anywhere in the person's message
    (the question often stands apart: «CSN ma heli karaa …? Shaqada … ma joojiyaa mise waan sii wadi karaa?»)."""
    if not (has("quit_job", asked) or has("keep_job", asked)) or has("wh_work", asked):
        return False
    if not ("?" in asked or "؟" in asked or has("question", asked)):
        return False
    said = next((m.content for m in reversed(state.request.messages) if m.role == "user" and m.content), state.text)
    return any(has(group, f"{said} {state.text}") for group in ("quit_study", "study_verb", "study_marker", "scope_csn"))


def _focus_courses(state: TurnState, rt: Runtime) -> list[Evidence]:
    """The courses the courses answer would give this person for the occupation in focus (or the first one the
    conversation showed), where they live."""
    focus = _in_view(state, rt)
    if focus is None:
        return []
    scratch = state.model_copy(update={"facts": [], "evidence": [], "presented": [], "action": "courses",
                                       "place": state.place or course_place(state, rt)})
    plan_courses(scratch, rt, focus)
    return [ev for ev in scratch.evidence if ev.type in ("course", "programme")]


def _in_view(state: TurnState, rt: Runtime) -> Focus | None:
    """The occupation in focus, the first one shown, else the one the latest answer was about: a whole cost question
    clears the turn's focus (assistant/scope.py), and "how much does it cost?" after the way back to the bus asks it of
    the bus (slips17, rater29 ar c01 T2: the free D-licence course in his town went unnamed)."""
    from assistant.earlier_answers import previous_focus

    return state.focus or (state.presented[0] if state.presented else None) or previous_focus(state, rt)


def say_free_courses(state: TurnState, rt: Runtime) -> None:
    """The labour-market courses for the occupation in focus: free, and where (cited to Arbetsförmedlingen's page)."""
    free = [ev for ev in _focus_courses(state, rt) if (ev.facts.get("education_type") or ev.kind) == _AUB]
    focus = _in_view(state, rt)
    if not free and focus is not None and price_only(state):
        # no free course found: plainly that the sources give no price, before what is free in general (slips17)
        at = next((i for i, f in enumerate(state.facts) if f.key == "rights.cost_lead"), len(state.facts))
        name = sv_title(focus.label, "occupation")
        # a licence said in this answer: its authority is asked what the licence costs (courses18: a pharmacist)
        lic = next((e for e in state.evidence if e.kind == "regulated_profession" and e.facts.get("authority")
                    and e.facts.get("requirement") != "title_protected"), None)
        state.facts.insert(at, Fact(key="cost.no_price", params={"occupation": name}) if lic is None else Fact(
            key="cost.no_price_licence", source=lic.doc_id,
            params={"occupation": name, "authority": str(lic.facts["authority"])}))
    for ev in free[:MAX_COURSES]:
        ev = state.add_evidence(ev)
        state.say("rights.cost_free_course", ev.doc_id, bullet=True, title=sv_title(ev.title, edu_kind(ev)),
                  place=str(ev.facts.get("place") or "").split(",")[0].strip() or "–")


def say_flexible_courses(state: TurnState, rt: Runtime) -> None:
    """The courses for the occupation in focus that are given at a distance (study where and when the job allows)."""
    flexible = [ev for ev in _focus_courses(state, rt) if ev.facts.get("distance")]
    for ev in flexible[:MAX_COURSES]:
        ev = state.add_evidence(ev)
        state.say("rights.study_work_course", ev.doc_id, bullet=True, title=sv_title(ev.title, edu_kind(ev)))
