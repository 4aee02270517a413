"""Proof (rater 7): a licence or a recognition route asked for among other things is named, cited.

- a driver who names bus and warehouse work and asks whether taxi needs its own licence hears of the
  taxiförarlegitimation (Transportstyrelsen), cited from the curated regulated-profession route;
- someone with a diploma from abroad for an occupation that needs no licence (a pharmacy institute) who asks
  whether it counts and where to apply hears of UHR's assessment, cited — never "my sources say nothing more";
- someone asking what a security guard needs hears of Länsstyrelsen's approval, cited.

Through the real FastAPI app over the shared test store, as the widget sends it.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, cited, route_ids, said_all

TAXI, PHARMACY, DIPLOMA, GUARD = said_all(
    "driver_asks_taxi_licence_among_others", "pharmacy_assistant_abroad", "pharmacy_diploma_where_to_apply",
    "what_a_security_guard_needs")


def _licences(body: dict) -> list[str]:
    return [c["title"] for c in cited(body, "regulated_profession")]


@pytest.mark.parametrize("locale", ALL)
def test_taxi_licence_is_named_when_asked_among_other_jobs(person, locale):
    body = person.say(TAXI[locale])
    assert any(t.startswith("Taxiförare") for t in _licences(body)), (body["action"], body["citations"], body["answer"])
    assert "Taxiförarlegitimation" in body["answer"] or "taxi" in body["answer"].casefold(), body["answer"]


# (Somali "where do I send it?" beside the diploma reads as a recognition question since recog10's studies-abroad
# check; it was an expected failure.)
@pytest.mark.parametrize("locale", ALL)
def test_a_diploma_for_unlicensed_work_is_answered_with_uhrs_assessment(person, locale):
    body = person.say(PHARMACY[locale], DIPLOMA[locale])
    assert body["action"] in ("recognition", "licence"), (body["action"], body["answer"])
    assert "route:uhr_bedomning" in route_ids(body), (body["action"], body["citations"], body["answer"])
    uhr = next(c for c in body["citations"] if c["id"] == "route:uhr_bedomning")
    assert f"[{uhr['n']}]" in body["answer"], body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_a_security_guard_hears_of_lansstyrelsens_approval(person, locale):
    body = person.say(GUARD[locale])
    assert any(t.startswith("Väktare") for t in _licences(body)), (body["action"], body["citations"], body["answer"])
