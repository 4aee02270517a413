"""Proof: studies from abroad, finished or not, are answered – never "which occupation?" nor job suggestions (recog10,
rater26 C3 fa: «آیا دو سال حقوق من در سویدن حساب میشه؟ کجا مدارکم را روان کنم؟» got "which occupation do you mean?"
twice, «UHR چیست؟» job suggestions).

A counsellor's answer, each part cited from its curated route (ingest/data/education_routes.yaml): unfinished university
studies are not assessed as a degree by UHR; one applies on antagning.se and, once admitted, the university decides on
crediting the courses (``tillgodoraknande_utland``); a finished upper-secondary school from abroad is assessed in the
admission on antagning.se (``antagning_utlandsk_gymnasium``); university asks Svenska 3 / Svenska som andraspråk 3
(``behorighet_svenska``). Through the real FastAPI app over the shared test store, as the widget sends it.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said

COUNT = said("unfinished_count")
STORY = said("story_unfinished")
UHR = said("what_is_uhr")
CREDIT = "route:tillgodoraknande_utland"
SCHOOL = "route:antagning_utlandsk_gymnasium"
SWEDISH = "route:behorighet_svenska"


def _studies_answer(body: dict) -> None:
    assert body["action"] == "recognition", body["answer"]
    assert not body["occupations"], body["answer"]
    ids = route_ids(body)
    assert CREDIT in ids and SCHOOL in ids, body["citations"]
    credit = next(c for c in body["citations"] if c["id"] == CREDIT)
    assert f"[{credit['n']}]" in body["answer"] and "antagning.se" in body["answer"], body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_unfinished_studies_asked_at_once_get_credit_transfer_and_admission(person, locale):
    _studies_answer(person.say(COUNT[locale]))


@pytest.mark.parametrize("locale", ALL)
def test_what_is_uhr_after_unfinished_studies_told_is_answered(person, locale):
    body = person.say(STORY[locale], UHR[locale])
    _studies_answer(body)
    assert "UHR" in body["answer"], body["answer"]
    assert SWEDISH in route_ids(body), body["citations"]


LEVEL = said("university_swedish_level")
KOMVUX_LEVEL = said("komvux_and_university_swedish")
SVA = "route:komvux_sas"


@pytest.mark.parametrize("locale", ALL)
def test_the_swedish_university_asks_is_named_with_the_next_step_from_sfi(person, locale):
    body = person.say(LEVEL[locale])
    assert body["action"] not in ("which_occupation", "unknown_occupation", "clarify"), body["answer"]
    ids = route_ids(body)
    assert SWEDISH in ids and SVA in ids, body["citations"]
    assert "Svenska 3" in body["answer"] or "Svenska som andraspråk 3" in body["answer"], body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_the_swedish_level_asked_beside_komvux_is_not_dropped(person, locale):
    body = person.say(KOMVUX_LEVEL[locale])
    assert SWEDISH in route_ids(body), (body["action"], body["answer"])
