"""Questions outside the sources: residence and work permits, CSN study support, how SFI is run.

None of the sources answers them, and the words left in such a question ("partner visa", "evenings")
are no occupation, so without this step they ended in "I could not find the occupation «…»". The
honest answer is that the assistant cannot answer that, and which authority can (its official start
page). For SFI the curated route document does say that SFI is free and that one signs up with the
municipality: that part is answered from it, with its citation.

- asked alone (the turn found no occupation to answer about), the answer is only this
  (action ``outside_scope``);
- asked beside a question the turn did answer ("salary for a tester? and can I work on my partner
  visa?"), the authority is named after that answer.

Only the question part of the message is read: "I came on a partner visa. Is there demand for
testers?" asks nothing about the visa.
"""
from __future__ import annotations

from assistant.asked_beside import answer_driving_licence, paid_learning_beside, said_before
from assistant.asked_cards import vetting_beside
from assistant.certificates import answer_certificates, asked_certificates
from assistant.csn_age import asks_at_age
from assistant.durations import asks_duration
from assistant.evidence import sv_title
from assistant.focus import question_part
from assistant.intent_cues import has
from assistant.interpretation.refused_form import refused_forms
from assistant.komvux_age import say_komvux_age
from assistant.rights import WHOLE_QUESTION, asked_of, csn_decides, money_while_studying, plan_rights, rights_topics
from assistant.rights_each import each_paragraph, in_order_asked, rights_part
from assistant.route_conditions import applies
from assistant.routes import evidence_of, route_gloss, route_wording, routes
from assistant.state import Focus, TurnState
from assistant.study_side import say_study_side
from assistant.too_late import not_too_late
from assistant.unread_question import clarify_unread
from assistant.validation_asked import answer_validation
from vagledning.domain.runtime import Runtime

#: Topic -> the authority's official start page (named in the localized sentence ``scope.<topic>``).
START_PAGES = {
    "migration": "https://www.migrationsverket.se/",
    "csn": "https://www.csn.se/",
    "sfi": "https://utbildningsguiden.skolverket.se/",
    "support": "https://arbetsformedlingen.se/",
    "recognition": "https://www.uhr.se/",
}
#: The curated route (ingest/data/education_routes.yaml) of UHR's assessment of an education from abroad, cited by
#: the recognition answer.
RECOGNITION_ROUTE = "uhr_bedomning"
#: UHR's page on who may apply, said to someone with temporary protection (assistant/route_conditions.py).
PROTECTION_UHR = "uhr_tillfalligt_skydd"
#: A rights topic asked of a store without its pages: the authority's start page it falls back to.
_WITHOUT_PAGES = {"rehab": "support", "sfi_protection": "sfi"}
#: Turns that found nothing to answer: an out-of-scope question replaces them.
_UNANSWERED = ("unknown_occupation", "which_occupation")
#: Turns that only ask about the person: the out-of-scope answer goes before their question.
_ASKING = ("ask", "greet")
#: Answers a question about finishing the gymnasium as an adult was misread as ("… svenska 3?" is a school
#: subject, not the language; "I mean Komvux" is no request for more occupations): that question replaces them.
_MISREAD_SCHOOL = ("swedish", "courses", "more", "nothing_more")
#: The curated route (ingest/data/education_routes.yaml) of Komvux, where adults finish the gymnasium.
KOMVUX_ROUTE = "komvux"
#: The curated route of Komvux's vocational training (yrkesvux), for a question about Komvux itself.
KOMVUX_VOCATIONAL = "komvux_yrke"


def topics(text: str) -> list[str]:
    """The out-of-scope topics the question part of ``text`` asks about, in a fixed order."""
    asked = question_part(text)
    found = []
    if has("scope_migration", asked):
        found.append("migration")
    if has("scope_csn", asked):
        found.append("csn")
    if has("scope_sfi", asked) and has("scope_sfi_detail", asked):
        found.append("sfi")
    if has("help", asked) and has("health", text):  # "My knees are bad. Is there any help?"
        found.append("support")
    if has("scope_adult_school", asked):
        found.append("adult_school")
    elif has("komvux_ask", asked) and not found:  # learn9: "finns det komvux i borås för ekonomi?"
        found.append("komvux")
    return found


def answer_outside_scope(state: TurnState, rt: Runtime) -> None:
    """The authority or the rights' pages for what the message asks outside the occupations (below); a question
    nothing read is then asked back, never answered with other occupations (:mod:`assistant.unread_question`)."""
    _answer_outside_scope(state, rt)
    clarify_unread(state)


def _certificate_or_validation(state: TurnState, rt: Runtime) -> bool:
    """A certificate or validation asked about, answered from its cards (True when the answer is that)."""
    from assistant.terms import asked_at_length, say_price_unknown

    # ("What is ID06? … Do I pay for it myself?": the term's card, already said, is the answer: term32)
    term = asked_at_length(state)
    if not term and answer_certificates(state, rt):  # "chainsaw licence? hygiene certificate?": that one (trade11)
        return True
    # "can they test what I can do? validering?": how it works for the trade (routes18); the years card before it
    if answer_validation(state, rt) or _recognition_with_years(state):
        _years_first(state, rt)
        if term:  # "what is validering? who pays?": the price the cards do not state (term32)
            say_price_unknown(state, state.term or "")
        return True
    return False


def _term_priced(state: TurnState, found: list[str]) -> bool:
    """"What is YKB? … what does it cost?": the term's cards answer, its price said with them (term32)."""
    return bool(state.term) and state.action == "what_is" and set(found) <= {"cost"}


def _answer_outside_scope(state: TurnState, rt: Runtime) -> None:
    """Name the authority for each out-of-scope topic asked (see the module docstring); a question about rights,
    money or support is answered from that authority's pages (:mod:`assistant.rights`)."""
    not_too_late(state, rt)  # "can I still become X, or is it too late?": no, before the way in (route17)
    say_study_side(state)  # "what work can I do while I study SFI?": work that fits beside studies first (money19)
    if _certificate_or_validation(state, rt):
        return
    answer_driving_licence(state, rt)  # "behövs körkort?" is the B licence, no licence to practise (ask14)
    rights = rights_topics(state)
    found = topics(state.text)
    # sick leave and help: the rehabilitation answer names Arbetsförmedlingen's support; SFI with temporary
    # protection: the right to SFI, not how it is run; a work permit after a job loss: its card (knows26)
    found = [t for t in found if not (t == "support" and "rehab" in rights or t == "sfi" and "sfi_protection" in rights
                                      or t == "migration" and "permit_job_loss" in rights)]
    found += [t for t in rights if t not in found]
    found, several = in_order_asked(found, rights)  # several rights: in the order asked (second24)
    if "komvux" in found and len(found) > 1:  # "CSN for Komvux?", "paid while learning at Komvux?": that question
        found.remove("komvux")
    if not found or _term_priced(state, found):
        return
    before, after = list(state.facts), []
    # Paid care and SFI with temporary protection are the whole question; sick leave told beside "what work?" is
    # not, and its support is said after the suggestions unless they were a misreading.
    # A laid-off worker's transition support is the whole question when he names it ("omställningsstudiestöd?").
    whole = [t for t in rights if t in WHOLE_QUESTION and (t not in ("rehab", "transition") or state.action in _ASKING
             or _misread_school(state) or t == "transition" and has("transition_ask", asked_of(state.text)))
             and not (t == "cost" and state.action in ("licence", "recognition"))  # (then the cost after the way)
             and not vetting_beside(t, state)]  # (guard33: the way in asked leads, the vetting of an offence told after)
    if "paid_learning" in whole and paid_learning_beside(state, rt):  # "lärling? what do you do at work?" (ask14)
        whole.remove("paid_learning")  # the other answer first, the routes after it – or not again when said before
        if said_before(state, rt):
            found.remove("paid_learning")
    # "Is SFI free, can I study evenings?" reads as a courses question too: SFI is what it asks about. time15: "can I get
    # money from CSN if I study?" («lacag ma ka heli karaa CSN») is study money, never an occupation's salary.
    if state.action in _UNANSWERED or (state.action == "courses" and "sfi" in found) \
            or ("adult_school" in found and _misread_school(state)) \
            or ("komvux" in found and _misread_school(state) and state.action != "courses") \
            or ("csn" in rights and _misread_school(state) and (state.action != "courses" or state.focus is None)) \
            or ("csn" in rights and state.action == "salary" and (has("money_word", question_part(state.text))
                                                                   or money_while_studying(asked_of(state.text), state.text))) \
            or ("csn" in rights and state.action in ("salary", "courses") and asks_at_age(question_part(state.text))) \
            or ("csn" in rights and state.action == "courses" and money_while_studying(asked_of(state.text), state.text)) \
            or (whole and state.action not in _ASKING):
        # "how long does it take, and what does it cost?": the lengths stay, the cost follows (costtime13)
        # (route17: with the licence steps the lengths point to - "the steps above" - never without them)
        # money19: a certificate asked about ("truckkort: how long, what does it cost?") stays cited beside the cost
        # partial14: "how many years? can I study while I work?" – the lengths stay beside studying and working too
        lengths = bool({"cost", "study_work"} & set(whole)) and asks_duration(state)
        certs = {c.doc_id for c in asked_certificates(state, rt)}
        # (second26: also beside a right that is no whole question – "where can I learn it? do they pay meanwhile?")
        beside = parts_beside(state, whole or rights)  # "what does X earn? and can I work and study at once?": both
        before = [f for f in before if lengths and f.key.startswith(("duration.", "licence.step")) or f.source in certs
                  or f in beside]
        if beside:  # (the first question's answer and its occupation stay; the parts the rights answer replaces go)
            state.parts = [state.action, "rights"]
            # (second26: a list of work asked beside the right keeps its cards: "which office jobs? and a-kassa?")
            state.presented[:] = [p for p in state.presented if state.focus is not None and p.id == state.focus.id
                                  or state.action in ("suggest", "more")]
        else:
            state.presented.clear()
            state.unresolved = None
            state.focus = None if whole and not lengths else state.focus  # (the lengths' occupation: its cost, parts19)
            state.action = "rights" if whole else "outside_scope"
    elif state.action in _ASKING:
        # The message asked this and nothing we answer: the answer comes first, then the question
        # about the person (or the thanks for what the message told).
        # ("how long is the training and what does it cost?" read as a greeting: the lengths first, in the order asked,
        # and no question about the person after them – parts19)
        said_lengths = [f for f in before if f.key.startswith("duration.")] if "cost" in whole and asks_duration(state) \
            else []
        before, after = said_lengths, ([] if said_lengths else before)
        state.action = "rights" if whole else "outside_scope"
    state.facts[:] = before  # an occupation answer beside it stays first
    start = len(state.facts)
    answered = False  # a rights topic answered from its authority's pages
    starts = []
    for topic in found:
        starts.append(len(state.facts))
        if topic == "sfi" and "sfi" not in refused_forms(state.profile):  # ("ما بدي SFI": refused; circum25)
            table = routes(rt)
            if "sfi" in table:
                ev = state.add_evidence(evidence_of(table["sfi"]))
                state.say("route.sfi", ev.doc_id, title=sv_title(ev.title, route_gloss(ev)))
        if topic in ("adult_school", "komvux"):
            say_adult_school(state, rt, vocational=topic == "komvux")
            continue
        if topic in rights:
            if plan_rights(state, rt, topic):
                answered = True
                if topic != "csn" or not csn_decides(state):  # (CSN's page: then who decides, CSN's start page – not
                    continue  # when CSN's support was said not to be theirs: csn20)
            topic = _WITHOUT_PAGES.get(topic, topic)  # a store without those pages: the authority at least
            if topic not in START_PAGES:
                continue
        state.say(f"scope.{topic}", url=START_PAGES[topic])
    if answered and state.action == "outside_scope":  # "do they pay me while studying?" answered from CSN's pages
        state.action = "rights"  # is a rights answer, not a question outside what the sources answer (licence21)
    each_paragraph(state, starts[1:] if several else [], start)  # (second24: each right asked its own paragraph)
    if 0 < start < len(state.facts):  # the other question's answer: a paragraph of its own
        state.facts[start] = state.facts[start].model_copy(update={"paragraph": True})
        rights_part(state, answered)  # "how long? do I get CSN meanwhile?": both answered, both in ``parts``
    state.facts.extend(after)


def parts_beside(state: TurnState, whole: list[str]) -> list:
    """The answers of a message's other questions beside the rights question that is a whole question
    (multiq, rater22 class 1: «شكد راتب الـ Tandsköterska بگوتنبرغ؟ وهل أگدر أشتغل … وأدرس بنفس الوقت؟» lost the
    salary to the study-and-work answer): the facts of each part that asks none of the whole topics, when another part
    of the same message asks one; [] otherwise (the rights answer is the whole answer, as before)."""
    from assistant.course_beside import course_facts

    if kept := course_facts(state, whole):  # "money while I study? is there no course here?" (akassa29)
        return kept
    spans = state.part_spans or _one_asked(state)
    if not whole or len(spans) < 2:
        return []
    kept, asks = [], False
    for words, start, end in spans:
        if set(rights_topics(state.model_copy(update={"text": words}))) & set(whole):
            asks = True
        elif start == spans[0][1]:  # (only the first question's own answer: the turn's action and focus stay its own;
            # after what the turn said before its parts, a thanks for what the message told: second26)
            kept.extend(state.facts[start:end])
    return kept if asks else []


def _one_asked(state: TurnState) -> list[tuple[str, int, int]]:
    """The message's questions as parts, when the turn answered only its first ("Swedish courses for economists in
    Umeå? And do I have a right to SFI?", rater23 uk T6: the second question is no part of its own – no follow-up
    intent reads it – so the course answer was replaced by the SFI right): the first question, which the turn's action
    answers, holds the facts, each later one none; [] when the first question asks something else."""
    from assistant.asked_parts import PART_INTENTS
    from assistant.intents import SENTENCE, intent_of

    asked = [s for s in (m.group(0).strip() for m in SENTENCE.finditer(state.text)) if s.endswith(("?", "؟", "፧"))]
    if len(asked) < 2 or state.action not in PART_INTENTS or intent_of(asked[0]) != state.action:
        return []
    return [(asked[0], 0, len(state.facts)), *((words, len(state.facts), len(state.facts)) for words in asked[1:])]


def _recognition_with_years(state: TurnState) -> bool:
    """A recognition answer planned for a message that also asks whether the years of work count (xfail29, routes20
    fa: "do my years count? do I need a paper for hairdressing?"; rater37 replay11 T3, ar): the years card first, the
    recognition answer (the trade's certificate, UHR) after it – never the card alone."""
    return state.action == "recognition" and bool(state.facts) and "years_abroad" in rights_topics(state)


def _years_first(state: TurnState, rt: Runtime) -> None:
    """"Will my years count?" beside a validation answer: UHR's part (the degree) and the employer's (the years) first,
    the validation answer after it in its own paragraph (knows26, rater35 new02)."""
    if "years_abroad" not in rights_topics(state):
        return
    said = len(state.facts)
    if plan_rights(state, rt, "years_abroad") and said:
        state.facts[0] = state.facts[0].model_copy(update={"paragraph": True})
    state.facts[:] = state.facts[said:] + state.facts[:said]


def _misread_school(state: TurnState) -> bool:
    """The turn answered something the question about finishing the gymnasium did not ask: another answer, or
    suggestions the message did not ask for (a question read as a statement about oneself)."""
    from assistant.intents import detect_intent

    return state.action in _MISREAD_SCHOOL or (state.action == "suggest" and detect_intent(state.text) != "suggest")


def say_adult_school(state: TurnState, rt: Runtime, *, vocational: bool = False) -> None:
    """Komvux is where adults finish the gymnasium (its curated route, cited); which courses this person still
    needs the sources do not say: the counsellor at Komvux does. A question about Komvux itself ("is there Komvux
    in Borås for economics?") also gets its vocational training (cited) and where to look: the kommun runs it, in
    the person's own kommun when told, and no diploma is needed to start (learn9, rater9 conv3 T3)."""
    table = routes(rt)
    for key in (KOMVUX_ROUTE, KOMVUX_VOCATIONAL) if vocational else (KOMVUX_ROUTE,):
        if key in table:
            ev = state.add_evidence(evidence_of(table[key]))
            state.say(route_wording(ev), ev.doc_id, title=sv_title(ev.title, route_gloss(ev)))
    if not vocational:
        state.say("scope.adult_school")
    place = next((c.label for c in reversed(state.profile.constraints) if c.kind == "municipality"), None)
    if place:
        state.say("scope.komvux_where_place", place=place)
    else:
        state.say("scope.komvux_where")
    say_komvux_age(state, rt)  # someone under 20: Komvux is from the year one turns 20 (youth8)


def plan_recognition(state: TurnState, rt: Runtime, focus: Focus | None) -> None:
    """"Can my diploma be recognised? Where do I apply?": for a regulated profession the licence route
    (the authority assesses the education as its first step); else UHR's assessment of a foreign education
    (its curated route, cited), after saying that the occupation in focus needs no licence."""
    from assistant.licence_answer import plan_licence
    from assistant.studies_abroad import answer_studies
    from retrieval.relations_regulated import licence_route

    if answer_studies(state, rt, focus):  # studies from abroad, finished or not, and UHR (recog10)
        return
    route = None
    if focus is not None:
        try:
            route = licence_route(focus.id, rt)
        except Exception:  # noqa: BLE001 - no regulated-profession tables: not known to be regulated
            route = None
    if focus is not None and route is not None:
        state.action = "licence"
        state.focus = focus
        state.present(focus)
        plan_licence(state, rt, focus, {})
        if _own_work_unlicensed(state, rt, route.doc_id) or _uhr_asked(state.text):
            _say_uhr(state, rt)  # routes5: a pharmacy assistant's institute diploma is no pharmacist's degree
        return
    if focus is not None:
        state.focus = focus
        state.present(focus)
        state.say("licence.none", occupation=sv_title(focus.label, "occupation"))
        _say_trade_proof(state, rt, focus)
    _say_uhr(state, rt)


def _say_trade_proof(state: TurnState, rt: Runtime, focus: Focus) -> None:
    """The trade's own proof of skill (a trade certificate: the hairdressers' gesällbrev, BYN's yrkesbevis), before
    UHR: years of work in a trade with no licence are shown by the industry's test, not by assessing a school
    education (routes20, rater32 conv11: a hairdresser's ten years in Lebanon got UHR first)."""
    from assistant.routes import occupation_routes, say_route

    for ev in occupation_routes(state, rt, focus.ssyk_code, focus.label):
        if ev.facts.get("route_kind") == "trade_certificate":
            say_route(state, ev)


def _own_work_unlicensed(state: TurnState, rt: Runtime, doc_id: str) -> bool:
    """The person told work they did, none of it in the licensed profession ``doc_id``: the diploma they ask
    about may be for that work (two years at a pharmacy institute, not a pharmacist's degree), which UHR assesses."""
    from retrieval.relations_regulated import licence_routes

    # the work told before this message: "I worked in a pharmacy" beside the diploma question reads as a
    # pharmacist's experience too, and is the very thing in doubt
    told = state.request.profile if state.request.profile is not None else state.profile
    jobs = [e.occupation.id for e in told.experiences if e.occupation.kind == "occupation"]
    if not jobs:
        return False
    try:
        return all(doc_id not in {r.doc_id for r in licence_routes(j, rt)} for j in jobs)
    except Exception:  # noqa: BLE001 - no regulated-profession tables: nothing known either way
        return False


def _uhr_asked(text: str) -> bool:
    """UHR named, or what the degree is worth here, in the question (route29, rater37 new02 T2: a lawyer's "what is my
    Baghdad degree worth? does UHR assess it?"): UHR's assessment is said after the licence route, which alone left
    the question of UHR unanswered."""
    asked = question_part(text)
    return has("uhr_named", asked) or has("diploma", asked) and has("degree_worth", asked)


def _say_uhr(state: TurnState, rt: Runtime) -> None:
    """UHR's assessment of a foreign education, cited from its curated route."""
    uhr = routes(rt).get(RECOGNITION_ROUTE)
    if uhr is None:  # a store built before the route existed: UHR named, uncited
        state.say("scope.recognition", url=START_PAGES["recognition"])
        return
    ev = state.add_evidence(evidence_of(uhr))
    state.say(route_wording(ev), ev.doc_id, title=sv_title(ev.title, route_gloss(ev)),
              url=ev.url or START_PAGES["recognition"])
    who = routes(rt).get(PROTECTION_UHR)  # with temporary protection: yes, they may apply too (route10: rater10 conv3)
    if who is not None and applies(state, who.key):
        ev = state.add_evidence(evidence_of(who))
        state.say(f"rights.{who.key}", ev.doc_id, title=sv_title(ev.title, route_gloss(ev)))
