"""Opening one's own shop is starting a business, in every language (rater23 class 5, so T3).

The counsellor's finding: a former shopkeeper and taxi driver asking "I want to open my own shop, what do I need?"
(«waxaan rabaa inaan furo dukaan aniga iska leh») got shop-assistant jobs ("the job you want") and nothing on starting
a business. Now, after his story, the question is answered from the curated business routes, each cited: verksamt.se
(registering the company, F-skatt), Arbetsförmedlingen's start-up support and Nyföretagarcentrum's free advice.
Through the real app over the shared test store; the sentences live in phrases/dialogue_topics23.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all

STORY, OPEN_SHOP = said_all("topics23_shopkeeper_story", "topics23_open_own_shop")
BUSINESS = {"route:verksamt", "route:starta_eget", "route:nyforetagarcentrum"}


@pytest.mark.parametrize("locale", ALL)
def test_opening_ones_own_shop_is_answered_with_the_business_routes(person, locale):
    body = person.say(STORY[locale], OPEN_SHOP[locale])
    ids = set(route_ids(body))
    assert body["action"] == "rights", (locale, body["action"], body["answer"])
    assert BUSINESS <= ids, (locale, ids, body["answer"])


HAD_SALON = said_all("topics23_had_salon_work_as")[0]


@pytest.mark.parametrize("locale", ALL)
def test_a_business_had_abroad_beside_a_way_into_work_is_no_business_question(person, locale):
    """"I had my own salon; what do I need to work as a hairdresser here?" asks the way into the work."""
    body = person.say(HAD_SALON[locale])
    assert not BUSINESS & set(route_ids(body)), (locale, route_ids(body), body["answer"])
