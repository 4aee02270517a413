"""Licence and recognition routes that are right, with the authority that decides (rater 9, 2.2/5).

The counsellor's findings: a forklift card ("truckkort") was answered as a lorry driver's YKB and C/CE licence at
Transportstyrelsen, and the Somali word for "costs" was reported as an occupation not found; "taxiförarlegitimation"
ended a right answer with "could not find the occupation"; "how can i get swedish nurse licence?" got "could not find
the occupation «nurse»"; a pharmacist from Syria was given «Validering» as the receptarie's route and UHR as the
assessor of her degree. Now: the forklift card is Truckförare's route (a course and the employer's permit under
Arbetsmiljöverket's rules, no driving licence); a licence word names its occupation and a price word none; the nurse
gets Socialstyrelsen's licence route; a licensed profession is never reached by validation, and its degree is not
sent to UHR. Through the real app over the shared test store, in all 8 languages.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, cited, route_ids, said_all, shown_ids, wording_start

FORKLIFT, TAXI_WORD, NURSE, PHARMACIST, COST = said_all("route9_forklift_card", "route9_taxi_licence_word",
                                                         "route9_nurse_licence", "route9_pharmacist_abroad",
                                                         "route9_what_it_costs")
TRUCKFORARE, DISTRIBUTION, TAXI = "GQSf_fnq_kjF", "JEhg_Dmh_mzv", "ZS86_sdx_bx5"
NURSE_ID, APOTEKARE, RECEPTARIE = "bXNH_MNX_dUR", "pAdE_uVY_JrR", "rp67_sqK_cLB"
UNANSWERED = ("unknown_occupation", "which_occupation")


def _answered(body: dict, locale: str) -> None:
    """The question is answered, and no word around it is reported as an occupation not found."""
    assert body["action"] not in UNANSWERED, body["answer"]
    assert wording_start(locale, "unknown_occupation") not in body["answer"], body["answer"]


def _authorities(body: dict) -> str:
    """The titles of the cited regulated-profession documents ("Taxiförare – Taxiförarlegitimation (Transportstyrelsen)")."""
    return " ".join(c["title"] for c in cited(body, "regulated_profession"))


@pytest.mark.parametrize("locale", ALL)
def test_a_forklift_card_is_the_truck_drivers_course_never_a_lorry_licence(person, locale):
    body = person.say(FORKLIFT[locale])
    _answered(body, locale)
    assert TRUCKFORARE in shown_ids(body) and DISTRIBUTION not in shown_ids(body), body["answer"]
    assert "route:truckkort" in route_ids(body), body["answer"]
    titles = " ".join(c["title"] for c in body["citations"])
    assert "Transportstyrelsen" not in titles and "YKB" not in titles, titles


@pytest.mark.parametrize("locale", ALL)
def test_a_licence_compound_names_its_occupation_and_a_price_word_none(person, locale):
    body = person.say(TAXI_WORD[locale])
    _answered(body, locale)
    assert TAXI in shown_ids(body), body["answer"]
    assert "Transportstyrelsen" in _authorities(body), body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_a_nurse_from_abroad_gets_socialstyrelsens_licence_route(person, locale):
    body = person.say(NURSE[locale])
    _answered(body, locale)
    assert shown_ids(body)[:1] == [NURSE_ID], body["answer"]
    assert "Socialstyrelsen" in _authorities(body), body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_a_pharmacist_from_abroad_is_never_sent_to_validation_or_uhr(person, locale):
    body = person.say(PHARMACIST[locale])
    assert {APOTEKARE, RECEPTARIE} & set(shown_ids(body)), body["answer"]
    assert "route:validering" not in route_ids(body), body["answer"]
    assert "route:uhr_bedomning" not in route_ids(body) and "UHR" not in body["answer"], body["answer"]
    authorities = _authorities(body)
    assert not authorities or "Socialstyrelsen" in authorities, authorities


@pytest.mark.parametrize("locale", ALL)
def test_what_the_card_costs_asked_next_names_no_occupation(person, locale):
    body = person.say(FORKLIFT[locale], COST[locale])
    _answered(body, locale)
    assert DISTRIBUTION not in shown_ids(body), body["answer"]
