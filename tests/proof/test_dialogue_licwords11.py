"""The driving licence named in a person's own words is the driving licence, also beside a licensed trade (rater27
class 1, the driving-licence part).

Rater27 C2 (uk): an electrician from Ukraine asked «А моє українське посвідчення водія тут діє?» (is my Ukrainian
driving licence valid here?) and «Чи можу я водити машину в Швеції з українськими правами?» (can I drive here with my
Ukrainian licence?) and got the electrician's Elsäkerhetsverket authorisation twice: only the Swedish word "körkort"
worked. C4 (ti): «መንጃ ፍቓድ (körkort) ክወስድ እደሊ፣ ክንደይ ግዜ ይወስድን ክንደይ ገንዘብን?» (I want to take a driving licence, how
long and how much?) got the carpentry training's length. The licence of the trade in the profile is no driving
licence: the answer cites Transportstyrelsen's driving-licence pages and not the trade's authorisation.
Through the real app over the shared test store; the sentences live in phrases/dialogue_licwords11.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, cited, route_ids, said_all

ELECTRICIAN, LICENCE_VALID, DRIVE_WITH, TIME_COST = said_all(
    "licwords11_electrician", "licwords11_licence_valid", "licwords11_drive_with", "licwords11_time_cost")
#: Transportstyrelsen's rules for a licence issued abroad (from an EEA country, elsewhere, Ukraine under protection).
FROM_ABROAD = {"route:korkort_ees", "route:utlandskt_korkort", "route:korkort_tillfalligt_skydd"}
B_LICENCE = "route:korkort_b"


def _trade_licence(body: dict) -> list[str]:
    """The regulated professions the answer cites (the electrician's authorisation is no driving licence)."""
    return [c["id"] for c in cited(body, "regulated_profession")]


@pytest.mark.parametrize("question", ["licence_valid", "drive_with"])
@pytest.mark.parametrize("locale", ALL)
def test_a_licence_from_home_asked_beside_a_licensed_trade_gets_the_driving_rules(person, locale, question):
    """C2 T2/T3: "is my licence from home valid here?", "can I drive here with it?" after the electrician's question."""
    person.say(ELECTRICIAN[locale])
    body = person.say((LICENCE_VALID if question == "licence_valid" else DRIVE_WITH)[locale])
    ids = route_ids(body)
    assert FROM_ABROAD & set(ids), (locale, body["action"], ids, body["answer"][:600])
    assert not _trade_licence(body), (locale, _trade_licence(body), body["answer"][:600])


@pytest.mark.parametrize("locale", ALL)
def test_how_long_and_what_a_driving_licence_costs_is_the_b_licence(person, locale):
    """C4 T4: "I want to take a driving licence, how long and how much?" got the trade's training length."""
    person.say(ELECTRICIAN[locale])
    body = person.say(TIME_COST[locale])
    ids = route_ids(body)
    assert B_LICENCE in ids, (locale, body["action"], ids, body["answer"][:600])
    assert not _trade_licence(body), (locale, _trade_licence(body), body["answer"][:600])
