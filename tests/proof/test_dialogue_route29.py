"""A follow-up is answered by the card of ITS OWN question (route29; issue 10, rater37 class 2: "for a lorry C do I need
B first, yes or no?" got omställningsstudiestöd and "CSN decides, ask CSN"; "can I study undersköterska in the evening
or at a distance?" got the occupation's working hours; "what is my Baghdad degree worth? does UHR assess it?" got how
Swedish is learnt or, in Persian, the salary; "I didn't ask about CSN!! my friend says B first for C. Is it true?" got
"my sources say nothing more").

In all 8 languages, through the real app over the shared test store (sentences in phrases/dialogue_route29.yaml):
- the licence classes asked (B before C): Transportstyrelsen's page on the ages and the B base, never a study support;
- the study's form asked (evenings, distance) after a wish to become an assistant nurse: the courses, with the course
  taken at a distance said as one – never the work's hours;
- a degree from abroad, its worth here and UHR asked: UHR's assessment cited, never the Swedish, salary or a clarify;
- "I didn't ask about CSN!!" with the licence question again (its claim in the sentence before "is it true?"): the
  licence page, and no card of CSN or of any other study support.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all, wording_literal, wording_start

LORRY, B_BEFORE_C, NOT_CSN, CARER, STUDY_FORM, LAWYER, DEGREE_WORTH = said_all(
    "route29_lorry", "route29_b_before_c", "route29_not_csn", "route29_carer", "route29_study_form",
    "route29_lawyer", "route29_degree_worth")
#: Transportstyrelsen's page: B is the base for the heavy classes, and the ages for practising.
LICENCE_CARD = "route:ovningskorning_alder"
#: Cards of student money: never the answer to a licence question ("I didn't ask about CSN!!").
MONEY_CARDS = ("studiemedel", "omstallning", "csn", "aktivitetsstod", "af_program")


def _more_than_a_deflection(locale: str, answer: str) -> None:
    """Not only "X decides: ask X" nor "my sources say nothing more"."""
    start = wording_start(locale, "insist.decides_yours", 12)
    rest = answer.split(start)[0] if start and start in answer else answer
    assert len(rest.strip()) > 80, (locale, answer)
    assert wording_start(locale, "followup.beyond_sources", 12) not in answer, (locale, answer)


@pytest.mark.parametrize("locale", ALL)
def test_licence_classes_asked_get_the_licence_page(person, locale):
    person.say(LORRY[locale])
    body = person.say(B_BEFORE_C[locale])
    ids = route_ids(body)
    assert LICENCE_CARD in ids, (locale, body.get("action"), ids, body["answer"][:400])
    assert not [r for r in ids if any(m in r for m in MONEY_CARDS)], (locale, ids)
    _more_than_a_deflection(locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_study_form_asked_gets_the_courses_with_the_distance_course(person, locale):
    person.say(CARER[locale])
    body = person.say(STUDY_FORM[locale])
    answer = body["answer"]
    assert body.get("action") == "courses", (locale, body.get("action"), answer[:400])
    assert "SSYK 53" not in answer and "schemalagt arbete" not in answer, (locale, answer[:600])  # (the work's hours)
    distance = (wording_start(locale, "course_place.distance_heading", 12), wording_literal(locale, "courses.item_distance"))
    assert any(d and d in answer for d in distance), (locale, distance, answer)


@pytest.mark.parametrize("locale", ALL)
def test_degree_worth_and_uhr_asked_get_uhrs_assessment(person, locale):
    person.say(LAWYER[locale])
    body = person.say(DEGREE_WORTH[locale])
    assert body.get("action") not in ("swedish", "salary", "clarify", "conditions"), \
        (locale, body.get("action"), body["answer"][:400])
    assert "route:uhr_bedomning" in route_ids(body), (locale, route_ids(body), body["answer"][:600])
    _more_than_a_deflection(locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_i_did_not_ask_about_csn_drops_it_and_answers_the_licence(person, locale):
    person.say(LORRY[locale])
    body = person.say(NOT_CSN[locale])
    ids = route_ids(body)
    assert LICENCE_CARD in ids, (locale, body.get("action"), ids, body["answer"][:400])
    assert not [r for r in ids if any(m in r for m in MONEY_CARDS)], (locale, ids)
    _more_than_a_deflection(locale, body["answer"])
