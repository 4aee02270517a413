"""Proof: "can my diploma be recognised?" is answered with UHR's assessment of an education from abroad, cited
from its curated route (ingest/data/education_routes.yaml: ``uhr_bedomning``, UHR's own page), not as an uncited
guidance sentence with uhr.se's start page.

Through the real FastAPI app over the shared test store, as the widget sends it.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import route_ids, said

ABROAD = said("logistics_abroad")
DIPLOMA = said("own_diploma_valid")
UHR_ROUTE = "route:uhr_bedomning"
UHR_PAGE = "https://www.uhr.se/bedomning-av-utlandsk-utbildning/"


@pytest.mark.parametrize("locale", list(DIPLOMA))
def test_a_diploma_question_after_unlicensed_work_abroad_cites_uhrs_assessment(person, locale):
    body = person.say(ABROAD[locale], DIPLOMA[locale])
    assert body["action"] == "recognition", body["answer"]
    assert UHR_ROUTE in route_ids(body), body["citations"]
    uhr = next(c for c in body["citations"] if c["id"] == UHR_ROUTE)
    assert uhr["url"] == UHR_PAGE and f"[{uhr['n']}]" in body["answer"], body["answer"]
    assert UHR_PAGE in body["answer"], body["answer"]


@pytest.mark.parametrize("locale", ["sv", "en", "ar", "uk"])
def test_a_diploma_question_asked_first_cites_uhrs_assessment(person, locale):
    body = person.say(DIPLOMA[locale])
    assert body["action"] == "recognition", body["answer"]
    assert UHR_ROUTE in route_ids(body), body["citations"]
