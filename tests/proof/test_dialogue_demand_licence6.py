"""A demand answer names the licence the work requires (rater23 so T2: "can I get taxi work?" from a taxi driver
trained abroad got the ads of the county and nothing of the taxi licence, which a counsellor says at once).

Through the real app over the shared test store, in all 8 languages: the answer gives the demand (the ads statistics,
cited) and the licence the occupation requires with its authority, cited to the regulated-profession source. The
sentences live in phrases/dialogue_demand_licence6.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, cited, said_all

STORY, WORK_HERE = said_all("demand_licence6_taxi_story", "demand_licence6_taxi_work_here")


@pytest.mark.parametrize("locale", ALL)
def test_is_there_taxi_work_names_the_taxi_licence_beside_the_demand(person, locale):
    person.say(STORY[locale])
    body = person.say(WORK_HERE[locale])
    licences = [c for c in cited(body, "regulated_profession") if "taxi" in (c.get("title") or "").casefold()]
    assert licences, (locale, body["action"], [c.get("title") for c in body["citations"]], body["answer"])
    assert cited(body, "statistics"), (locale, body["action"], body["answer"])  # the demand itself is still answered
    assert "Transportstyrelsen" in body["answer"], (locale, body["answer"])
