"""Proof: the entry to a yrkeshögskola is YH's own (level11, rater27 C3 T7 sv: «vad krävs för att komma in på yh?
räcker mitt gymnasium från handelsprogrammet?» got the entry to the gymnasium, 8 passed subjects and the merit rating).

A counsellor says what YH asks – a finished upper-secondary school (gymnasieexamen) or the equivalent knowledge, and
sometimes a programme's own prior knowledge; each school admits its students – cited from the curated route
``yrkeshogskola`` (ingest/data/education_routes.yaml, Myndigheten för yrkeshögskolan's page). The upper-secondary
programme the person names is what they have, never the programme they ask to get into: no gymnasium entry grades, no
merit rating. Through the real FastAPI app over the shared test store, as the widget sends it.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all

STORY, WITH_PROGRAMME, ALONE = said_all("story", "yh_entry_with_programme", "yh_entry")
YH = "route:yrkeshogskola"
GYMNASIUM_ENTRY = ("route:gy_behorighet", "route:gy_meritvarde")


def _yh_entry(body: dict) -> None:
    ids = route_ids(body)
    assert YH in ids, (body["action"], body["answer"], ids)
    assert not set(GYMNASIUM_ENTRY) & set(ids), (body["answer"], ids)
    yh = next(c for c in body["citations"] if c["id"] == YH)
    assert f"[{yh['n']}]" in body["answer"], body["answer"]
    assert not body["occupations"], body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_yh_entry_asked_with_the_finished_programme_is_yhs_own(person, locale):
    _yh_entry(person.say(STORY[locale], WITH_PROGRAMME[locale]))


@pytest.mark.parametrize("locale", ALL)
def test_yh_entry_asked_alone_is_answered(person, locale):
    _yh_entry(person.say(ALONE[locale]))


CARE, CARE_LEVEL = said_all("care_story", "care_swedish_level")


@pytest.mark.parametrize("locale", ALL)
def test_the_swedish_level_of_the_occupation_in_focus_is_named_from_its_source(person, locale):
    """rater27 C1 T2/T4: an undersköterska trained abroad asked the Swedish level three times and heard "the level
    stated in an earlier answer" (none was) and then the university's. The protected title's own source states it:
    Swedish or Swedish as a second language of at least 80 upper-secondary points; never the university level."""
    body = person.say(CARE[locale], CARE_LEVEL[locale])
    assert "80" in body["answer"] or "۸۰" in body["answer"], (body["action"], body["answer"])
    assert "regulated:underskoterska" in [c["id"] for c in body["citations"]], body["citations"]
    assert "route:behorighet_svenska" not in route_ids(body), body["answer"]
