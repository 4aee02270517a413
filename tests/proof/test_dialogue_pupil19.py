"""A pupil of 15 in year 9 choosing a gymnasium programme asks about grades (rater18 conv3; rated 2/5).

The counsellor's findings: "vilka betyg behöver jag för elprogrammet?" got the programme's description and no
grades; "vad är meritvärde?" got "my sources say nothing about meritvärde". Now, in all 8 languages, a pupil's
question about grades for a programme or the gymnasium, or about meritvärde, is answered with the grades a national
programme needs (skollagen 16 kap.) and how the merit rating is counted (gymnasieförordningen 7 kap.), cited, with
the school's counsellor. Through the real app over the shared test store; sentences in phrases/dialogue_pupil19.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all

YEAR9, GRADES, MERIT = said_all("pupil19_year9", "pupil19_grades_programme", "pupil19_meritvarde")


@pytest.mark.parametrize("locale", ALL)
def test_grades_for_a_named_programme_are_the_grades_a_national_programme_needs(person, locale):
    body = person.say(YEAR9[locale], GRADES[locale])
    ids = route_ids(body)
    assert body["action"] == "rights", (body["action"], body["answer"])
    assert {"route:gy_behorighet", "route:gy_meritvarde"} <= set(ids), (ids, body["answer"])
    assert "route:gy_aldersgrans" not in ids, ids  # (the age limit of 20 is no 15-year-old's question)


@pytest.mark.parametrize("locale", ALL)
def test_meritvarde_asked_is_explained_never_outside_the_sources(person, locale):
    body = person.say(YEAR9[locale], MERIT[locale])
    ids = route_ids(body)
    assert body["action"] == "rights", (body["action"], body["answer"])
    assert "route:gy_meritvarde" in ids, (ids, body["answer"])
    assert "340" in body["answer"], body["answer"]
