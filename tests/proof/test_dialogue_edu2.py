"""Routes for the person's age and schooling, through the real service (edu2, rater 5).

A person under 20 can still start a national programme in upper secondary school (gymnasiet): the programme
into the trade is offered first, with how long it takes and until when one can start it (cited curated route);
someone who went to a Swedish school (the language introduction programme) is not sent to SFI; the
introduction programme for newcomers (20–65) is not offered to them.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from assistant.course_places import FAR_KM
from tests.dialogue_support import route_ids, said, wording_start

YOUNG_MECHANIC = said("young_after_sprakintro_mechanic")


@pytest.mark.parametrize("locale", list(YOUNG_MECHANIC))
def test_nineteen_after_language_programme_hears_of_the_vehicle_programme_not_sfi(person, locale):
    person.tell(YOUNG_MECHANIC[locale])
    body = person.press("courses")
    ids = route_ids(body)
    assert "route:gy_fordon_transport" in ids, (ids, body["answer"])
    assert "route:sfi" not in ids and "route:etableringsprogrammet" not in ids, (ids, body["answer"])
    assert "route:studie_och_yrkesvagledare" in ids, (ids, body["answer"])  # someone to ask where and how
    assert wording_start(locale, "route.gymnasium_young_adult") in body["answer"], body["answer"]
    assert "3" in body["answer"].split(wording_start(locale, "route.gymnasium_young_adult"))[1][:200], body["answer"]


MECHANIC_VASTERAS = said("mechanic_vasteras_courses")


@pytest.mark.parametrize("locale", list(MECHANIC_VASTERAS))
def test_courses_in_other_counties_say_where_and_how_far_nearest_first(person, locale):
    body = person.say(*MECHANIC_VASTERAS[locale])
    answer = body["answer"]
    start = wording_start(locale, "courses.none_place")
    assert start in answer and answer.count(start) == 1, answer
    # Each course elsewhere names its county and about how far it is, the nearest first; none is beyond reach
    # (rater13: Övertorneå, 800 km from Västerås, is no course for him): then Komvux in Västerås is named instead.
    kms = [int(m) for m in re.findall(r"(\d[\d\s]*)\s*(?:km|كم|کیلومتر|ኪሜ|км)", answer.replace("\u00a0", ""))]
    assert kms == sorted(kms) and all(k <= FAR_KM for k in kms), answer
    assert kms or "Västerås" in answer.split(start)[1], answer


ELECTRICIAN_PROTECTED = said("electrician_temporary_protection")
TAXI_IRAN = said("taxi_driver_iran_licence")
_STEPS = yaml.safe_load((Path(__file__).parents[2] / "assistant" / "locales" / "licence_steps.yaml").read_text())["steps"]


def _step(locale: str, swedish_start: str) -> str:
    """The licence step (curated, in the reader's language) whose Swedish text starts so, cut before any name."""
    text = next(s[locale] for s in _STEPS if s["sv"].startswith(swedish_start))
    return text[:25]


@pytest.mark.parametrize("locale", list(ELECTRICIAN_PROTECTED))
def test_electrician_with_temporary_protection_hears_work_meanwhile_and_what_the_status_means(person, locale):
    person.tell(ELECTRICIAN_PROTECTED[locale])
    body = person.press("licence")
    answer = body["answer"]
    assert _step(locale, "Du kan arbeta med elinstallationer redan") in answer, answer
    assert "route:tillfalligt_skydd" in route_ids(body), body["citations"]
    assert wording_start(locale, "route.temporary_protection", 20) in answer or "UT-kort" in answer, answer
    assert "route:etableringsprogrammet" not in route_ids(person.press("courses"))


@pytest.mark.parametrize("locale", list(TAXI_IRAN))
def test_taxi_licence_says_a_licence_from_outside_the_eea_cannot_be_exchanged(person, locale):
    person.tell(TAXI_IRAN[locale])
    body = person.press("licence")
    assert _step(locale, "Ett körkort från ett land utanför EES") in body["answer"], body["answer"]
    assert any("transportstyrelsen.se" in (c.get("url") or "") for c in body["citations"]), body["citations"]
