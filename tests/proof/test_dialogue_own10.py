"""Realistic directions when one's own trade has few jobs where one lives, and no manager's post for someone who has
not led (the counsellor's ninth rating, conv1 and conv4).

- A tailor of many years lives where the trade has almost no ads (Umeå: one tailor's ad in Västerbotten in a year)
  and asks whether he can work as a tailor there: his trade is shown, and beside it starting his own business,
  cited: Arbetsförmedlingen's start-up support (route:starta_eget, Arbetsförmedlingen decides), free advice
  (route:nyforetagarcentrum) and registering at verksamt.se (route:verksamt).
- An assistant nurse in Stockholm, where care has many ads, hears of no business route.
- A pharmacist newly arrived asks what she can work with now, naming apotekstekniker: no manager's or supervisor's post
  (SSYK 1, or a group of leaders such as "Säljande butikschefer"), where «Apotekschef» was offered as "close to your
  experience".
Through the real FastAPI app over the shared test store; the sentences live in phrases/dialogue_own10.yaml.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from retrieval.manager_posts import manager_post
from tests.dialogue_support import ALL, groups, route_ids, said

TAILOR, CARE = said("own10_tailor_far_north"), said("own10_care_in_stockholm")
PHARMACIST, NOW = said("own10_new_pharmacist"), said("own10_pharmacist_now")
BUSINESS = {"route:starta_eget", "route:nyforetagarcentrum", "route:verksamt"}


@pytest.mark.parametrize("locale", ALL)
def test_a_tailor_where_tailors_have_few_ads_hears_of_his_own_business(person, locale):
    body = person.say(TAILOR[locale])
    assert "7531" in groups(body), (locale, body["action"], groups(body), body["answer"][:400])
    assert BUSINESS <= set(route_ids(body)), (locale, route_ids(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_trade_in_demand_gets_no_business_route(person, locale):
    body = person.say(CARE[locale])
    assert body["occupations"], (locale, body["answer"][:300])
    assert not BUSINESS & set(route_ids(body)), (locale, route_ids(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_no_managers_post_for_a_newly_arrived_professional(person, locale):
    for body in (person.say(PHARMACIST[locale]), person.say(NOW[locale])):
        managers = [o["label"] for o in body["occupations"] if manager_post(SimpleNamespace(**o))]
        assert not managers, (locale, body["action"], managers, body["answer"][:400])
