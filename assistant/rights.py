"""Questions about rights, money and support, answered from the pages of the authority that decides (rater 8).

"Can I get CSN for Komvux?", "with temporary protection I can't do SFI?", "can I be paid to care for my mother?",
"I am on part-time sick leave, can Arbetsförmedlingen help me?": the counsellor's finding was "CSN decides",
salary statistics, a Komvux validation route, or no answer at all. Each topic is answered from curated route
documents (``ingest/data/education_routes.yaml``: CSN's studiemedel and omställningsstudiestöd, Skolverket on SFI with
temporary protection, Försäkringskassan on personal assistance and the employer's rehabilitation, the carers' centre
on employment in home care, Arbetsförmedlingen's wage subsidy), each sentence cited, each naming who decides; a yes,
no or "possibly" comes first where the pages give one. Only what the pages say: no amounts.

The topic is read from the question part of the message (:func:`assistant.focus.question_part`), as the other
out-of-scope topics are (:mod:`assistant.scope`); sick leave may be told beside the question ("I am on sick leave.
Can Arbetsförmedlingen help me?").
"""
from __future__ import annotations

from typing import Any

from assistant.asked_cards import AKASSA_TERMS, CARDS, card_lead, card_topics
from assistant.business import ROUTES, asks_business, say_permit_note
from assistant.business_aspects import asks_aspect, say_aspects
from assistant.csn_age import age_told_now, asks_at_age, say_csn_for_age
from assistant.driving_licence import (
    B_ROUTES,
    DRIVING_ROUTES,
    asks_b_licence,
    asks_exchange,
    asks_licence_step,
    occupation_licence,
)
from assistant.employed import TOPICS as EMPLOYED_TOPICS
from assistant.employed import for_employed, has_job_now
from assistant.employer_duty import FUND, asks_employer_duty, sector_funds
from assistant.evidence import sv_title
from assistant.focus import question_part
from assistant.intent_cues import has
from assistant.interpretation.tied_permit import tied_told
from assistant.job_loss import AGB
from assistant.pupil_rights import (
    NATIONAL_ROUTES,
    PUPIL_WORK_ROUTES,
    asks_national_programme,
    asks_pupil_grades,
    limit_first,
    young_work_topic,
)
from assistant.residence import asks_right_to_work, temporary_protection
from assistant.rights_each import each_question
from assistant.rights_skip import (
    INTRO,
    LMA,
    PROTECTED,
    PUPIL_GRANT,
    STUDY_START,
    TILLAGG,
    funds_named,
    said_elsewhere,
)
from assistant.rights_told import OMSTALLNING, worked_years
from assistant.route_conditions import Unmet, unmet, work_here_unsure
from assistant.routes import Route, evidence_of, route_gloss, routes
from assistant.state import TurnState
from assistant.study_money import (
    COST_ROUTES,
    STUDY_WORK_ROUTES,
    asks_cost,
    asks_study_work,
    keeps_job,
    price_skip,
    quits_to_study,
    say_flexible_courses,
    say_free_courses,
    say_price_alone,
)
from assistant.told_terms import asks_level
from vagledning.domain.runtime import Runtime

#: Topic -> (the sentence that answers first, or None; the route keys whose pages answer it, in order).
TOPICS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    # mend21: "may I work here with temporary protection / while I learn Swedish?": the permit's right to work
    "work_protection": (None, ("tillfalligt_skydd",)),
    "csn": (None, (PROTECTED, "sfi_tillfalligt_skydd", LMA, INTRO, PUPIL_GRANT, "studiemedel", STUDY_START, TILLAGG, OMSTALLNING)),
    "sfi_protection": (None, ("sfi_tillfalligt_skydd",)),
    "care": ("rights.care_lead", ("personlig_assistans", "anhoriganstallning")),
    "rehab": ("rights.rehab_lead", ("rehab_arbetsgivare", "af_lonebidrag", OMSTALLNING)),
    # change11: a worn body and "what must my employer do?": the duty of adaptation, the rehabilitation plan, and for
    # a municipal or regional employee the welfare sector's transition fund (assistant/employer_duty.py)
    "employer": ("rights.employer_lead", ("av_arbetsanpassning", "rehab_arbetsgivare", FUND)),
    # learn9: "can I be paid while I learn? lärling? yrkesintroduktion?" (rater9 conv5 T5 got shop jobs)
    "paid_learning": ("rights.paid_lead", ("yrkesintroduktion", "larlingsersattning", "af_program_ersattning",
                                           "komvux_larling",
                                           "studiemedel", TILLAGG)),
    # learn9: a laid-off worker asking about study money or help: CSN's transition support, then the trygghetsråd
    # of his last employer's collective agreement (TSL for workers, TRR for white-collar staff)
    # topics6 (rater23 copilot): beside TSL, the LO agreement's severance grant (AGB) for a laid-off worker of its ages
    "transition": (None, (OMSTALLNING, "tsl_omstallning", AGB, "trr_omstallning")),
    # topics6: "can he get AGB at 58?" (got `clarify`): the grant's own page first, TSL (the same agreement) beside it
    "severance": (None, (AGB, "tsl_omstallning")),
    # topics6: "what happens to the a-kassa if he starts studying?" (got "ask an SYV"): IAF's rule, AF's programmes
    "akassa_study": (None, ("akassa_studier", "af_program_ersattning")),
    # rights20: "can I get a-kassa if I work part time?" (rater32 conv10, three times unanswered): an a-kassa's rule
    "akassa_part_time": ("rights.akassa_part_time_lead", ("akassa_deltid", "a_kassa")),
    # rater34 new03: "A-KASSA: can I get it from february?" (a laid-off engineer, skipped twice): IAF's page
    "akassa": (None, (AKASSA_TERMS, "a_kassa")),  # knows26: the 2025 conditions first ("yes, if …")
    # rights20: "can I study while on 50 % sick leave? FK or AF first?" (rater33 new03): FK first, then the employer
    "sick_study": ("rights.sick_study_lead", ("sjukpenning_studier", "rehab_arbetsgivare")),
    # trade11: "how do I start a company / a food truck?" (rater11 conv2): the business routes (assistant/business.py)
    "business": ("rights.business_lead", ROUTES),
    # costtime13: "what does it cost, who pays?" and "can I study part time beside my job?" (assistant/study_money.py)
    "cost": ("rights.cost_lead", COST_ROUTES),
    "study_work": ("rights.study_work_lead", STUDY_WORK_ROUTES),
    # route13: "I only have B, can I go straight to D?" (rater13 conv4 T5 got lorry jobs; assistant/driving_licence.py)
    "driving": (None, DRIVING_ROUTES),
    # anchor6: "I have no Swedish licence, how do I get one, what does it cost?" (rater23 so T2 got a lorry's YKB)
    "driving_b": (None, B_ROUTES),
    # pupil15: a pupil's work beside school, and what a national programme needs (assistant/pupil_rights.py)
    "pupil_work": ("rights.pupil_work_lead", PUPIL_WORK_ROUTES),
    "young_work": ("rights.young_work_lead", PUPIL_WORK_ROUTES),  # youth25: may I work at all (out of school too)?
    "national_programme": (None, NATIONAL_ROUTES),
    # know24: "what is nystartsjobb?", "how long does UHR take?" (rater34 class 6): assistant/asked_cards.py
    **{topic: (None, keys) for topic, keys in CARDS.items()},
}
#: Topics that are the whole question: what the same words were misread as (salary statistics for "paid to care",
#: courses for "can they pay a course?", shop jobs for "paid while learning") gives way to them.
WHOLE_QUESTION = ("work_protection", "sfi_protection", "care", "rehab", "paid_learning", "transition", "severance",
                  "akassa_study", "akassa_part_time", "akassa", "sick_study", "business", "employer",
                  "driving", "driving_b", "cost", "study_work", "pupil_work", "young_work", "national_programme", *CARDS)
#: (topic, route) -> the sentence that says the route in that topic, where it differs from ``rights.<route>``.
_WORDING = {("paid_learning", "studiemedel"): "rights.paid_studiemedel",
            ("paid_learning", "komvux_larling"): "rights.paid_komvux_larling",
            ("employer", "rehab_arbetsgivare"): "rights.employer_rehab",
            ("cost", "studiemedel"): "rights.paid_studiemedel", ("study_work", "studiemedel"): "rights.paid_studiemedel",
            ("study_work", "komvux_larling"): "rights.paid_komvux_larling",
            ("national_programme", "komvux"): "rights.adult_komvux", ("akassa_part_time", "a_kassa"): "job_loss.akassa",
            ("akassa", "a_kassa"): "rights.akassa_general"}
#: change11: "how much?" beside a support: the route whose page gives its amount (CSN's pages), said right after it.
AMOUNTS = {OMSTALLNING: "omstallning_belopp", "studiemedel": "studiemedel_belopp"}
#: The sentence that says a right is not for this person, by the condition their facts do not meet (route10).
_NOT_FOR_YOU = {"age": "rights.not_for_you_age", "work_in_sweden": "rights.not_for_you_work",
               "short_education": "rights.not_for_you_education", "degree_work": "rights.not_for_you_degree_work"}


def asked_of(text: str) -> str:
    """The question part of ``text`` (:func:`assistant.focus.question_part`), or the whole message when the question
    asks of a support the sentence before named, by a pronoun or "what is": "the union said something about
    omställningsstudiestöd. What is it? Can I get it?" asks about that support (study18, rater17 conv1 T3). "What
    happens if I start studying?" after "I get the a-kassa" asks what the step does to it (sfx8): its "if …" is the
    step, never a course question of its own."""
    from assistant.intents import detect_intent

    asked = question_part(text)
    if asked == text or _names_support(asked) or not _names_support(text):
        return asked
    refers = has("refer_back", asked) or has("what_is", asked)
    return text if refers and detect_intent(asked) == "provide" or has("what_happens", asked) else asked


def _names_support(text: str) -> bool:
    """A study support, study leave or the a-kassa named ("omställningsstudiestöd", "CSN", "studieledighet", "a-kassa")."""
    return has("transition_ask", text) or has("scope_csn", text) or has("rights_csn", text) \
        or has("study_work_ask", text) or has("akassa_ask", text)


def money_while_studying(asked: str, text: str | None = None) -> bool:
    """"Paid / money while I study" (a study word or a school, no wage and no trade named): CSN's student finance,
    not the paid-learning routes ("اكدر اخذ فلوس وانا ادرس", "can I get paid while I study?"; money19). Money asked
    of studies in any words is the same question (csn20, rater18 conv1 T4: "do they give me money while studying?"
    got other occupations), unless it asks for work ("what job gives money while I study?"). How to live, support a
    family or pay one's way (``living_ask``) asked beside studies is the same question (little17, rater29 ar c02 T3
    «وكيف بعيش وانا بدرس؟ عندي ولدين»), the studies named in the question or in the rest of the message ``text``
    ("I want to study. But I have three children. How do I get money to live on?")."""
    living = has("living_ask", asked) and _is_question(asked)
    money = has("paid_while", asked) or (has("money_word", asked) or living) and _is_question(asked) \
        and not has("wh_work", asked)
    studies = has("study_marker", asked) or living and text is not None and has("study_marker", text)
    return money and studies and not has("learn_paid", asked) \
        and not has("wage_word", asked) and not has("trade_word", asked)


def _is_question(asked: str) -> bool:
    return "?" in asked or "؟" in asked or has("question", asked) or has("yes_or_no", asked)  # ("… yes or no": knows26)


def _amount_of_csn(state: TurnState, asked: str) -> bool:
    """"How much would I get?" right after an answer about CSN asks it of CSN (youth21: after CSN's age limits, «but at
    my age, how much would I get?» got "what work have you done?")."""
    if not (has("rights_amount", asked) and _is_question(asked)) or has("wage_word", asked) or has("trade_word", asked) \
            or has("duration", asked) or asks_cost(asked):  # ("how much time does it take?" is no sum: parts10)
        return False  # (nor a price: "what does the bus licence cost?" got CSN's sums and grants, filler24)
    if state.intent == "salary" and state.focus is not None:
        return False  # an occupation's sum asked is its pay (laidoff15: 'what would I earn as X?' after the job-loss steps)
    last = next((m.content for m in reversed(state.history) if m.role == "assistant"), "")
    return "CSN" in last


def rights_topics(state: TurnState) -> list[str]:
    """The rights topics the message asks about, in the order of :data:`TOPICS` – question by question, in the order
    asked, when several questions each ask one (second24: :mod:`assistant.rights_each`)."""
    return each_question(state, _topics_of)


def _topics_of(state: TurnState) -> list[str]:
    text = state.text
    asked = asked_of(text)
    found = ["work_protection"] if asks_right_to_work(state, asked) else []
    akassa = has("akassa_ask", asked)  # (money while studying asked of the a-kassa is the a-kassa's question: topics6)
    akassa = akassa or asks_level(asked, text)  # ("member 14 months. do I get 80 %?": akassa29)
    # (nor is the sick money asked beside sick leave: «… or do I lose my sick money?» is Försäkringskassan's, decide26)
    sick = sick_study(state, asked)
    if has("scope_csn", asked) or has("rights_csn", asked) or money_while_studying(asked, text) and not akassa \
            and not sick or _amount_of_csn(state, asked):
        found.append("csn")
    if has("scope_sfi", asked) and temporary_protection(state):
        found.append("sfi_protection")
    if has("rights_care_person", asked) and has("rights_care_tend", asked) and has("rights_care_paid", asked):
        found.append("care")
    if sick:  # (before the rehabilitation: studying is what it asks)
        found.append("sick_study")
    if has("rights_sick", text) and has("rights_help", asked):
        found.append("rehab")
    if has("learn_paid", asked) or has("paid_while", asked) and not money_while_studying(asked, text):
        found.append("paid_learning")
    if asks_employer_duty(state):
        found.append("employer")
    laid_off = has("laid_off", text)
    if has("transition_ask", asked) or laid_off and ("csn" in found or has("rights_help", asked)):
        found.append("transition")
    if has("severance_ask", asked):
        found.append("severance")
    if akassa and (has("study_marker", asked) or has("study_verb", asked)):
        found.append("akassa_study")
    if akassa and has("part_time_ask", asked):
        found.append("akassa_part_time")
    elif akassa and "akassa_study" not in found and _is_question(asked):  # the a-kassa itself asked of (rater34)
        found.append("akassa")
    if asks_business(asked, text) or asks_aspect(state, asked):  # (shop17: 'and the tax? the language?' after it)
        found.append("business")
    elif asks_cost(asked) and "paid_learning" not in found and not has("scope_sfi", asked):  # (SFI: its own route)
        found.insert(0, "cost")  # what is free first, then what CSN pays (said once: _said_elsewhere)
    young = young_work_topic(state, asked)  # a pupil: no study leave, the rules for a pupil's work (pupil15, youth25)
    if young:
        found.append(young)
    elif (asks_study_work(asked) or keeps_job(state, asked)) and ("paid_learning" not in found or quits_to_study(asked)) \
            and "work_protection" not in found:  # (the right to work answers "work while I learn Swedish?": mend21)
        found.append("study_work")
    if asks_national_programme(asked, text) or asks_pupil_grades(state, asked):
        found.append("national_programme")
    found += card_topics(asked, text, state)  # know24/knows26: the cards asked (assistant/asked_cards.py)
    # A licence told not valid yet ("my licence is not valid in Sweden yet") is the person's situation, not the
    # exchange question: only a question asks it (test_dialogue_people licence_pending).
    # A licence of an occupation named in this message («мої права водія автобуса з Іраку, чи вони дійсні?») is that
    # occupation's licence question (ask4), answered with its regulation and the foreign-licence step – except under
    # temporary protection, whose own licence rule (mend21) that answer does not know.
    named = occupation_licence(state) and not temporary_protection(state)
    if asks_licence_step(asked) or asks_exchange(state, asked) and _is_question(asked) and not named:
        found.append("driving")
    elif asks_b_licence(text, asked, state.language):  # the licence asked decides the route, not the work in view
        found = [t for t in found if t != "cost"] + ["driving_b"]  # (its fees are the licence's, not a course's)
    return found


def sick_study(state: TurnState, asked: str) -> bool:
    """Studying asked beside sick leave named in the same message ("can I study 50 % while on 50 % sick leave?", "does
    it work with my sjukpenning if I study?"): whether studies are allowed then is Försäkringskassan's question."""
    studies = has("study_marker", asked) or has("study_verb", asked)
    return studies and _is_question(asked) and has("rights_sick", state.text)


def plan_rights(state: TurnState, rt: Runtime, topic: str) -> bool:
    """Say what the pages of ``topic`` say, each sentence cited; False when the store has none of them."""
    if topic == "business" and say_aspects(state, rt, asked_of(state.text)):
        return True  # shop17: the aspect of one's own business asked (the books, the language, money, permits)
    lead, keys = card_lead(topic, asked_of(state.text), TOPICS[topic], state)  # (a-kassa "yes or no?": knows26)
    employed = has_job_now(state) and topic in EMPLOYED_TOPICS  # (facts15: transition support and study leave first)
    keys = sector_funds(state, topic, for_employed(state, topic, keys))  # (Omställningsfonden: rights20)
    table = routes(rt)
    skip = said_elsewhere(state, topic) | (price_skip(state, rt) if topic == "cost" else set())  # (courses18)
    found = [table[k] for k in keys if k in table and k not in skip]
    if not found:
        return topic == "cost" and say_price_alone(state, rt)
    named = funds_named(state)
    if topic == "transition" and named:  # "facket sa nåt om TSL, vad är det?": the fund asked about first (rater22)
        found.sort(key=lambda r: r.key not in named)
    elif topic == "national_programme":  # ("too late?", "must I go to school?": the limit first, its verdict before)
        lead = lead or limit_first(state, found)
    if lead:
        state.say(lead)
    if topic == "csn" and asks_at_age(asked_of(state.text)) and say_csn_for_age(state, rt):
        return True  # "does CSN pay someone my age?": for their age (csn20), not the supports again
    if topic == "cost" and not employed:  # the free course already found for the occupation first (rater13 conv4 T3)
        say_free_courses(state, rt)  # (a labour-market course is for registered jobseekers: not for the employed)
    elif topic == "study_work":
        say_flexible_courses(state, rt)
    years = worked_years(state)
    said = {e.doc_id for e in state.evidence}
    for route in found:
        miss = unmet(state, route.key)
        if miss is not None and (route.kind == "support" and not _said_unmet(miss)
                                 or miss.condition not in _NOT_FOR_YOU) or (route.doc_id in said and route.key == TILLAGG):
            continue  # a right only for some (parents, temporary protection): not said to the others, nor twice
        if miss is not None and miss.condition == "work_in_sweden" and topic != "transition":
            continue  # money12: never worked (here) and not asked about it: transition support is not shown at all
        ev = state.add_evidence(evidence_of(route))
        title = sv_title(ev.title, route_gloss(ev))
        key = _wording(state, topic, route.key)
        unsure = route.key == OMSTALLNING and work_here_unsure(state)  # (abroad, informal: never "you probably meet")
        if route.key == OMSTALLNING:
            key = ("rights.omstallning_told" if unsure else "rights.omstallning_likely") if years else "route.study_support"
        figures: dict[str, Any] = {"years": years or 0}
        if miss is not None:  # the person's facts exclude it: said plainly, with the condition (route10)
            key = "rights.studiemedel_young" if route.key == "studiemedel" else _NOT_FOR_YOU[miss.condition]
            figures = {"years": 0, **miss.figures}
        state.say(key, ev.doc_id, title=title, **figures)
        if unsure and (miss is None or miss.condition == "work_in_sweden"):
            state.say("rights.work_here_only")  # abroad10: what CSN usually does not count, and that CSN decides
        if miss is None and _amount_asked(state, topic, route.key):
            _say_amount(state, table.get(AMOUNTS[route.key]))
    if topic == "csn" and age_told_now(state):  # the supports, then where the age told stands (rights20)
        say_csn_for_age(state, rt)
    if topic == "business":
        say_permit_note(state)
    elif topic in ("driving", "driving_b"):  # a taxi driver's licence built on B, the licence's country if unknown
        from assistant.b_licence import after_driving
        after_driving(state, rt, topic)
    elif topic == "national_programme":  # (the pupil's own grades against it, told now or before: limits21)
        from assistant.programme_entry import say_known_grades
        say_known_grades(state, table)
    return True


def _wording(state: TurnState, topic: str, key: str) -> str:
    """The wording of route ``key`` under ``topic``; studiemedel's "yes, usually" never to one who told a residence
    permit tied to someone else's stay: CSN checks that permit first (consist32, rater39 new02 T3)."""
    if key == "studiemedel" and tied_told(state):
        return "rights.studiemedel_tied"
    return _WORDING.get((topic, key), f"rights.{key}")


def csn_decides(state: TurnState) -> bool:
    """"Whether you get it and how much, CSN decides" may close the CSN answer: not when the pages said CSN's support
    is not this person's (temporary protection: csn20, rater18 – "no studiemedel", then "CSN decides how much")."""
    return not temporary_protection(state)


def _said_unmet(miss: Unmet) -> bool:
    """A grant for some ages (studiestartsstöd's 25–60) the person's age falls outside: said to be not for them
    (person17, rater16 conv3). Rules only for the young (Arbetsmiljöverket's for minors, under 18) are no grant and
    are not said to someone older (pupil15: never to a pupil of 19). A grant for a short earlier education
    (studiestartsstöd) to someone who told a longer one: said not to be theirs, with what they told (csn20)."""
    return miss.condition == "age" and bool(miss.figures.get("min")) or miss.condition in ("short_education",
                                                                                            "degree_work")


def _amount_asked(state: TurnState, topic: str, key: str) -> bool:
    """"How much?" asked of this support (transition support only where it is what the question names)."""
    asked = asked_of(state.text)
    # "what is it? can I get it?" of the support named: what it pays and for how long is what it is (study18)
    what_is = key == OMSTALLNING and topic == "transition" and (has("what_is", asked) or has("refer_back", asked))
    if key not in AMOUNTS or not (has("rights_amount", asked) or what_is):
        return False
    return key != OMSTALLNING or topic == "transition" or has("transition_ask", asked)


def _say_amount(state: TurnState, route: Route | None) -> None:
    """The amount as the authority's page states it, cited (change11: "hur mkt får man?")."""
    if route is None:
        return
    ev = state.add_evidence(evidence_of(route))
    state.say(f"rights.{route.key}", ev.doc_id, title=sv_title(ev.title, route_gloss(ev)))
