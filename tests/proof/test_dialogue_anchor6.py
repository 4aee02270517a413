"""The licence asked decides the route (anchor6, rater23 class 2: an answer attached to the wrong occupation).

Rater23 (so T2): a Somali taxi driver without a Swedish licence asked how to get one and what it costs, and got the
lorry driver's YKB (C/CE, 280 hours of training), because his word for "driver" linked a lorry driver. Now, in all 8
languages, a question how to get a driving licence that names no lorry or bus is answered with the B licence
(Transportstyrelsen's learner's permit, the risk education, the tests at Trafikverket and their fees), and for a taxi
driver the taxi licence, which asks for a B licence, follows with its steps; the lorry driver's YKB route is never given.
Milder (fa T5, uk T3): a word the curated lexicon reads as several occupations ("tailor": «Skräddare» and
«Industrisömmerska»; "accountant": «Redovisningsekonom» and the assistant) was answered for the second when the person's
own work had been read as both: the occupation closest to the words used, the entry's first, is the answer's.
Through the real app over the shared test store; the sentences live in phrases/dialogue_anchor6.yaml.
"""
from __future__ import annotations

import pytest

from assistant.composers.glossary import plain_numbers
from tests.dialogue_support import ALL, cited, route_ids, said_all

TAXI, GET_B, TAILOR, TAILOR_PAY, ACCOUNTANT, DIPLOMA = said_all(
    "anchor6_taxi_story", "anchor6_get_b_licence", "anchor6_tailor_story", "anchor6_tailor_salary",
    "anchor6_accountant_story", "anchor6_accountant_diploma")
#: "I have no driving licence. Is that a problem if I want to be a carpenter?" (mendD21's situation).
NO_LICENCE_CARPENTER = said_all("mendD21_no_licence_problem")[0]
B_LICENCE = "route:korkort_b"
TAXI_LICENCE, LORRY_LICENCE = "regulated:taxiforare", "regulated:yrkesforare"
#: The authorities' fees the B route gives: the knowledge test and the driving test at Trafikverket (daytime).
FEES = ("325", "800")
#: The hours of the YKB's basic training, which the lorry driver's route gives.
YKB_HOURS = "280"


@pytest.mark.parametrize("locale", ALL)
def test_a_taxi_driver_asking_how_to_get_a_driving_licence_gets_the_b_licence_and_the_taxi_licence(person, locale):
    person.say(TAXI[locale])
    body = person.say(GET_B[locale])
    ids = route_ids(body)
    regulated = [c["id"] for c in cited(body, "regulated_profession")]
    assert B_LICENCE in ids, (locale, body["action"], ids, regulated, body["answer"][:600])
    numbers = plain_numbers(body["answer"])
    # never the lorry driver's YKB route (C/CE, 280 hours of basic training)
    assert LORRY_LICENCE not in regulated and YKB_HOURS not in numbers, (locale, regulated, body["answer"][:600])
    assert TAXI_LICENCE in regulated, (locale, regulated, body["answer"][:600])  # his own work's licence beside it
    assert all(fee in numbers for fee in FEES), (locale, body["answer"][:800])  # what it costs, as asked


def _first_label(body: dict) -> str | None:
    return body["occupations"][0]["label"] if body["occupations"] else None


@pytest.mark.parametrize("locale", ALL)
def test_a_driving_licence_told_beside_other_work_names_no_lorry_driver(person, locale):
    """so/fa «liisanka darawalka», «لایسنس رانندگی»: the driver word of a told licence linked a lorry driver, and the
    licence sentence's occupation (assistant/licence_asked.py) made the YKB route the answer about a carpenter."""
    body = person.say(NO_LICENCE_CARPENTER[locale])
    regulated = [c["id"] for c in cited(body, "regulated_profession")]
    assert LORRY_LICENCE not in regulated, (locale, body["action"], regulated, body["answer"][:400])


@pytest.mark.parametrize("locale", ALL)
def test_a_seamstress_asking_what_a_tailor_earns_hears_the_tailors_salary(person, locale):
    person.say(TAILOR[locale])
    body = person.say(TAILOR_PAY[locale])
    assert body["action"] == "salary", (locale, body["action"], body["answer"][:400])
    assert _first_label(body) == "Skräddare", (locale, body["occupations"], body["answer"][:400])


@pytest.mark.parametrize("locale", ALL)
def test_an_accountants_diploma_is_recognised_for_the_accountant_not_the_assistant(person, locale):
    person.say(ACCOUNTANT[locale])
    body = person.say(DIPLOMA[locale])
    assert _first_label(body) == "Redovisningsekonom", (locale, body["action"], body["occupations"], body["answer"][:400])
